import BitextText

/// The exporters a program can write through, by name and by file extension.
public struct ExporterRegistry: Sendable {
    public private(set) var exporters: [any AlignmentExporter]

    public init(_ exporters: [any AlignmentExporter]) {
        self.exporters = exporters
    }

    /// The formats Bitext ships: TSV (the default), JSONL, beads, TMX, the JSON alignment, the HTML report, XLIFF 2.0 and 1.2.
    public static let standard = ExporterRegistry([TSVExporter(), JSONLExporter(), BeadsExporter(), TMXExporter(),
                                                   AlignmentJSONExporter(), HTMLReportExporter(), XLIFFExporter(), XLIFFExporter(version: .v1_2)])

    /// Adds a format; one of the same name is replaced.
    public mutating func register(_ exporter: any AlignmentExporter) {
        exporters.removeAll { $0.name == exporter.name }
        exporters.append(exporter)
    }

    public var names: [String] { exporters.map(\.name) }

    /// Names as a sentence lists them: `tsv, jsonl or tmx`.
    public static func listed(_ names: [String]) -> String { BitextError.listed(names) }

    public func exporter(named name: String) -> (any AlignmentExporter)? {
        exporters.first { $0.name == name }
    }

    /// The format asked for by name, else the one the output file's extension names, else the first (TSV)
    /// for standard output or a file without an extension. An extension no format writes is refused: a file
    /// named out.docx holding TSV would promise what it does not keep.
    public func resolve(format: String?, output: String?) throws -> any AlignmentExporter {
        if let format {
            guard let exporter = exporter(named: format) else {
                throw BitextError.unknownFormat(format, formats: names)
            }
            return exporter
        }
        let name = output.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, let output else { return exporters[0] }
        let ext = name[name.index(after: dot)...].lowercased()
        if let exporter = exporters.first(where: { $0.fileExtensions.contains(ext) }) { return exporter }
        throw BitextError.unknownOutputExtension(output, extension: String(ext), formats: names)
    }
}
