import BitextText

/// The anchors a lexicon gives two lists of sentences: a word of the lexicon's source language is keyed by
/// itself, a word of its target language by each source word it translates, so that a sentence and its
/// translation share keys.
public enum LexicalAnchors {
    public static func keys(source: [String], sourceLanguage: LanguageCode, target: [String], targetLanguage: LanguageCode,
                            lexicon: TranslationLexicon) -> (source: [[AnchorKey]], target: [[AnchorKey]]) {
        let forward = lexicon.source.primary == sourceLanguage.primary
        let ownWords = LexiconWords(language: lexicon.source), otherWords = LexiconWords(language: lexicon.target)
        func own(_ sentences: [String]) -> [[AnchorKey]] {
            sentences.map { ownWords.units(of: $0).filter { lexicon.translations[$0] != nil }.map { AnchorKey(kind: .lexical, value: $0) } }
        }
        func other(_ sentences: [String]) -> [[AnchorKey]] {
            sentences.map { sentence in
                var keys: [AnchorKey] = []
                for unit in otherWords.units(of: sentence) {
                    for s in lexicon.sourcesOf[unit] ?? [] where !keys.contains(where: { $0.value == s }) { keys.append(AnchorKey(kind: .lexical, value: s)) }
                }
                return keys
            }
        }
        return forward ? (own(source), other(target)) : (other(source), own(target))
    }
}
