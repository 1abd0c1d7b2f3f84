import BitextText

/// Folds Latin text for comparison: lower case, diacritics removed, `đ` → `d`.
/// "Ahn Gyu Back" and "Nguyễn" fold to "ahn gyu back" and "nguyen".
public enum LatinFolding {
    public static func fold(_ text: some StringProtocol) -> String {
        // ASCII (most names and tokens): lower case is all there is to do.
        if UTF8Scan.isASCII(text) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        if let folded = foldedByTable(text) { return folded }
        if let folded = foldedHangul(text) { return folded }
        return foldedByProperties(text)
    }

    /// Appends the folded UTF-8 of a scalar of `FoldTable` (Latin below U+0370, the Vietnamese letters); false,
    /// appending nothing, for any other scalar.
    @inline(__always) package static func appendFolded(_ s: Unicode.Scalar, to out: inout [UInt8]) -> Bool {
        guard let bytes = FoldTable.shared.bytes(of: s) else { return false }
        out.append(contentsOf: bytes)
        return true
    }

    /// Text of Hangul syllables and ASCII: a syllable decomposes into its jamo (which have no case and no
    /// diacritics), ASCII is lower-cased; computed arithmetically, as `foldedByProperties` would. Nil for other text.
    static func foldedHangul(_ text: some StringProtocol) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v))
            } else if HangulDecomposition.isSyllable(v) {
                HangulDecomposition.appendUTF8(ofSyllable: v, to: &out)
            } else {
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The definition: decompose, drop the combining diacritics, lower-case, and spell out the letters
    /// that do not decompose.
    static func foldedByProperties(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in Normalization.normalize(String(text), .nfd).unicodeScalars {
            switch s.value {
            case 0x300...0x36F: continue                     // combining diacritics
            case 0x110, 0x111: out.append("d")               // Đ đ
            case 0xD8, 0xF8: out.append("o")                 // Ø ø
            case 0xDF: out.append("s"); out.append("s")      // ß
            case 0xC6, 0xE6: out.append("a"); out.append("e")
            case 0x152, 0x153: out.append("o"); out.append("e")
            default:
                for l in s.properties.lowercaseMapping.unicodeScalars { out.append(l) }
            }
        }
        return String(out)
    }

    /// Text written only with the scalars of `FoldTable` (Latin up to the combining diacritics, and the
    /// Vietnamese letters) folds scalar by scalar: each decomposes to one letter and diacritics, and the
    /// diacritics, the only scalars that decomposition reorders, are all dropped. Nil for other text.
    static func foldedByTable(_ text: some StringProtocol) -> String? {
        let table = FoldTable.shared
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            guard let bytes = table.bytes(of: s) else { return nil }
            out.append(contentsOf: bytes)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The folded UTF-8 of every scalar below U+0370 and of the Latin Extended Additional block
/// (Vietnamese), computed once by `LatinFolding.foldedByProperties`.
struct FoldTable: Sendable {
    private let utf8: [UInt8]
    /// Where each scalar's bytes start in `utf8`, plus the end.
    private let offsets: [Int32]
    static let layout = LatinScalarTable(bound: 0x370)

    static let shared = FoldTable()

    private init() {
        var utf8: [UInt8] = [], offsets: [Int32] = []
        for v in FoldTable.layout.scalars {
            offsets.append(Int32(utf8.count))
            if let s = Unicode.Scalar(v) { utf8 += LatinFolding.foldedByProperties(String(s)).utf8 }
        }
        offsets.append(Int32(utf8.count))
        self.utf8 = utf8
        self.offsets = offsets
    }

    @inline(__always) func bytes(of s: Unicode.Scalar) -> ArraySlice<UInt8>? {
        guard let k = FoldTable.layout.index(s.value) else { return nil }
        return utf8[Int(offsets[k])..<Int(offsets[k + 1])]
    }
}
