import Foundation

/// Tells body text from page furniture (titles, datelines, captions, credits, boilerplate) line by
/// line, with rules kept per language in `Resources/Languages/*/furniture.rules` plus two structural cues:
/// a short unpunctuated line at the top is the title, a line of one to four capitalised words a byline.
/// Not thread-safe (owns ICU matchers): a segmenter keeps one.
public final class PageClassifier {
    enum How: String, Sendable { case line, start, end, block }

    struct Rule: Sendable {
        var kind: SegmentKind
        var how: How
        /// Anchored at the start (and for `line` and `block` at the end), or for `end` at the end only;
        /// matched case-insensitively.
        var pattern: String
    }

    let rules: [Rule]
    private let expressions: [RegularExpression]

    /// The classifier of a language, from rules read once per process (a batch of ten thousand
    /// articles read them twenty thousand times).
    public convenience init(language: LanguageCode) {
        // The shipped rules compiled when they were read; they compile again here.
        try! self.init(rules: PageClassifier.shipped[language.primary] ?? PageClassifier.shipped["common"]!)
    }

    private init(rules: [Rule]) throws {
        self.rules = rules
        expressions = try rules.map { try RegularExpression($0.pattern, caseInsensitive: true) }
    }

    /// Languages with a rule file of their own, and the common rules alone for the others.
    private static let shipped: [String: [Rule]] = {
        func rules(_ text: String, _ name: String) -> [Rule] { (try? PageClassifier.parse(text, name: name)) ?? [] }
        let common = rules(LanguageProfiles.commonFurnitureRules, "common/furniture.rules")
        var out = ["common": common]
        for (code, profile) in LanguageProfiles.shipped where !profile.furnitureRules.isEmpty {
            out[code] = common + rules(profile.furnitureRules, "\(code)/furniture.rules")
        }
        return out
    }()
    convenience init(rules text: String, name: String) throws {
        try self.init(rules: PageClassifier.parse(text, name: name))
    }

    static func parse(_ text: String, name: String) throws -> [Rule] {
        var rules: [Rule] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if raw.trimmingSpaces.isEmpty || raw.hasPrefix("#") { continue }
            let cols = raw.split(separator: "\t", maxSplits: 2).map(String.init)
            guard cols.count == 3, let kind = SegmentKind(rawValue: cols[0]), let how = How(rawValue: cols[1]) else {
                throw BitextError.malformed(name, line: n + 1, reason: "expected KIND<TAB>line|start|end|block<TAB>PATTERN")
            }
            let pattern = switch how {
            case .start: "^(?:\(cols[2]))"
            case .end: "(?:\(cols[2]))$"
            case .line, .block: "^(?:\(cols[2]))$"
            }
            guard (try? RegularExpression(pattern, caseInsensitive: true)) != nil else {
                throw BitextError.malformed(name, line: n + 1, reason: "invalid regular expression")
            }
            rules.append(Rule(kind: kind, how: how, pattern: pattern))
        }
        return rules
    }

    /// One kind per paragraph.
    public func classify(_ paragraphs: [String]) -> [SegmentKind] {
        var kinds = [SegmentKind](repeating: .body, count: paragraphs.count)
        var inBlock = false
        var sawBody = false, sawTitle = false
        for (index, line) in paragraphs.enumerated() {
            // A block of furniture (related headlines to the end of the page) ends at the first paragraph that
            // reads as article prose: a rule that matched a line of the article by mistake then drops one
            // paragraph, not the rest of the article.
            if inBlock, !PageClassifier.looksLikeProse(line) { kinds[index] = .boilerplate; continue }
            inBlock = false
            if let rule = match(line) {
                kinds[index] = rule.kind
                if rule.how == .block { inBlock = true }
                continue
            }
            if index > 0, paragraphs[index - 1] == line, kinds[index - 1] != .body {
                kinds[index] = kinds[index - 1]
            } else if !sawBody, !sawTitle, index < 4, PageClassifier.looksLikeTitle(line) {
                kinds[index] = .title
                sawTitle = true
            } else if index > 0, PageClassifier.looksLikeByline(line) {
                kinds[index] = .credit
            } else {
                sawBody = true
            }
        }
        return kinds
    }

    /// A paragraph of running text: at least 200 characters in two sentences or more. A related story's teaser
    /// (a headline and its one-sentence lede) is not; an article's paragraph mostly is.
    static func looksLikeProse(_ line: String) -> Bool {
        guard line.count >= 200 else { return false }
        let ends: Set<Character> = [".", "!", "?", "。", "！", "？"]
        var sentences = 0, previousEnds = false
        for character in line {
            if previousEnds, character.isWhitespace { sentences += 1 }
            previousEnds = ends.contains(character)
        }
        if previousEnds { sentences += 1 }
        return sentences >= 2
    }

    /// The first rule that matches the line; the line is turned into UTF-16 once for all of them. Only an
    /// `end` rule is searched for: every other one is anchored at the start, where ICU looks and no further.
    private func match(_ line: String) -> Rule? {
        let units = Array(line.utf16)
        return units.withUnsafeBufferPointer { text in
            rules.indices.first { k in
                rules[k].how == .end ? expressions[k].matches(in: text) : expressions[k].matchesAtStart(of: text)
            }.map { rules[$0] }
        }
    }

    /// Short, and without the punctuation that ends a sentence.
    static func looksLikeTitle(_ line: String) -> Bool {
        let words = WhitespaceSplit.words(line)
        guard (1...20).contains(words.count), let last = line.last else { return false }
        return !".!?。…:;\"”’)".contains(last)
    }

    /// "Hồng Pha", "Kim Tong-hyung": one to four capitalised words, no digits or punctuation.
    static func looksLikeByline(_ line: String) -> Bool {
        // Most lines are sentences: count their words on the bytes before splitting any.
        var count = 0, previous = UInt8(ascii: " ")
        for byte in line.utf8 {
            if previous == UInt8(ascii: " "), byte != UInt8(ascii: " ") {
                count += 1
                if count > 4 { return false }
            }
            previous = byte
        }
        let words = line.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { w in
            guard let f = w.first, f.isUppercase else { return false }
            return w.allSatisfy { $0.isLetter || $0 == "-" }
        }
    }
}
