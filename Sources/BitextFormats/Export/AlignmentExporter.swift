import Foundation
import BitextGlossary
import BitextAlignment

/// What an export may take besides the alignment.
public struct ExportSettings: Sendable {
    /// Beads under this confidence are left out (formats that list units only).
    public var minConfidence: Double
    /// The date written into the file (TMX `creationdate`); fixed for reproducible output.
    public var creationDate: Date
    /// The glossary whose names the HTML report highlights.
    public var glossary: Glossary?

    public init(minConfidence: Double = 0, creationDate: Date = Date(), glossary: Glossary? = nil) {
        self.minConfidence = minConfidence
        self.creationDate = creationDate
        self.glossary = glossary
    }
}

/// One output format of an alignment. `align`, `batch --per-pair` and the review server's Export all write
/// through the exporters of an `ExporterRegistry`, so a new format is one type registered once.
public protocol AlignmentExporter: Sendable {
    /// The format's name, as `--format` takes it (`tmx`).
    var name: String { get }
    /// File name extensions that choose the format, the one it writes first (`tmx`).
    var fileExtensions: [String] { get }
    /// One line for `--help`.
    var summary: String { get }
    /// Whether the format holds three or more documents aligned together.
    var holdsManyDocuments: Bool { get }
    func export(_ alignment: Alignment, settings: ExportSettings) -> String
    /// Three or more documents aligned together; nil where the format holds two documents only.
    func export(_ alignment: MultiAlignment, settings: ExportSettings) -> String?
}

extension AlignmentExporter {
    public var holdsManyDocuments: Bool { false }
    public func export(_ alignment: MultiAlignment, settings: ExportSettings) -> String? { nil }
}
