import BitextAlignment

/// TMX 1.4b, the translation memory exchange format CAT tools load.
public struct TMXExporter: AlignmentExporter {
    public init() {}
    public var holdsManyDocuments: Bool { true }
    public var name: String { "tmx" }
    public var fileExtensions: [String] { ["tmx"] }
    public var summary: String { "TMX 1.4b for CAT tools" }

    public func export(_ alignment: Alignment, settings: ExportSettings) -> String {
        TMXWriter(creationDate: settings.creationDate, minConfidence: settings.minConfidence).write([alignment])
    }

    public func export(_ alignment: MultiAlignment, settings: ExportSettings) -> String? {
        TMXWriter(creationDate: settings.creationDate, minConfidence: settings.minConfidence).write(alignment)
    }
}
