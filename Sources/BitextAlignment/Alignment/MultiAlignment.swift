import BitextText

/// Three or more accounts of one event aligned together: every pair is aligned, and the links are
/// joined into units that hold each document's sentences for the same content.
public struct MultiAlignment: Sendable, Equatable {
    public struct Unit: Sendable, Equatable {
        /// Per document, the sentence indices of this unit (empty where a document has none).
        public var members: [[Int]]
        /// The weakest link that holds the unit together.
        public var confidence: Double
    }

    public var documents: [Alignment.Side]
    public var units: [Unit]
    /// The mode chosen for each pair of documents.
    public var modes: [DocumentPair: AlignmentMode]

    /// Two documents of the set, by index, the first before the second.
    public struct DocumentPair: Sendable, Hashable, Comparable {
        public var first: Int
        public var second: Int

        public init(_ first: Int, _ second: Int) {
            self.first = first
            self.second = second
        }

        public static func < (a: DocumentPair, b: DocumentPair) -> Bool { (a.first, a.second) < (b.first, b.second) }
    }

    public func text(of unit: Unit, document d: Int) -> String {
        return unit.members[d].map { documents[d].segments[$0].text }.joined(separator: documents[d].language.profile.wordSeparator)
    }
}

/// Joins pairwise alignments into multi-document units. Links are taken strongest first; a link that
/// would put two sentences of one document that are not neighbours into one unit contradicts stronger
/// evidence and is left out, so that the units stay consistent across pairs.
public struct MultiAligner: Sendable {
    public var pipeline: AlignmentPipeline
    public var mode: AlignmentMode

    public init(pipeline: AlignmentPipeline, mode: AlignmentMode = .auto) {
        self.pipeline = pipeline
        self.mode = mode
    }

    public func align(_ documents: [Document]) throws -> MultiAlignment {
        var seen = Set<String>()
        for d in documents where !seen.insert(d.language.primary).inserted {
            throw BitextError.invalidArgument("two documents are in \(d.language.tag): a multilingual unit holds one text per language")
        }
        var sides: [Alignment.Side] = []
        var links: [(nodes: [Node], confidence: Double)] = []
        var modes: [MultiAlignment.DocumentPair: AlignmentMode] = [:]
        for a in documents.indices {
            for b in documents.indices where b > a {
                let (alignment, _) = try pipeline.alignWithDecision(documents[a], documents[b], mode: mode)
                if sides.count == a { sides.append(alignment.source) }
                if a == 0 && sides.count == b { sides.append(alignment.target) }
                modes[MultiAlignment.DocumentPair(a, b)] = alignment.mode
                for bead in alignment.beads where !bead.isInsertionOrDeletion {
                    links.append((bead.source.map { Node(document: a, sentence: $0) } + bead.target.map { Node(document: b, sentence: $0) }, bead.confidence))
                }
            }
        }
        return MultiAlignment(documents: sides, units: MultiAligner.join(links, documents: documents.count), modes: modes)
    }

    struct Node: Hashable, Comparable {
        var document: Int
        var sentence: Int
        static func < (a: Node, b: Node) -> Bool { (a.document, a.sentence) < (b.document, b.sentence) }
    }

    static func join(_ links: [(nodes: [Node], confidence: Double)], documents: Int) -> [MultiAlignment.Unit] {
        var component: [Node: Int] = [:]
        var members: [[Node]] = []
        var confidence: [Double] = []
        let ordered = links.enumerated().sorted { ($0.element.confidence, -$0.offset) > ($1.element.confidence, -$1.offset) }
        for (_, link) in ordered {
            let existing = Set(link.nodes.compactMap { component[$0] })
            let merged = (existing.flatMap { members[$0] } + link.nodes.filter { component[$0] == nil })
            guard consistent(merged, documents: documents) else { continue }
            let id = members.count
            members.append(merged)
            confidence.append(min(link.confidence, existing.map { confidence[$0] }.min() ?? 1))
            for e in existing { members[e] = [] }
            for n in merged { component[n] = id }
        }
        var units: [MultiAlignment.Unit] = []
        for (id, nodes) in members.enumerated() where !nodes.isEmpty {
            var perDocument = [[Int]](repeating: [], count: documents)
            for n in nodes.sorted() { perDocument[n.document].append(n.sentence) }
            units.append(MultiAlignment.Unit(members: perDocument, confidence: confidence[id]))
        }
        // In the order of the first document that has each unit.
        return units.sorted { a, b in
            let ka = a.members.enumerated().first { !$0.element.isEmpty }.map { ($0.offset, $0.element[0]) } ?? (documents, 0)
            let kb = b.members.enumerated().first { !$0.element.isEmpty }.map { ($0.offset, $0.element[0]) } ?? (documents, 0)
            return ka < kb
        }
    }

    /// Within each document the unit's sentences must be consecutive.
    static func consistent(_ nodes: [Node], documents: Int) -> Bool {
        var byDocument = [[Int]](repeating: [], count: documents)
        for n in nodes { byDocument[n.document].append(n.sentence) }
        return byDocument.allSatisfy { s in
            guard let lo = s.min(), let hi = s.max() else { return true }
            return hi - lo + 1 == Set(s).count
        }
    }
}
