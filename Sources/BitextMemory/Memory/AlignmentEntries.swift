import BitextAlignment

extension MemoryEntry {
    /// The units an alignment gives the memory: the beads a TMX export would hold, each with the
    /// article pair, date, confidence and bead type as its origin.
    public static func entries(from alignment: Alignment, minConfidence: Double = 0, user: String? = nil) -> [MemoryEntry] {
        alignment.alignedUnits(minConfidence: minConfidence).map { unit in
            var origin = MemoryOrigin(document: Alignment.documentName(alignment.source.name),
                                      documentDate: alignment.documentDate, source: "align",
                                      confidence: unit.confidence, bead: unit.bead,
                                      mode: alignment.mode == .parallel ? nil : alignment.mode.rawValue,
                                      kind: unit.kind == .body ? nil : unit.kind.rawValue, creator: user)
            if alignment.target.name != alignment.source.name { origin.documentTarget = Alignment.documentName(alignment.target.name) }
            return MemoryEntry(variants: [MemoryVariant(language: alignment.source.language.tag, text: unit.sourceText),
                                          MemoryVariant(language: alignment.target.language.tag, text: unit.targetText)],
                               origins: [origin])
        }
    }
}
