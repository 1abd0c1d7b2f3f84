import BitextAlignment
import BitextReview

/// A self-contained read-only report: both texts side by side, names highlighted.
public struct HTMLReportExporter: AlignmentExporter {
    public init() {}
    public var name: String { "html" }
    public var fileExtensions: [String] { ["html", "htm"] }
    public var summary: String { "a read-only report to open in a browser" }

    public func export(_ alignment: Alignment, settings: ExportSettings) -> String {
        ReviewPage.report(alignment, glossary: settings.glossary)
    }
}
