import BitextText

/// A bead worth keeping as a translation unit: both sides present, confident enough, with the texts
/// joined as each language writes them. What the TMX export and the memory take from an alignment.
public struct AlignedUnit: Sendable, Equatable {
    public var sourceText: String
    public var targetText: String
    public var confidence: Double
    public var bead: String
    public var kind: SegmentKind
}

extension Alignment {
    /// Of two independent accounts only confident links are worth a translator's memory.
    public static let comparableMinConfidence = 0.5

    public func alignedUnits(minConfidence: Double = 0) -> [AlignedUnit] {
        let threshold = mode == .comparable ? max(minConfidence, Alignment.comparableMinConfidence) : minConfidence
        return beads.compactMap { bead in
            guard !bead.isInsertionOrDeletion, bead.confidence >= threshold else { return nil }
            let source = XMLText.segment(sourceText(bead)), target = XMLText.segment(targetText(bead))
            guard !source.isEmpty, !target.isEmpty else { return nil }
            return AlignedUnit(sourceText: source, targetText: target, confidence: bead.confidence, bead: "\(bead.shape)", kind: kind(bead))
        }
    }

    /// A document's file name without its folder: the same article gives the same name wherever it is aligned.
    public static func documentName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
