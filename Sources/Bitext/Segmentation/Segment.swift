/// One sentence of a document, with where it sits.
public struct Segment: Sendable, Equatable, Codable {
    public var text: String
    /// Index of the paragraph (line) it came from.
    public var paragraph: Int

    public init(text: String, paragraph: Int) {
        self.text = text
        self.paragraph = paragraph
    }
}
