import BitextText

/// The result every exporter, the evaluator and later the memory consume: both sides' sentences and the beads.
public struct Alignment: Sendable, Equatable, Codable {
    public struct Side: Sendable, Equatable, Codable {
        public var name: String
        public var language: LanguageCode
        public var date: String?
        public var segments: [Segment]
        /// Sentences of page furniture (related news, share buttons, bylines of other stories) left out of the
        /// alignment; nil where nothing was classified (presegmented input).
        public var furnitureLeftOut: Int?

        public init(name: String, language: LanguageCode, date: String? = nil, segments: [Segment]) {
            self.name = name
            self.language = language
            self.date = date
            self.segments = segments
        }
    }

    public var source: Side
    public var target: Side
    public var beads: [Bead]
    /// Which aligner made the beads: `.parallel` (the monotonic one) or `.comparable`.
    public var mode: AlignmentMode
    /// What the two texts are to each other (set by the pipeline; absent in alignments made before 0.2).
    public var verdict: PairVerdict?
    /// The glossary files the alignment used (`bundled:` for the one Bitext ships), so that a result
    /// says what it depended on.
    public var glossaries: [String]

    public init(source: Side, target: Side, beads: [Bead], mode: AlignmentMode = .parallel, verdict: PairVerdict? = nil,
                glossaries: [String] = []) {
        self.source = source
        self.target = target
        self.beads = beads
        self.mode = mode
        self.verdict = verdict
        self.glossaries = glossaries
    }

    public func sourceText(_ bead: Bead) -> String { join(bead.source.map { source.segments[$0].text }, source.language) }
    public func targetText(_ bead: Bead) -> String { join(bead.target.map { target.segments[$0].text }, target.language) }

    /// Sentences of one side of a bead, joined as that language writes them (no space in Chinese and Japanese).
    private func join(_ parts: [String], _ language: LanguageCode) -> String {
        parts.joined(separator: language.profile.wordSeparator)
    }

    /// A bead's kind: body when any of its sentences is body text, else the kind of its first sentence.
    public func kind(_ bead: Bead) -> SegmentKind {
        let kinds = bead.source.map { source.segments[$0].kind } + bead.target.map { target.segments[$0].kind }
        return kinds.contains(.body) ? .body : (kinds.first ?? .body)
    }

    /// The date the articles carry (source first), for exports.
    public var documentDate: String? { source.date ?? target.date }
}
