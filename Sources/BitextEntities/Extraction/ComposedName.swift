import BitextText

/// A name read as a head that is translated and a rest that is read or kept: `AHA Centre` is the centre
/// head and `AHA`, `서울공항` the air-base head and `서울`, `Bệnh viện Quân y 175` the military-hospital head
/// and `175`. Two names with the same head concept and rests that name the same thing are one name.
struct ComposedName: Equatable {
    let head: HeadTranslations.Head
    let rest: String

    /// Every reading of `text` as a head at its start or its end (whole words, case aside) and a rest that is
    /// not empty; in a language that attaches endings to names (Korean), a head may also end the last word.
    static func readings(of text: String, language: LanguageCode, heads: HeadTranslations) -> [ComposedName] {
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        let lower = words.map { $0.lowercased() }
        let attaches = language.profile.scripts.contains(.hangul)
        var out: [ComposedName] = []
        for head in heads.heads(of: language) {
            let headWords = head.words.map { $0.lowercased() }
            if headWords.count < words.count {
                if lower.prefix(headWords.count).elementsEqual(headWords) {
                    out.append(ComposedName(head: head, rest: words.dropFirst(headWords.count).joined(separator: " ")))
                }
                if lower.suffix(headWords.count).elementsEqual(headWords) {
                    out.append(ComposedName(head: head, rest: words.dropLast(headWords.count).joined(separator: " ")))
                }
            }
            // An attached head leaves two letters at least (a name of one syllable is none).
            if attaches, headWords.count == 1, let last = words.last, last.count >= head.form.count + 2, last.hasSuffix(head.form) {
                out.append(ComposedName(head: head, rest: (words.dropLast() + [String(last.dropLast(head.form.count))]).joined(separator: " ")))
            }
        }
        return out
    }
}
