import BitextText

/// Word translations learned from aligned sentences (`LexiconLearner`): for each unit of the source
/// language (`LexiconWords`), the target units that co-occur with it far more than chance, with their Dice
/// coefficient and how many sentence pairs hold both. The aligner uses it as one more kind of anchor: a
/// source word and a translation of it in the other sentence tie the two. Kept as a TSV file
/// (`# bitext lexicon SRC TGT`, then `source, target, dice, count` a line).
public struct TranslationLexicon: Sendable, Equatable {
    public struct Translation: Sendable, Equatable {
        public var target: String
        public var dice: Double
        public var count: Int
    }

    public var source: LanguageCode
    public var target: LanguageCode
    public private(set) var translations: [String: [Translation]] = [:]
    /// Target unit → the source units it translates.
    public private(set) var sourcesOf: [String: [String]] = [:]

    public init(source: LanguageCode, target: LanguageCode, translations: [String: [Translation]] = [:]) {
        self.source = source
        self.target = target
        for (s, list) in translations.sorted(by: { $0.key < $1.key }) { for t in list { add(s, t) } }
    }

    public mutating func add(_ source: String, _ translation: Translation) {
        translations[source, default: []].append(translation)
        sourcesOf[translation.target, default: []].append(source)
    }

    public var count: Int { translations.values.reduce(0) { $0 + $1.count } }

    /// Whether it pairs these two languages, in either direction.
    public func covers(_ a: LanguageCode, _ b: LanguageCode) -> Bool {
        (source.primary == a.primary && target.primary == b.primary) || (source.primary == b.primary && target.primary == a.primary)
    }

    public func tsv() -> String {
        var out = "# bitext lexicon \(source.tag) \(target.tag)\n"
        for s in translations.keys.sorted() {
            for t in translations[s]! {
                out += "\(s)\t\(t.target)\t\((t.dice * 1000).rounded() / 1000)\t\(t.count)\n"
            }
        }
        return out
    }

    public init(tsv text: String, origin: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.first.map { $0.split(separator: " ").map(String.init) } ?? []
        guard header.count == 5, header[0] == "#", header[1] == "bitext", header[2] == "lexicon" else {
            throw BitextError.malformed(origin, line: 1, reason: "not a Bitext lexicon (its first line is '# bitext lexicon SRC TGT')")
        }
        self.init(source: try LanguageCode(header[3]), target: try LanguageCode(header[4]))
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty && !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 4, let dice = Double(cols[2]), let count = Int(cols[3]), !cols[0].isEmpty, !cols[1].isEmpty else {
                throw BitextError.malformed(origin, line: index + 1, reason: "expected source, target, dice and count separated by tabs")
            }
            add(String(cols[0]), Translation(target: String(cols[1]), dice: dice, count: count))
        }
    }
}
