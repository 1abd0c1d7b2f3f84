/// What a segment is on the page: aligners and exports treat body text differently from furniture.
public enum SegmentKind: String, Sendable, Codable, CaseIterable {
    case body, title, dateline, caption, credit, boilerplate
}
