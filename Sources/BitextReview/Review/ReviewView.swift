import BitextText
import BitextAlignment
import Foundation

/// Everything the review page shows, as one JSON value: segments with their highlights, beads with
/// their status, counts, and what the server offers (undo, redo, glossary candidates). The server sends
/// it after each request; the static report embeds it.
public struct ReviewView: Sendable, Codable, Equatable {
    public struct SegmentView: Sendable, Codable, Equatable {
        public var text: String
        public var kind: SegmentKind
        public var highlights: [ReviewHighlight]
    }

    public struct SideView: Sendable, Codable, Equatable {
        public var name: String
        public var language: String
        public var segments: [SegmentView]
    }

    public struct BeadView: Sendable, Codable, Equatable {
        public var source: [Int]
        public var target: [Int]
        public var confidence: Double
        public var shape: String
        public var status: ReviewedBead.Status
        public var changedBy: String?
        public var changedAt: String?
    }

    public struct CandidateView: Sendable, Codable, Equatable {
        public enum Decision: String, Sendable, Codable { case open, accepted, rejected }
        public var index: Int
        public var source: String
        public var sourceLanguage: String
        public var target: String
        public var targetLanguage: String
        public var score: Double
        public var support: Int
        public var decision: Decision
        /// The evidence a reviewer weighs: the kind the text suggests, whether `extract --accept` would take it
        /// and why not, and the forms competing with it.
        public var kind = "other"
        public var acceptable = false
        public var reason: String?
        public var competitors: [String] = []

        public init(index: Int, source: String, sourceLanguage: String, target: String, targetLanguage: String,
                    score: Double, support: Int, decision: Decision, kind: String = "other", acceptable: Bool = false,
                    reason: String? = nil, competitors: [String] = []) {
            self.kind = kind
            self.acceptable = acceptable
            self.reason = reason
            self.competitors = competitors
            self.index = index
            self.source = source
            self.sourceLanguage = sourceLanguage
            self.target = target
            self.targetLanguage = targetLanguage
            self.score = score
            self.support = support
            self.decision = decision
        }
    }

    public var mode: String
    public var source: SideView
    public var target: SideView
    public var beads: [BeadView]
    public var counts: ReviewDocument.Counts
    /// Below this a proposed bead counts as low confidence (coloured, filtered, jumped to).
    public var lowConfidence: Double
    public var readOnly: Bool
    public var canUndo: Bool
    public var canRedo: Bool
    public var candidates: [CandidateView]
    /// Where Save and Export write (shown on the page; the server never takes a path from a request).
    public var savePath: String?
    public var exportPath: String?
    public var lastEvent: ReviewEvent?
    /// The translation-memory write the last Export started, when there is one: running, or its outcome.
    public var memoryWrite: MemoryWriteView?

    public struct MemoryWriteView: Sendable, Codable, Equatable {
        public var running: Bool
        public var note: String

        public init(running: Bool, note: String) {
            self.running = running
            self.note = note
        }
    }

    public init(document: ReviewDocument, highlighter: ReviewHighlighter?, lowConfidence: Double = 0.5, readOnly: Bool,
                canUndo: Bool = false, canRedo: Bool = false, candidates: [CandidateView] = [], savePath: String? = nil, exportPath: String? = nil,
                memoryWrite: MemoryWriteView? = nil) {
        self.memoryWrite = memoryWrite
        let marks = highlighter?.highlights(document)
        func side(_ s: Alignment.Side, _ h: [[ReviewHighlight]]?) -> SideView {
            SideView(name: s.name, language: s.language.tag, segments: s.segments.enumerated().map {
                SegmentView(text: $0.element.text, kind: $0.element.kind, highlights: h?[$0.offset] ?? [])
            })
        }
        mode = document.mode.rawValue
        source = side(document.source, marks?.source)
        target = side(document.target, marks?.target)
        beads = document.beads.map {
            BeadView(source: Array($0.bead.source), target: Array($0.bead.target), confidence: ($0.bead.confidence * 1000).rounded() / 1000,
                     shape: $0.bead.shape, status: $0.status, changedBy: $0.changedBy, changedAt: $0.changedAt)
        }
        counts = document.counts(lowBelow: lowConfidence)
        self.lowConfidence = lowConfidence
        self.readOnly = readOnly
        self.canUndo = canUndo
        self.canRedo = canRedo
        self.candidates = candidates
        self.savePath = savePath
        self.exportPath = exportPath
        lastEvent = document.history.last
    }

    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
