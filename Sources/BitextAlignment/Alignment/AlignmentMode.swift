/// Which aligner a document pair gets.
public enum AlignmentMode: String, Sendable, CaseIterable, Codable {
    /// Decide per pair (see `ModeDecision`).
    case auto
    /// A translation: monotonic, mostly 1-1.
    case parallel
    /// Independent accounts of one event: links in any order, many sentences without counterpart.
    case comparable
}

/// The rule `--mode auto` follows. The confident links of the comparable matcher are a sample of
/// sentence pairs that surely belong together. In a translation they come in the same order on both
/// sides (a repeated name may add a stray one); in two independent accounts facts are reordered.
/// A pair is comparable when it has at least three such links and no more than `maxInOrder` of them
/// fit one monotonic path (the longest chain of links in order on both sides); otherwise it is a translation.
public struct ModeDecision: Sendable, Equatable {
    public var mode: AlignmentMode
    public var links: Int
    /// The most links that can stand in one order on both sides.
    public var inOrder: Int

    public static let maxInOrder = 0.75

    public var reason: String {
        "\(links) confident links, \(inOrder) of them in one order"
    }

    public static func decide(comparableBeads beads: [Bead]) -> ModeDecision {
        let links = beads.filter { !$0.isInsertionOrDeletion && $0.confidence >= 0.5 }
            .sorted { $0.source.lowerBound < $1.source.lowerBound }
        let targets = links.map(\.target.lowerBound)
        // Longest strictly increasing subsequence, O(n log n).
        var tails: [Int] = []
        for t in targets {
            var lo = 0, hi = tails.count
            while lo < hi { let mid = (lo + hi) / 2; if tails[mid] < t { lo = mid + 1 } else { hi = mid } }
            if lo == tails.count { tails.append(t) } else { tails[lo] = t }
        }
        let comparable = links.count >= 3 && Double(tails.count) <= maxInOrder * Double(links.count)
        return ModeDecision(mode: comparable ? .comparable : .parallel, links: links.count, inOrder: tails.count)
    }
}
