import Foundation

/// Tells whether a Vietnamese name is the Sino-Vietnamese reading of the Chinese characters that a
/// Mandarin (pinyin) or Sino-Korean name spells: `Wang Jianguo` = 王建國 = `Vương Kiến Quốc`,
/// `Hekou` = 河口 = `Hà Khẩu`, `Yunnan` = 雲南 = `Vân Nam`. The characters themselves are never written: each
/// syllable of one side must be a reading of some character whose reading on the other side is the
/// syllable there. Two syllables at least (one is too often a coincidence).
public struct SinoVietnameseBridge: Sendable {
    /// Toneless pinyin syllable → the Sino-Vietnamese readings of the characters read so.
    let vietnameseOfPinyin: [String: Set<String>]
    /// Hangul syllable → the Sino-Vietnamese readings of the characters read so.
    let vietnameseOfHangul: [Character: Set<String>]
    let longestPinyin: Int

    public static let standard = SinoVietnameseBridge(readings: .standard)

    public init(readings: HanReadings) {
        var pinyin: [String: Set<String>] = [:]
        var hangul: [Character: Set<String>] = [:]
        for entry in readings.entries.values where !entry.vietnamese.isEmpty {
            let vietnamese = entry.vietnamese.map(SinoVietnameseBridge.spelling)
            for m in entry.mandarin { pinyin[SinoVietnameseBridge.toneless(m), default: []].formUnion(vietnamese) }
            for h in entry.hangul.compactMap(\.first) { hangul[h, default: []].formUnion(vietnamese) }
        }
        vietnameseOfPinyin = pinyin
        vietnameseOfHangul = hangul
        longestPinyin = pinyin.keys.map(\.count).max() ?? 0
    }

    /// Pinyin without tone marks, ü as u (names write Lü as Lu or Lyu).
    static func toneless(_ syllable: String) -> String {
        let plain = syllable.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark }
        return String(String.UnicodeScalarView(plain)).lowercased()
    }

    /// Lower-cased syllables of a Vietnamese name, or nil when it has fewer than two.
    static func syllables(_ vietnamese: String) -> [String]? {
        let parts = vietnamese.split(whereSeparator: { $0 == " " || $0 == "-" }).map { spelling(String($0)) }
        return parts.count >= 2 ? parts : nil
    }

    /// A syllable lower-cased and with a final `y` after a consonant written `i`, tone kept: Vietnamese spells
    /// those syllables either way (`Lý` / `lí`, `Mỹ` / `mĩ`, `kỹ` / `kĩ`), and Unihan gives one of them.
    static func spelling(_ syllable: String) -> String {
        var letters = Array(syllable.lowercased())
        guard letters.count >= 2, let last = letters.last, let i = yToI[last] else { return String(letters) }
        let before = letters[letters.count - 2]
        guard !"aăâeêioôơuưy".contains(before) else { return String(letters) }
        letters[letters.count - 1] = i
        return String(letters)
    }

    static let yToI: [Character: Character] = ["y": "i", "ý": "í", "ỳ": "ì", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị"]

    /// Whether the Vietnamese name reads the characters the pinyin name spells, syllable for syllable.
    public func matches(pinyin: String, vietnamese: String) -> Bool {
        guard let target = SinoVietnameseBridge.syllables(vietnamese) else { return false }
        let letters = Array(SinoVietnameseBridge.toneless(pinyin).filter { $0.isLetter })
        guard letters.count >= 2 * target.count - 2 else { return false }
        // reachable[k] holds the letter positions where the first k syllables can end.
        var reachable: [Set<Int>] = [[0]]
        for syllable in target {
            var next = Set<Int>()
            for start in reachable.last! {
                for length in 1...max(1, min(longestPinyin, letters.count - start)) where start + length <= letters.count {
                    if let readings = vietnameseOfPinyin[String(letters[start..<(start + length)])], readings.contains(syllable) { next.insert(start + length) }
                }
            }
            if next.isEmpty { return false }
            reachable.append(next)
        }
        return reachable.last!.contains(letters.count)
    }

    /// Whether the Vietnamese name reads, syllable for syllable and in order, the characters the Hangul word spells.
    public func matches(hangul: String, vietnamese: String) -> Bool {
        guard let target = SinoVietnameseBridge.syllables(vietnamese) else { return false }
        let source = hangul.filter { $0 != " " }
        guard source.count == target.count else { return false }
        return zip(source, target).allSatisfy { vietnameseOfHangul[$0]?.contains($1) ?? false }
    }
}
