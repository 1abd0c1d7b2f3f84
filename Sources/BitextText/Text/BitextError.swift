/// Every failure Bitext reports to a user: one line, naming the file where there is one. The library's text
/// names no command-line option; a program adds its own way out where `remedy` says there is one.
public enum BitextError: Error, CustomStringConvertible, Equatable, Sendable {
    case fileNotFound(String)
    case unreadable(String, reason: String)
    case emptyInput(String)
    case invalidUTF8(String, byteOffset: Int)
    case invalidUTF16(String, byteOffset: Int)
    case binaryInput(String, byteOffset: Int)
    case inputTooLarge(String, bytes: Int, limit: Int)
    case sentenceTooLong(String, sentence: Int, characters: Int, limit: Int)
    case noSentenceEnd(String, paragraph: Int, limit: Int)
    case invalidLanguage(String)
    case languageUndetermined(String)
    case languageMismatch(String, given: String, found: String)
    case notBilingual(String, found: [String])
    case twoLanguagesInOneSide(String, first: String, second: String)
    case malformed(String, line: Int, reason: String)
    case invalidArgument(String)
    case writeFailed(String, reason: String)
    /// Units of a memory import that are not valid: nothing imported (the caller may choose to skip them).
    case invalidUnits(String, line: Int, reason: String)
    /// A glossary exchange file that names no languages, read without them being given.
    case exchangeLanguagesMissing(String)
    /// A removal from the memory that selects nothing (no ids, no filter, not all).
    case nothingSelected
    /// An output file whose extension no export format writes.
    case unknownOutputExtension(String, extension: String, formats: [String])
    /// A text whose every sentence is page furniture (related news, share buttons): nothing is left to align.
    case onlyFurniture(String, lines: Int)
    /// A format name no exporter has.
    case unknownFormat(String, formats: [String])

    /// What the caller can change to get past the error.
    public enum Remedy: Sendable, Equatable {
        case raiseSentenceLimit, giveLanguages, alignOrSplit, checkLanguagesOrFileOrder, skipInvalidUnits, giveExchangeLanguages,
             selectUnits, chooseFormat, keepFurniture
    }

    public var remedy: Remedy? {
        switch self {
        case .sentenceTooLong, .noSentenceEnd: .raiseSentenceLimit
        case .languageUndetermined: .giveLanguages
        case .twoLanguagesInOneSide: .alignOrSplit
        case .languageMismatch: .checkLanguagesOrFileOrder
        case .invalidUnits: .skipInvalidUnits
        case .exchangeLanguagesMissing: .giveExchangeLanguages
        case .nothingSelected: .selectUnits
        case .unknownOutputExtension, .unknownFormat: .chooseFormat
        case .onlyFurniture: .keepFurniture
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let f): "\(f): no such file"
        case .unreadable(let f, let r): "\(f): cannot read: \(r)"
        case .emptyInput(let f): "\(f): the file is empty (no text to align)"
        case .invalidUTF8(let f, let o): "\(f): invalid UTF-8 at byte offset \(o)"
        case .invalidUTF16(let f, let o): "\(f): invalid UTF-16 (a surrogate without its pair) at byte offset \(o)"
        case .binaryInput(let f, let o): "\(f): looks like a binary file (NUL or control byte at offset \(o)), not UTF-8 text"
        case .inputTooLarge(let f, let b, let l): "\(f): \(b) bytes is over the input limit of \(l) bytes"
        case .sentenceTooLong(let f, let n, let c, let l):
            "\(f): sentence \(n) has \(c) characters, over the limit of \(l) (a text without sentence ends?)"
        case .noSentenceEnd(let f, let p, let l):
            "\(f): paragraph \(p) runs over \(l) characters without a sentence end (the sentence limit)"
        case .invalidLanguage(let c): "'\(c)' is not a valid language code (use BCP 47, e.g. en, ko, vi, ko-KR)"
        case .languageUndetermined(let f): "\(f): cannot tell the language (give it explicitly)"
        case .languageMismatch(let f, let given, let found):
            "\(f): the text is \(found), not \(given) as given (check the languages given or the file order)"
        case .twoLanguagesInOneSide(let f, let a, let b):
            "\(f): holds two languages (\(a), then \(b)): align it alone, as a pair, or split it first"
        case .notBilingual(let f, let found):
            "\(f): expected text in two languages one after the other, found \(found.isEmpty ? "none" : found.joined(separator: ", "))"
        case .malformed(let f, let l, let r): l > 0 ? "\(f):\(l): \(r)" : "\(f): \(r)"
        case .invalidArgument(let m): m
        case .writeFailed(let f, let r): "\(f): cannot write: \(r)"
        case .invalidUnits(let f, let l, let r): (l > 0 ? "\(f):\(l): " : "\(f): ") + "\(r); nothing imported"
        case .exchangeLanguagesMissing(let kind): "\(kind) has no language codes: give the source and target languages"
        case .nothingSelected: "say which units to remove: ids, a filter, or all of them"
        case .unknownOutputExtension(let f, let ext, let formats):
            "\(f): Bitext does not write .\(ext) files; use one of the formats \(BitextError.listed(formats)) or their extensions"
        case .unknownFormat(let name, let formats): "unknown format '\(name)' (use \(BitextError.listed(formats)))"
        case .onlyFurniture(let f, let n): "\(f): all \(n) sentences are page furniture (related news, hashtags, share buttons); nothing to align"
        }
    }

    /// Names as a sentence lists them: `tsv, jsonl or tmx`.
    public static func listed(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
