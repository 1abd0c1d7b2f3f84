import BitextAlignment
import Foundation

/// An alignment under review: both documents' segments, the beads with their review status, and the
/// history of who changed what. Value type: every edit returns a new document, so undo is keeping the old one.
public struct ReviewDocument: Sendable, Equatable {
    public var source: Alignment.Side
    public var target: Alignment.Side
    public var mode: AlignmentMode
    public var beads: [ReviewedBead]
    public var history: [ReviewEvent]
    /// What the aligner judged the two texts to be (see `PairVerdict`).
    public var verdict: PairVerdict?
    /// The glossary files the alignment used.
    public var glossaries: [String]

    public init(source: Alignment.Side, target: Alignment.Side, mode: AlignmentMode, beads: [ReviewedBead], history: [ReviewEvent] = [],
                verdict: PairVerdict? = nil, glossaries: [String] = []) {
        self.glossaries = glossaries
        self.source = source
        self.target = target
        self.mode = mode
        self.beads = beads
        self.history = history
        self.verdict = verdict
    }

    /// A fresh review of an aligner's output: every bead proposed.
    public init(_ alignment: Alignment) {
        self.init(source: alignment.source, target: alignment.target, mode: alignment.mode,
                  beads: alignment.beads.map { ReviewedBead(bead: $0) }, verdict: alignment.verdict,
                  glossaries: alignment.glossaries)
    }

    /// The alignment as reviewed, for the exporters: accepted and edited beads count as certain.
    public var alignment: Alignment {
        Alignment(source: source, target: target, beads: beads.map { reviewed in
            var bead = reviewed.bead
            if reviewed.status != .proposed { bead.confidence = 1 }
            return bead
        }, mode: mode, verdict: verdict, glossaries: glossaries)
    }

    public struct Counts: Sendable, Equatable, Codable {
        public var beads = 0, proposed = 0, accepted = 0, edited = 0, lowConfidence = 0
        public var shapes: [String: Int] = [:]
    }

    /// Figures for the top of the page. Low confidence: a proposed bead below `threshold`.
    public func counts(lowBelow threshold: Double) -> Counts {
        var c = Counts()
        for r in beads {
            c.beads += 1
            c.shapes[r.bead.shape, default: 0] += 1
            switch r.status {
            case .proposed: c.proposed += 1
            case .accepted: c.accepted += 1
            case .edited: c.edited += 1
            }
            if r.status == .proposed && r.bead.confidence < threshold { c.lowConfidence += 1 }
        }
        return c
    }

    /// Every segment of each side in exactly one bead, ranges inside the document: what a saved file must
    /// satisfy before it is reopened (nil when it does).
    public func problem() -> String? {
        var seenSource = [Bool](repeating: false, count: source.segments.count)
        var seenTarget = [Bool](repeating: false, count: target.segments.count)
        for (k, r) in beads.enumerated() {
            if r.bead.source.isEmpty && r.bead.target.isEmpty { return "bead \(k) holds no segment" }
            for (range, count, name) in [(r.bead.source, source.segments.count, "source"), (r.bead.target, target.segments.count, "target")] {
                if range.lowerBound < 0 || range.upperBound > count { return "bead \(k): \(name) segments \(range.lowerBound)..<\(range.upperBound) outside 0..<\(count)" }
            }
            for i in r.bead.source {
                if seenSource[i] { return "source segment \(i) is in two beads" }
                seenSource[i] = true
            }
            for i in r.bead.target {
                if seenTarget[i] { return "target segment \(i) is in two beads" }
                seenTarget[i] = true
            }
            if !(0...1).contains(r.bead.confidence) { return "bead \(k): confidence \(r.bead.confidence) outside 0...1" }
        }
        if let i = seenSource.firstIndex(of: false) { return "source segment \(i) is in no bead" }
        if let i = seenTarget.firstIndex(of: false) { return "target segment \(i) is in no bead" }
        return nil
    }
}
