/// What a reader makes of a file: its text, paragraphs separated by blank lines, and for a bilingual file
/// (an XLIFF with targets) the translation too, each with the language the file declares.
public struct ReadText: Sendable, Equatable {
    public var text: String
    public var language: String?
    public var translation: String?
    public var translationLanguage: String?

    public init(text: String, language: String? = nil, translation: String? = nil, translationLanguage: String? = nil) {
        self.text = text
        self.language = language
        self.translation = translation
        self.translationLanguage = translationLanguage
    }
}

/// A file format documents are read from (HTML, DOCX, XLIFF…), recognised by its content, turned into
/// paragraphs before segmentation. Plain text needs no reader.
public protocol InputReader: Sendable {
    /// The format's name, for messages and listings.
    var name: String { get }
    /// Whether these bytes are in this format, judged by their content (the path only breaks ties).
    func recognizes(_ bytes: [UInt8], path: String) -> Bool
    /// The text; a file that claims the format and cannot be read is an error naming what is wrong.
    func read(_ bytes: [UInt8], path: String) throws -> ReadText
}
