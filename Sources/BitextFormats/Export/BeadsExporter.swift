import BitextAlignment

/// Sentence indices a bead (`[0,1]:[0]`), the format of gold alignments and `bitext eval`.
public struct BeadsExporter: AlignmentExporter {
    public init() {}
    public var name: String { "beads" }
    public var fileExtensions: [String] { ["beads", "gold", "align"] }
    public var summary: String { "sentence indices a bead, as gold alignments are written" }

    public func export(_ alignment: Alignment, settings: ExportSettings) -> String {
        PlainFormats.beads(alignment, minConfidence: settings.minConfidence)
    }
}
