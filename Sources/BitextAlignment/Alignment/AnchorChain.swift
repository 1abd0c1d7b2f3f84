/// Points where two long documents surely correspond, found without assuming where they are: sentence pairs
/// that share an anchor, chained so that both sides increase. The coarse-to-fine search follows the diagonal
/// and cannot see a stretch one side leaves out (a chapter a translation skips); the chain jumps it, because
/// the anchors after the stretch pair with their partners wherever those are.
struct AnchorChain: Sendable {
    /// Source and target sentence of each point, both strictly increasing.
    let points: [(source: Int, target: Int)]

    /// Candidate pairs are built from the rarest anchors first, at most `budget` of them. An anchor seen
    /// `cs` times in the source and `ct` times in the target pairs its k-th source occurrence only with the
    /// target occurrences of about the same rank: in a monotonic alignment the k-th stays near the k-th,
    /// off by the occurrences the other side leaves out.
    init(source: [SentenceFeatures], target: [SentenceFeatures], budget: Int) {
        let sourceSeen = AnchorChain.occurrences(source), targetSeen = AnchorChain.occurrences(target)
        let ids = Set(sourceSeen.keys).intersection(targetSeen.keys)
            .map { (id: $0, count: sourceSeen[$0]!.count + targetSeen[$0]!.count) }
            .sorted { ($0.count, $0.id) < ($1.count, $1.id) }
        var keys: [UInt64] = []
        for (id, _) in ids {
            let s = sourceSeen[id]!, t = targetSeen[id]!
            let window = AnchorChain.rankWindow(s.count, t.count)
            if keys.count + s.count * min(t.count, 2 * window + 1) > budget { break }
            for (k, i) in s.enumerated() {
                let centre = s.count == 1 ? 0 : Int((Double(k) * Double(t.count - 1) / Double(s.count - 1)).rounded())
                for r in max(0, centre - window)...min(t.count - 1, centre + window) {
                    // Source ascending, then target descending: a chain then takes one point per source sentence.
                    keys.append(UInt64(i) << 32 | UInt64(UInt32.max - UInt32(t[r])))
                }
            }
        }
        keys.sort()
        points = AnchorChain.consistent(AnchorChain.longestChain(keys))
    }

    /// How far from the same rank a target occurrence may be.
    static func rankWindow(_ sourceCount: Int, _ targetCount: Int) -> Int {
        2 + abs(sourceCount - targetCount) + max(sourceCount, targetCount) / 32
    }

    /// Each anchor id's sentences, ascending, each sentence once.
    static func occurrences(_ side: [SentenceFeatures]) -> [UInt32: [Int]] {
        var seen: [UInt32: [Int]] = [:]
        for (i, sentence) in side.enumerated() {
            var previous: UInt32?
            for id in sentence.anchors where id != previous {
                seen[id, default: []].append(i)
                previous = id
            }
        }
        return seen
    }

    /// The longest chain increasing on both sides (patience sorting on the targets, the keys in source order).
    static func longestChain(_ keys: [UInt64]) -> [(source: Int, target: Int)] {
        let decoded = keys.map { (source: Int($0 >> 32), target: Int(UInt32.max - UInt32(truncatingIfNeeded: $0))) }
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: decoded.count)
        for (k, point) in decoded.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if decoded[tails[mid]].target < point.target { lo = mid + 1 } else { hi = mid }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1
            if lo == tails.count { tails.append(k) } else { tails[lo] = k }
        }
        var chain: [(source: Int, target: Int)] = []
        var k = tails.last ?? -1
        while k >= 0 {
            chain.append(decoded[k])
            k = previous[k]
        }
        return chain.reversed()
    }

    /// The points with a neighbour in the chain a few sentences away on both sides, in step: a pair of
    /// sentences that share a common anchor by chance sits alone, away from the run of true points.
    static func consistent(_ chain: [(source: Int, target: Int)]) -> [(source: Int, target: Int)] {
        func inStep(_ a: (source: Int, target: Int), _ b: (source: Int, target: Int)) -> Bool {
            let di = b.source - a.source, dj = b.target - a.target
            return di <= 48 && dj <= 48 && abs(di - dj) <= 2 + (di + dj) / 4
        }
        return chain.indices.filter { k in
            (k > 0 && inStep(chain[k - 1], chain[k])) || (k + 1 < chain.count && inStep(chain[k], chain[k + 1]))
        }.map { chain[$0] }
    }

    /// Whether the chain is dense enough to place the search band: about one point every `spacing`
    /// sentences of the longer side (never, with a spacing of 0).
    func covers(n: Int, m: Int, spacing: Int) -> Bool {
        spacing > 0 && Double(points.count) * Double(spacing) >= Double(max(n, m))
    }
}
