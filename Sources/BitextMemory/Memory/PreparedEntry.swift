import BitextText
import BitextFormats

/// An entry analysed for storage: texts normalised, hashed, counted in words and cut into index terms, the
/// unit's summary taken from its origins, each origin's fingerprint and JSON. Pure, so that an import
/// prepares entries on one core while another writes them.
struct PreparedEntry: Sendable {
    struct Variant: Sendable {
        var language: String
        var base: String
        var text: String
        var hash: Int64
        var words: Int
        /// The index terms, space-separated, as the full-text table receives them.
        var terms: String
    }

    struct Origin: Sendable {
        var origin: MemoryOrigin
        var fingerprint: Int64
        var props: String?
        var notes: String?
        var attributes: String?
    }

    /// `SegmentKey.unitHash` of the texts: what finds a copy.
    var key: Int64
    /// A second hash of the same texts, independent of `key`: two staged units are taken as the same texts
    /// when both agree (128 bits; a unit already in the memory is still compared text by text).
    var check: Int64
    var created: String
    var changed: String
    var creator: String?
    var changer: String?
    var confidence: Double?
    var bead: String?
    var variants: [Variant]
    var origins: [Origin]

    init(_ entry: MemoryEntry, tokenizer: WordTokenizer, now: String) throws {
        let normalized = entry.variants.map { MemoryVariant(language: $0.language, text: SegmentKey.normalize($0.text)) }
        guard normalized.count >= 2, normalized.allSatisfy({ !$0.text.isEmpty }) else {
            throw BitextError.invalidArgument("a unit needs texts in at least two languages")
        }
        let identity = PreparedEntry.identity(normalized)
        key = SegmentKey.hash(identity)
        check = PreparedEntry.secondHash(identity)
        let origins = entry.origins.isEmpty ? [MemoryOrigin()] : entry.origins
        created = origins.compactMap(\.created).min() ?? now
        changed = max(created, origins.compactMap { $0.changed ?? $0.created }.max() ?? now)
        creator = origins.compactMap(\.creator).first
        changer = origins.compactMap(\.changer).last
        let best = origins.filter { $0.confidence != nil }.max { $0.confidence! < $1.confidence! }
        confidence = best?.confidence
        bead = best?.bead ?? origins.compactMap(\.bead).first
        variants = normalized.map { v in
            // The word count lets a search skip candidates too long or short to reach its minimum.
            let index = tokenizer.indexEntry(v.text, language: v.language)
            return Variant(language: v.language, base: v.base, text: v.text, hash: SegmentKey.hash(v.text), words: index.wordCount,
                           terms: index.terms)
        }
        self.origins = origins.map {
            Origin(origin: $0, fingerprint: $0.fingerprint, props: MemoryJSON.encode($0.props), notes: MemoryJSON.encode($0.notes),
                   attributes: MemoryJSON.encode($0.attributes))
        }
    }

    /// The unit's texts in a fixed order, as `SegmentKey.unitHash` joins them.
    static func identity(_ variants: [MemoryVariant]) -> String {
        SegmentKey.unitParts(variants.map { ($0.language, $0.text) }).joined(separator: "\u{1E}")
    }

    /// The texts compared when a copy is looked for in the memory.
    var comparable: [String] { SegmentKey.unitParts(variants.map { ($0.language, $0.text) }) }

    /// A 64-bit hash unrelated to FNV (a multiply-rotate mix over 8-byte words), so that `key` and `check`
    /// colliding together is as unlikely as a 128-bit collision.
    static func secondHash(_ text: String) -> Int64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        var word: UInt64 = 0, filled = 0
        func mix(_ w: UInt64) {
            h ^= w &* 0xBF58_476D_1CE4_E5B9
            h = (h << 31 | h >> 33) &* 0x94D0_49BB_1331_11EB
        }
        var count: UInt64 = 0
        for byte in text.utf8 {
            word |= UInt64(byte) << (8 * UInt64(filled))
            filled += 1
            count += 1
            if filled == 8 {
                mix(word)
                word = 0
                filled = 0
            }
        }
        mix(word ^ count << 56)
        h ^= h >> 29
        return Int64(bitPattern: h)
    }
}
