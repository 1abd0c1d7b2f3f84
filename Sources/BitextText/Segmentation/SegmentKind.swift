/// What a segment is on the page: aligners and exports treat body text differently from furniture.
public enum SegmentKind: String, Sendable, Codable, CaseIterable {
    case body, title, dateline, caption, credit, boilerplate

    /// Page furniture left out of alignment unless it is kept: metadata, not text to translate.
    public var isLeftOut: Bool { self == .boilerplate || self == .credit || self == .dateline }
}
