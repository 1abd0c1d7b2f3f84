/// Guesses the language of a text from its scripts, Vietnamese letters and function words.
public struct LanguageDetector: Sendable {
    private let stopwords: [String: Set<String>]
    /// Each function word with the languages that list it (`de` is German and French, `a` several).
    private let languagesOfWord: [String: [String]]
    /// Function words are counted in the first this many words: a language shows in far fewer, and counting a
    /// whole long article was a tenth of a batch's time.
    static let wordsCounted = 1_000

    public init() {
        stopwords = LanguageProfiles.shipped.compactMapValues { $0.stopWords.isEmpty ? nil : $0.stopWords }
        var index: [String: [String]] = [:]
        for (language, words) in stopwords.sorted(by: { $0.key < $1.key }) {
            for word in words { index[word, default: []].append(language) }
        }
        languagesOfWord = index
    }

    /// A description of what the text is when it cannot be in `language`: written in another script
    /// (Korean given, no Hangul), or Vietnamese given for a long Latin text without one Vietnamese letter.
    /// What detection reads of a long text: its first 48 KB and 16 KB from its middle. A language
    /// shows in far less; reading a 100,000-sentence file whole cost a tenth of its alignment.
    public static func sample(_ text: String) -> Substring {
        let limit = 64 << 10
        let utf8 = text.utf8
        guard utf8.count > limit else { return text[...] }
        // A UTF-8 offset moved forward to the next scalar boundary.
        func boundary(_ offset: Int) -> String.Index {
            var i = utf8.index(utf8.startIndex, offsetBy: offset)
            while i < text.endIndex, i.samePosition(in: text.unicodeScalars) == nil { i = utf8.index(after: i) }
            return i
        }
        let head = text[text.startIndex..<boundary(48 << 10)]
        let middle = text[boundary(utf8.count / 2)..<boundary(utf8.count / 2 + (16 << 10))]
        return Substring(head + "\n" + middle)
    }

    public func contradiction(_ text: some StringProtocol, claimed language: LanguageCode) -> String? {
        let p = ScriptProfile(LanguageDetector.withoutAddresses(text))
        guard p.letters >= 40 else { return nil }
        let share = { (n: Int) in Double(n) / Double(p.letters) }
        // What the text is, worked out only when it is not what was claimed (most texts are).
        var found: String { detect(text)?.tag ?? "unknown" }
        let profile = language.profile
        if !profile.scripts.isEmpty, profile.scripts != [.latin] {
            let own = profile.scripts.reduce(0) { $0 + ScriptShare.count($1.name, p) }
            return share(own) < 0.1 ? found : nil
        }
        guard share(p.latin) >= 0.1 || p.other > 0 else { return found }
        if profile.hasMarkerLetters, p.latin >= 200, p.vietnamese == 0 { return found }
        if p.latin >= 200, let other = clearlyOtherLatin(text, than: language) { return other.tag }
        return nil
    }

    /// The text without its web and e-mail addresses: an address is in no language, and a segment that is only
    /// one (a link a translator left as it was) must not count as English or Portuguese.
    static func withoutAddresses(_ text: some StringProtocol) -> Substring {
        guard mayHoldAddress(text.utf8) else { return Substring(text) }
        let kept = String(text).split(whereSeparator: \.isWhitespace).filter { !isAddress($0) }
        return Substring(kept.joined(separator: " "))
    }

    /// A byte scan for `@`, `://` or `www.`: most texts have none, and Foundation's substring search costs more
    /// than the rest of the check.
    static func mayHoldAddress(_ bytes: some Sequence<UInt8>) -> Bool {
        var last3: UInt32 = 0
        for b in bytes {
            if b == UInt8(ascii: "@") { return true }
            last3 = (last3 << 8 | UInt32(b)) & 0xFF_FFFF
            if last3 == 0x3A_2F2F { return true }  // "://"
            if last3 == 0x77_7777 { return true }  // "www" (then checked as a token)
        }
        return false
    }

    static func isAddress(_ token: Substring) -> Bool {
        if token.contains("://") || token.lowercased().hasPrefix("www.") { return true }
        guard let at = token.firstIndex(of: "@") else { return false }
        return token[token.index(after: at)...].contains(".")
    }

    /// Whether one sentence reads as `other` (typically the source language) rather than the `claimed` one: a
    /// translation left untranslated. Written in `other`'s script and not the claimed one's; or, both Latin, with
    /// `other`'s function words and none of the claimed language's marker letters, or three times its function words.
    public func sentenceReads(as other: LanguageCode, ratherThan claimed: LanguageCode, _ text: some StringProtocol) -> Bool {
        let p = ScriptProfile(text)
        guard p.letters >= 20 else { return false }
        let share = { (scripts: Set<Script>) in Double(scripts.reduce(0) { $0 + ScriptShare.count("\($1)", p) }) / Double(p.letters) }
        let mine = claimed.profile.scripts, theirs = other.profile.scripts
        if mine != theirs, !mine.isEmpty, !theirs.isEmpty {
            return share(mine) < 0.1 && share(theirs) >= 0.5
        }
        guard mine == [.latin] || mine.isEmpty else { return false }
        let counts = stopwordCounts(text)
        let theirsCount = counts[other.primary] ?? 0, mineCount = counts[claimed.primary] ?? 0
        if claimed.profile.hasMarkerLetters, p.vietnamese == 0 { return theirsCount >= 2 && theirsCount > mineCount }
        return theirsCount >= 3 && theirsCount >= 3 * mineCount
    }

    /// Another Latin-script language whose function words outnumber the claimed one's at least three to one
    /// (English given as German or French); nil where the claimed language has no list or the words do not say.
    private func clearlyOtherLatin(_ text: some StringProtocol, than language: LanguageCode) -> LanguageCode? {
        guard stopwords[language.primary] != nil else { return nil }
        let counts = stopwordCounts(text)
        let claimed = counts[language.primary] ?? 0
        guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.key != language.primary,
              best.value >= 10, best.value >= 3 * claimed else { return nil }
        return LanguageCode(known: best.key)
    }

    /// How many of the text's first `wordsCounted` words each language lists as function words. Words are runs
    /// of letters (and the marks on them), read as scalars: no grapheme breaking, no lower-cased copy of the text.
    private func stopwordCounts(_ text: some StringProtocol) -> [String: Int] {
        var counts: [String: Int] = [:]
        var words = 0
        var current = String.UnicodeScalarView()
        func close() {
            guard !current.isEmpty else { return }
            if let languages = languagesOfWord[String(current).lowercased()] {
                for language in languages { counts[language, default: 0] += 1 }
            }
            words += 1
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if ScalarClass.isLetter(scalar) || (!current.isEmpty && ScalarClass.isMark(scalar)) {
                current.append(scalar)
            } else {
                close()
                if words >= LanguageDetector.wordsCounted { break }
            }
        }
        close()
        return counts
    }

    /// nil when there is too little text to tell.
    public func detect(_ text: some StringProtocol) -> LanguageCode? {
        let profile = ScriptProfile(text)
        let letters = profile.letters
        guard letters >= 2 else { return nil }
        if let found = LanguageProfiles.detectable.first(where: { $0.detection.allSatisfy { $0.holds(for: profile) } }) {
            return LanguageCode(known: found.code)
        }
        guard profile.latin * 2 >= letters else { return nil }
        return bestByStopwords(text)
    }

    private func bestByStopwords(_ text: some StringProtocol) -> LanguageCode? {
        let counts = stopwordCounts(text)
        let words = text.split(whereSeparator: { !$0.isLetter }).isEmpty ? 0 : 1
        // Ties are broken by code so that detection is deterministic.
        guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value > 0 else {
            return words >= 1 ? .english : nil
        }
        return LanguageCode(known: best.key)
    }
}
