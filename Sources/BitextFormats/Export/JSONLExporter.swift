import BitextAlignment

/// One JSON object a bead.
public struct JSONLExporter: AlignmentExporter {
    public init() {}
    public var holdsManyDocuments: Bool { true }
    public var name: String { "jsonl" }
    public var fileExtensions: [String] { ["jsonl"] }
    public var summary: String { "one JSON object a bead" }

    public func export(_ alignment: Alignment, settings: ExportSettings) -> String {
        PlainFormats.jsonl(alignment, minConfidence: settings.minConfidence)
    }

    public func export(_ alignment: MultiAlignment, settings: ExportSettings) -> String? { PlainFormats.jsonl(alignment) }
}
