/// One sentence of a document, with where it sits.
public struct Segment: Sendable, Equatable, Codable {
    public var text: String
    /// Index of the paragraph (line) it came from.
    public var paragraph: Int
    public var kind: SegmentKind

    public init(text: String, paragraph: Int, kind: SegmentKind = .body) {
        self.text = text
        self.paragraph = paragraph
        self.kind = kind
    }
}
