import BitextAlignment

/// The whole alignment as JSON: both texts, the beads, the verdict; what `bitext review` opens again.
public struct AlignmentJSONExporter: AlignmentExporter {
    public init() {}
    public var name: String { "json" }
    public var fileExtensions: [String] { ["json"] }
    public var summary: String { "the whole alignment, which bitext review opens" }

    public func export(_ alignment: Alignment, settings: ExportSettings) -> String {
        String(decoding: AlignmentJSON.encode(alignment), as: UTF8.self)
    }
}
