import BitextText
/// Reads names written in Han characters as the languages that write them say them, for phonetic anchors
/// against a text in Latin letters or Hangul: 习近平 as `xi jin ping` (Mandarin), 岸田 as `kishi ta` or
/// `gan den` (Japanese kun and on readings), 金相宇 as 김상우 (Sino-Korean: Korean names in Chinese and
/// Japanese news are written in Han). Gives consonant keys (`PhoneticKey`), whose merging of voiced and
/// voiceless consonants absorbs Japanese rendaku (岸田 is Kishida). Not thread-safe (owns a romanizer).
public final class HanNameReader {
    public enum Route: Sendable, Hashable {
        case mandarin, japanese, sinoKorean
    }

    let readings: HanReadings
    let routes: [Route]
    /// Whole names and name parts with their readings (岸田 kishida), tried before the characters' readings.
    let names: [String: String]
    /// The longest name in `names`, in characters.
    let longestName: Int
    private let hangul: HangulRomanizer?
    /// Japanese readings tried per character: names take short kun readings (岸 kishi, 田 ta) or on ones.
    static let japanesePerCharacter = 3
    /// At most this many readings of one span are keyed (Japanese has several a character).
    static let combinationLimit = 16

    public init(routes: [Route], names: [String: String] = [:], readings: HanReadings = .standard) {
        self.readings = readings
        self.routes = routes
        self.names = names
        longestName = names.keys.map(\.count).max() ?? 0
        hangul = routes.contains(.sinoKorean) ? try? HangulRomanizer() : nil
    }

    /// Whether a scalar is a Han character (or the iteration mark 々, which repeats the one before).
    public static func isHan(_ s: Unicode.Scalar) -> Bool { Script.of(s) == .han || s == "々" }

    /// The consonant keys of the characters, one per reading of each route, each kept once. Empty where a
    /// character has no reading on a route.
    public func keys(_ characters: ArraySlice<Character>) -> [String] {
        var out: [String] = []
        if let parts = namedParts(characters) {
            out.append(PhoneticKey.key(parts.joined(separator: " ")))
            // A family and a given name: English news puts the given name first (石破茂, Shigeru Ishiba).
            if parts.count == 2 { out.append(PhoneticKey.key(parts[1] + " " + parts[0])) }
        }
        for route in routes {
            for reading in spellings(characters, route) {
                let key = route == .sinoKorean ? hangul?.phoneticKey(reading) ?? "" : PhoneticKey.key(reading)
                if !key.isEmpty, !out.contains(key) { out.append(key) }
            }
        }
        return out
    }

    /// The readings of characters that are names of the table one after another (岸田 + 文雄), longest first
    /// from the left; nil unless the table covers them all.
    func namedParts(_ characters: ArraySlice<Character>) -> [String]? {
        guard !names.isEmpty else { return nil }
        var parts: [String] = []
        var start = characters.startIndex
        while start < characters.endIndex {
            var found: (String, Int)?
            for length in stride(from: min(longestName, characters.endIndex - start), through: 1, by: -1) {
                if let reading = names[String(characters[start..<(start + length)])] { found = (reading, length); break }
            }
            guard let (reading, length) = found else { return nil }
            parts.append(reading)
            start += length
        }
        return parts
    }

    /// The readings of the characters on one route: Latin letters (Mandarin, Japanese), or Hangul syllables.
    func spellings(_ characters: ArraySlice<Character>, _ route: Route) -> [String] {
        var partial = [""]
        var previous: Character?
        for c in characters {
            let entry = readings.entries[c == "々" ? previous ?? c : c]
            previous = c == "々" ? previous : c
            let options: [String]
            switch route {
            case .mandarin: options = entry?.mandarin.prefix(1).map { $0 } ?? []
            case .sinoKorean: options = entry?.hangul.prefix(1).map { $0 } ?? []
            case .japanese:
                guard let entry else { return [] }
                // Short kun readings first (names use them), then on readings.
                let kun = entry.japaneseKun.filter { $0.count <= 5 }.sorted { $0.count < $1.count }
                options = Array((kun + entry.japaneseOn).prefix(HanNameReader.japanesePerCharacter))
            }
            guard !options.isEmpty else { return [] }
            var next: [String] = []
            for p in partial {
                for o in options where next.count < HanNameReader.combinationLimit { next.append(p + (route == .sinoKorean ? o : " " + o)) }
            }
            partial = next
        }
        return partial
    }
}
