import Bitext

/// The command line's way out of an error, which the library describes without naming any option.
enum CommandLineHints {
    /// The error's line as the command line reports it.
    static func message(_ error: BitextError) -> String {
        switch error {
        case .sentenceTooLong(let f, let n, let c, let l):
            "\(f): sentence \(n) has \(c) characters, over the limit of \(l) (a text without sentence ends? see --max-sentence-chars)"
        case .noSentenceEnd(let f, let p, let l):
            "\(f): paragraph \(p) runs over \(l) characters without a sentence end (the sentence limit; see --max-sentence-chars)"
        case .languageUndetermined(let f): "\(f): cannot tell the language; give it with --src-lang/--tgt-lang"
        case .languageMismatch(let f, let given, let found):
            "\(f): the text is \(found), not \(given) as given (check --src-lang/--tgt-lang or the file order)"
        case .twoLanguagesInOneSide(let f, let a, let b):
            "\(f): holds two languages (\(a), then \(b)): align it alone (bitext align \(f)) or split it first (bitext split \(f))"
        case .invalidUnits: error.description + " (--skip-invalid imports the good units)"
        case .exchangeLanguagesMissing(let kind): "\(kind) has no language codes: give --src and --tgt"
        case .nothingSelected: "say which units to remove (ids or a filter), or --all"
        case .unknownOutputExtension(let f, let ext, let formats):
            "\(f): Bitext does not write .\(ext) files; use --format \(BitextError.listed(formats)), or one of those extensions"
        case .onlyFurniture: error.description + " (--keep-boilerplate aligns it)"
        default: error.description
        }
    }
}
