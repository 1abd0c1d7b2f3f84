import ArgumentParser
import Bitext
import Foundation

func parseLanguage(_ text: String?) throws -> LanguageCode? {
    try text.map { try LanguageCode($0) }
}

/// The two documents of a command: two files, or one file holding two languages, split.
func loadPair(_ files: [String], srcLang: String?, tgtLang: String?, presegmented: Bool, loader: DocumentLoader) throws -> (Document, Document) {
    let source = try parseLanguage(srcLang), target = try parseLanguage(tgtLang)
    if files.count == 2 {
        return try loader.loadPair(files[0], language: source, files[1], language: target, presegmented: presegmented)
    }
    if let pair = try loader.loadBilingual(files[0], source: source, target: target, presegmented: presegmented) { return pair }
    var (a, b) = try LanguageSplitter().split(loader.load(files[0], presegmented: presegmented))
    // The languages given must be those of the parts, in order: swapped, they would label English as Korean.
    let detector = LanguageDetector()
    for (part, given) in [(a, source), (b, target)] {
        if let given, let found = detector.contradiction(LanguageDetector.sample(part.paragraphs.joined(separator: "\n")), claimed: given) {
            throw BitextError.languageMismatch(part.name, given: given.tag, found: found)
        }
    }
    if let source { a.language = source }
    if let target { b.language = target }
    return (a, b)
}
