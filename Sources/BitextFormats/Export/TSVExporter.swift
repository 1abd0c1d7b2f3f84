import BitextAlignment

/// One bead a line: source, target, confidence, shape, status, kind.
public struct TSVExporter: AlignmentExporter {
    public init() {}
    public var holdsManyDocuments: Bool { true }
    public var name: String { "tsv" }
    public var fileExtensions: [String] { ["tsv", "txt", "tab"] }
    public var summary: String { "one bead a line, tab-separated" }

    public func export(_ alignment: Alignment, settings: ExportSettings) -> String {
        PlainFormats.tsv(alignment, minConfidence: settings.minConfidence)
    }

    public func export(_ alignment: MultiAlignment, settings: ExportSettings) -> String? { PlainFormats.tsv(alignment) }
}
