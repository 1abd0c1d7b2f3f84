/// Per-language corrections to ICU's sentence breaks, loaded from `Resources/Languages/LANG/segmentation.rules`.
public struct SegmentationRules: Sendable, Equatable {
    /// Tokens after which a sentence never ends (titles, months, `U.S.`).
    public var abbreviations: Set<String> = []
    /// Tokens after which a sentence ends only when a sentence starter follows (`… the U.S. Vietnam will`,
    /// but `U.S. Navy`).
    public var abbreviationsUnlessStarter: Set<String> = []
    /// Words that open sentences rather than go on a name: articles, pronouns, conjunctions, country names.
    public var sentenceStarters: Set<String> = []
    /// Tokens after which a sentence does not end when a number follows (`No. 5`).
    public var abbreviationsBeforeNumber: Set<String> = []
    /// A break is undone when the following text starts with one of these (`/.` of `./.`).
    public var joinBefore: [String] = []
    /// A break with a letter right after it and no space between is undone (Korean `다."라고`).
    public var joinUnspacedLetter = false
    /// A break right after a closing quote or bracket with a letter right after it is undone (Japanese
    /// `した。」と述べた`, Chinese `。”他说`), while a break after 。！？ stays: these scripts put no space
    /// between sentences.
    public var joinAfterClosingQuote = false
    /// A piece made only of bracketed notes (`（販売禁止）（聯合ニュース）`) is undone into the sentence before it.
    public var joinBracketedTail = false
    /// Scraped text that lost the space after a full stop (`Ngô Xuân Lịch.Lễ đón`) is split there:
    /// two lower-case letters, a full stop, then an upper-case letter and a lower-case one.
    public var splitUnspacedStop = false

    public init() {}

    /// Parses the rules format: one `keyword [argument]` per line, `#` comments.
    public init(parsing text: String, name: String) throws {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            switch (parts[0], parts.count) {
            case ("abbrev", 2): abbreviations.insert(parts[1])
            case ("abbrev-before-number", 2): abbreviationsBeforeNumber.insert(parts[1])
            case ("abbrev-unless-starter", 2): abbreviationsUnlessStarter.insert(parts[1])
            case ("sentence-starter", 2): sentenceStarters.formUnion(parts[1].split(separator: " ").map(String.init))
            case ("join-before", 2): joinBefore.append(parts[1])
            case ("join-unspaced-letter", 1): joinUnspacedLetter = true
            case ("join-after-closing-quote", 1): joinAfterClosingQuote = true
            case ("join-bracketed-tail", 1): joinBracketedTail = true
            case ("split-unspaced-stop", 1): splitUnspacedStop = true
            default: throw BitextError.malformed(name, line: index + 1, reason: "unknown segmentation rule '\(line)'")
            }
        }
    }

    /// The shipped rules for a language (its profile's); empty rules when none ship.
    public static func bundled(for language: LanguageCode) -> SegmentationRules {
        language.profile.segmentationRules
    }
}

extension Substring {
    package var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
