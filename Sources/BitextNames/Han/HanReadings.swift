import BitextText
import Foundation

/// Readings of Chinese characters in the languages that borrowed them: the Han bridge under Korean,
/// Vietnamese, Chinese and Japanese. Most content words of a Korean and a Vietnamese defence story are the same
/// Chinese-character words read two ways (국방 / quốc phòng, 國防). The table is generated from Unicode's Unihan
/// database by `scripts/make_han_table.py` and shipped as `Resources/Han/readings.tsv`.
public struct HanReadings: Sendable {
    public struct Entry: Sendable, Equatable {
        public var character: Character
        public var hangul: [String]
        public var vietnamese: [String]
        public var mandarin: [String]
        public var japaneseOn: [String]
        /// Japanese kun readings (native words written with the character, and the readings most names take).
        public var japaneseKun: [String]
        /// One of Korea's basic educational Hanja: the characters of everyday Sino-Korean vocabulary.
        public var educational: Bool
    }

    public let entries: [Character: Entry]
    /// Sino-Vietnamese readings of the educational characters read as each Hangul syllable.
    public let vietnameseOfHangul: [Character: [String]]
    /// Every Sino-Vietnamese syllable of an educational character.
    public let sinoVietnamese: Set<String>

    /// The table shipped with Bitext, read once.
    public static let standard = HanReadings(tsv: Resources.text("Han/readings.tsv"))

    public init(tsv: String) {
        var entries: [Character: Entry] = [:]
        var byHangul: [Character: [String]] = [:]
        var sino = Set<String>()
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 7, let character = cols[0].first else { continue }
            let list = { (k: Int) in cols[k].split(separator: ",").map(String.init) }
            let entry = Entry(character: character, hangul: list(1), vietnamese: list(2), mandarin: list(3), japaneseOn: list(4),
                              japaneseKun: list(5), educational: cols[6] == "E")
            entries[character] = entry
            guard entry.educational else { continue }
            for syllable in entry.hangul.compactMap(\.first) {
                for reading in entry.vietnamese where !(byHangul[syllable]?.contains(reading) ?? false) {
                    byHangul[syllable, default: []].append(reading)
                }
            }
            sino.formUnion(entry.vietnamese)
        }
        self.entries = entries
        vietnameseOfHangul = byHangul
        sinoVietnamese = sino
    }
}
