/// Precision, recall and F1 of a test alignment against a gold one, as in the vecalign and
/// Bertalign papers: strict counts identical beads, lax counts overlapping sentence pairs.
/// Insertions and deletions are left out unless `includeNull` (the MAC-Test metric) is set.
public struct AlignmentScore: Sendable, Equatable {
    public var strict: PRF
    public var lax: PRF

    public struct PRF: Sendable, Equatable {
        public var truePositives: Int
        public var testCount: Int
        public var goldCount: Int
        public var precision: Double { testCount == 0 ? 0 : Double(truePositives) / Double(testCount) }
        public var recall: Double { goldCount == 0 ? 0 : Double(truePositives) / Double(goldCount) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        static func + (a: PRF, b: PRF) -> PRF {
            PRF(truePositives: a.truePositives + b.truePositives, testCount: a.testCount + b.testCount, goldCount: a.goldCount + b.goldCount)
        }
    }

    public static func score(gold: [BeadsFormat.Link], test: [BeadsFormat.Link], includeNull: Bool = false) -> AlignmentScore {
        let keep = { (l: BeadsFormat.Link) in includeNull || (!l.source.isEmpty && !l.target.isEmpty) }
        let g = gold.filter(keep), t = test.filter(keep)
        let goldSet = Set(g.map { BeadsFormat.Link(source: $0.source.sorted(), target: $0.target.sorted()) })
        let strictHits = t.filter { goldSet.contains(BeadsFormat.Link(source: $0.source.sorted(), target: $0.target.sorted())) }.count
        let pairs = { (links: [BeadsFormat.Link]) -> Set<[Int]> in
            var s = Set<[Int]>()
            for l in links {
                if l.source.isEmpty { for j in l.target { s.insert([-1, j]) } }
                else if l.target.isEmpty { for i in l.source { s.insert([i, -1]) } }
                else { for i in l.source { for j in l.target { s.insert([i, j]) } } }
            }
            return s
        }
        let gp = pairs(g), tp = pairs(t)
        return AlignmentScore(
            strict: PRF(truePositives: strictHits, testCount: t.count, goldCount: g.count),
            lax: PRF(truePositives: gp.intersection(tp).count, testCount: tp.count, goldCount: gp.count))
    }

    /// Micro-average: counts added up over documents.
    public static func + (a: AlignmentScore, b: AlignmentScore) -> AlignmentScore {
        AlignmentScore(strict: a.strict + b.strict, lax: a.lax + b.lax)
    }

    public static let zero = AlignmentScore(strict: PRF(truePositives: 0, testCount: 0, goldCount: 0),
                                            lax: PRF(truePositives: 0, testCount: 0, goldCount: 0))
}
