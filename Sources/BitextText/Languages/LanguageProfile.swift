import Foundation

/// What Bitext knows of one language, read from its folder `Resources/Languages/CODE/`: `profile.txt` (the
/// keys below), and beside it the sentence-break rules, page-furniture rules, number words and stop words.
/// A language without a folder gets the generic profile: ICU's sentence breaks, Latin-script names, words
/// separated by spaces. Adding a language is adding a folder; no code asks which language it has.
public struct LanguageProfile: Sendable, Equatable {
    /// How the language writes the names of people and places it shares with others.
    public enum NameWriting: String, Sendable, CaseIterable {
        /// In Latin letters, as their own language spells them (English, German).
        case latin
        /// In Latin letters, but foreign names respelt to the language's sounds (Vietnamese: `Y-ô-si-hi-cô`).
        case respelt
        /// In a script of its own (Hangul, Han, kana), matched through romanization.
        case native
    }

    /// How names in the language's own script are turned into Latin letters to be matched.
    public enum Romanizer: Sendable, Equatable {
        /// Bitext's Revised Romanization of Hangul with the press's spellings of family names.
        case hangul
        /// An ICU transform, by its rules (`Katakana-Latin; Hiragana-Latin; Latin-ASCII`).
        case icu(String)
    }

    /// The column of the Han readings table (`Resources/Han/readings.tsv`) that gives a character's reading
    /// in this language.
    public enum HanReading: String, Sendable, CaseIterable {
        case hangul, vietnamese, mandarin
        case japaneseOn = "japanese_on"
    }

    /// The ISO 639 code of the folder (`ko`); for the generic profile, the code asked for.
    public let code: String
    public let name: String
    /// The scripts a text in the language is written in; a text with under a tenth of its letters in them is
    /// not in the language. Empty for the generic profile: any script but one of the CJK ones.
    public let scripts: Set<Script>
    /// Vietnamese only: a long Latin text without one Vietnamese letter is not Vietnamese.
    public let hasMarkerLetters: Bool
    /// What joins two sentences of the language into one segment: a space, or nothing (Japanese, Chinese).
    public let wordSeparator: String
    public let nameWriting: NameWriting
    public let romanizer: Romanizer?
    public let hanReading: HanReading?
    /// How names written in Han characters are read, in order: `mandarin`, `japanese` (kun and on
    /// readings), `sino-korean` (Korean names, which Chinese and Japanese news write in Han).
    public let hanNameReadings: [String]
    /// Written in Han characters itself (Chinese, Japanese), as opposed to read through them (Korean, Vietnamese).
    public let writesHan: Bool
    /// All conditions must hold for a text to be detected as the language; languages are tried by `detectionOrder`.
    public let detection: [ScriptShare]
    public let detectionOrder: Int
    /// Where the language's column stands in a glossary file (English 1); nil for after those that have one, by code.
    public let glossaryColumn: Int?
    /// The country whose news the language writes, which it leaves unsaid (`해양경찰청`, not `한국 해양경찰청`),
    /// as a CLDR region code; nil for a language of many countries (English).
    public let homeRegion: String?
    /// The language writes `1.200` for twelve hundred and `3,5` for three and a half. A language without a
    /// folder takes its locale's decimal separator from the system's locale data.
    public let decimalComma: Bool
    /// Number words that also mean something else far more often (Vietnamese `năm`, five and year).
    public let ambiguousNumberWords: Set<String>
    public let segmentationRules: SegmentationRules
    /// The page-furniture rules of the language's news sites (`furniture.rules`), empty when there are none.
    public let furnitureRules: String
    /// `numbers.txt`: `words`, `scale`, `small`, `big`, `digits`, each a list of `word=value`.
    public let numberWords: [String: [String]]
    /// Frequent function words (`stopwords.txt`), for telling Latin-script languages apart.
    public let stopWords: Set<String>
    /// What the words around a name say it names (`name-cues.txt`), for glossary extraction.
    public let nameCues: NameCues
    /// Names written in Han whose characters' readings do not give them (`name-readings.txt`: 岸田 kishida).
    public let nameReadings: [String: String]

    /// Names are written in Latin letters (respelt or not): the side a name pass reads names from.
    public var writesNamesInLatin: Bool { nameWriting != .native }

    /// What Bitext can do with the language, one line per capability, for `bitext languages`.
    public var capabilities: [String] {
        var out: [String] = []
        out.append(segmentationRules == SegmentationRules() ? "sentences: ICU's breaks" : "sentences: ICU's breaks with this language's rules")
        out.append(furnitureRules.isEmpty ? "page furniture: the common rules" : "page furniture: the common rules and this language's")
        out.append(numberWords.isEmpty ? "numbers: digits" : "numbers: digits and " + numberWords.keys.sorted().joined(separator: ", "))
        out.append("words joined by " + (wordSeparator.isEmpty ? "nothing" : "a space"))
        switch nameWriting {
        case .latin: out.append("names: in Latin letters")
        case .respelt: out.append("names: in Latin letters, foreign names respelt")
        case .native:
            switch romanizer {
            case .hangul: out.append("names: in its own script, romanized (Revised Romanization, press spellings)")
            case .icu(let rules): out.append("names: in its own script, romanized (\(rules))")
            case nil: out.append("names: in its own script, not romanized")
            }
        }
        if let hanReading { out.append("Han readings: \(hanReading.rawValue)") }
        if !hanNameReadings.isEmpty { out.append("names in Han read as: " + hanNameReadings.joined(separator: ", ")) }
        if !nameReadings.isEmpty { out.append("name readings: \(nameReadings.count)") }
        if !detection.isEmpty { out.append("detected by: " + detection.map(\.description).joined(separator: ", ")) }
        if !stopWords.isEmpty { out.append("detected among Latin-script languages by \(stopWords.count) function words") }
        return out
    }

    /// The profile read from a language folder's files (`read` gives a file's text, empty when absent).
    public init(code: String, reading read: (String) -> String) throws {
        self.code = code
        var fields: [String: String] = [:]
        let source = "\(code)/profile.txt"
        for (index, raw) in read("profile.txt").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", maxSplits: 1).map { String($0.trimmingSpaces) }
            guard cols.count == 2, LanguageProfile.keys.contains(cols[0]) else {
                throw BitextError.malformed(source, line: index + 1, reason: "expected one of \(LanguageProfile.keys.sorted().joined(separator: ", ")), a tab, a value")
            }
            fields[cols[0]] = cols[1]
        }
        func value<T>(_ key: String, _ parse: (String) -> T?) throws -> T? {
            guard let text = fields[key] else { return nil }
            guard let parsed = parse(text) else { throw BitextError.malformed(source, line: 0, reason: "\(key): cannot read '\(text)'") }
            return parsed
        }
        name = fields["name"] ?? code
        scripts = try value("scripts") { text in
            let names = text.split(separator: " ").map(String.init)
            let known = names.compactMap(Script.init(name:))
            return known.count == names.count ? Set(known) : nil
        } ?? []
        hasMarkerLetters = fields["marker-letters"] == "vietnamese"
        wordSeparator = try value("word-separator") { ["space": " ", "none": ""][$0] } ?? " "
        nameWriting = try value("names", NameWriting.init(rawValue:)) ?? .latin
        romanizer = try value("romanizer") { text in
            text == "hangul" ? .hangul : text.hasPrefix("icu ") ? .icu(String(text.dropFirst(4))) : nil
        }
        hanReading = try value("han-reading", HanReading.init(rawValue:))
        writesHan = fields["writes-han"] == "yes"
        hanNameReadings = try value("han-name-readings") { text in
            let names = text.split(separator: " ").map(String.init)
            return names.allSatisfy(["mandarin", "japanese", "sino-korean"].contains) ? names : nil
        } ?? []
        detection = try value("detect") { text in
            let parts = text.split(separator: ",").map { ScriptShare(parsing: String($0.trimmingSpaces)) }
            return parts.contains(nil) ? nil : parts.compactMap { $0 }
        } ?? []
        detectionOrder = try value("detect-order") { Int($0) } ?? Int.max
        glossaryColumn = try value("glossary-column") { Int($0) }
        homeRegion = try value("home-region") { $0.count >= 2 && $0.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) } ? $0 : nil }
        decimalComma = try value("decimal-separator") { ["comma": true, "point": false][$0] }
            ?? (Locale(identifier: code).decimalSeparator == ",")
        ambiguousNumberWords = Set((fields["ambiguous-number-words"] ?? "").split(separator: " ").map(String.init))
        segmentationRules = try SegmentationRules(parsing: read("segmentation.rules"), name: "\(code)/segmentation.rules")
        furnitureRules = read("furniture.rules")
        var numbers: [String: [String]] = [:]
        for line in read("numbers.txt").split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", maxSplits: 1)
            guard cols.count == 2 else { continue }
            numbers[String(cols[0]), default: []] += cols[1].split(separator: " ").map(String.init)
        }
        numberWords = numbers
        var names: [String: String] = [:]
        for line in read("name-readings.txt").split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            if cols.count == 2 { names[String(cols[0])] = String(cols[1]) }
        }
        nameReadings = names
        nameCues = try NameCues(parsing: read("name-cues.txt"), name: "\(code)/name-cues.txt")
        stopWords = Set(read("stopwords.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { $0.split(separator: " ").map(String.init) })
    }

    static let keys: Set<String> = ["name", "scripts", "marker-letters", "word-separator", "names", "romanizer", "han-reading",
                                    "writes-han", "han-name-readings", "detect", "detect-order", "glossary-column", "home-region", "decimal-separator",
                                    "ambiguous-number-words"]

    /// The profile of a language that has no folder.
    public static func generic(_ code: String) -> LanguageProfile {
        // An empty profile parses: every key has its default.
        try! LanguageProfile(code: code) { _ in "" }
    }
}

extension Script {
    /// The script by its name in a profile (`latin`, `hangul`, `han`, `kana`).
    /// The script's name in a profile.
    public var name: String {
        switch self {
        case .latin: "latin"
        case .hangul: "hangul"
        case .han: "han"
        case .kana: "kana"
        case .other: "other"
        }
    }

    init?(name: String) {
        switch name {
        case "latin": self = .latin
        case "hangul": self = .hangul
        case "han": self = .han
        case "kana": self = .kana
        default: return nil
        }
    }
}
