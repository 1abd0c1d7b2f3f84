/// Splits a file that holds one text after another in two languages (an English article followed
/// by its Korean translation) into one document per language.
public struct LanguageSplitter: Sendable {
    let detector = LanguageDetector()

    public init() {}

    /// The paragraphs grouped into runs of one language, in order. Paragraphs too short to
    /// tell (a dateline, a number) join the run before them.
    public func runs(_ paragraphs: [String]) -> [(language: LanguageCode, paragraphs: [String])] {
        var runs: [(language: LanguageCode, paragraphs: [String])] = []
        var pending: [String] = []
        for p in paragraphs {
            guard let lang = detector.detect(p) else { pending.append(p); continue }
            if let last = runs.last, last.language.primary == lang.primary {
                runs[runs.count - 1].paragraphs += pending + [p]
            } else if runs.isEmpty {
                runs.append((lang, pending + [p]))
            } else {
                runs[runs.count - 1].paragraphs += pending
                runs.append((lang, [p]))
            }
            pending = []
        }
        if !pending.isEmpty, !runs.isEmpty { runs[runs.count - 1].paragraphs += pending }
        return runs
    }

    /// The two languages of a text that holds one text after another in two (its first half in one language, its
    /// second in another), read from a sample of each half so that a long file costs no more than a short one;
    /// nil for a text in one language.
    public func twoLanguages(_ paragraphs: [String]) -> (LanguageCode, LanguageCode)? {
        guard paragraphs.count >= 4 else { return nil }
        let half = paragraphs.count / 2
        let first = paragraphs[..<half].joined(separator: "\n"), second = paragraphs[half...].joined(separator: "\n")
        guard let a = detector.detect(LanguageDetector.sample(first)), let b = detector.detect(LanguageDetector.sample(second)),
              a.primary != b.primary else { return nil }
        // Each half must be its language through and through, not a quotation in the other: its runs agree.
        let limit = LanguageSplitter.runLimit
        let read = paragraphs.count <= 2 * limit ? paragraphs : Array(paragraphs.prefix(limit)) + Array(paragraphs.suffix(limit))
        let runs = runs(read)
        return runs.count == 2 ? (a, b) : nil
    }

    /// Paragraphs from each end that the check of `twoLanguages` reads one by one.
    static let runLimit = 200

    /// Exactly two documents, or an error naming what was found.
    public func split(_ document: Document) throws -> (Document, Document) {
        let runs = runs(document.paragraphs)
        let languages = runs.map(\.language.tag)
        guard runs.count == 2 else { throw BitextError.notBilingual(document.name, found: languages) }
        let make = { (i: Int) in
            Document(name: document.name + "#" + runs[i].language.tag, language: runs[i].language,
                     date: document.date, paragraphs: runs[i].paragraphs)
        }
        return (make(0), make(1))
    }
}
