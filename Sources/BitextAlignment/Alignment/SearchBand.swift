/// The cells a dynamic program visits: for each source position i (0…n), target positions
/// lo[i]…hi[i]. Both bounds never decrease, so every path inside stays monotonic.
struct SearchBand: Sendable {
    let lo: [Int]
    let hi: [Int]
    let rowStart: [Int]
    let cellCount: Int

    init(lo: [Int], hi: [Int]) {
        self.lo = lo
        self.hi = hi
        var starts = [Int](repeating: 0, count: lo.count + 1)
        for i in 0..<lo.count { starts[i + 1] = starts[i] + (hi[i] - lo[i] + 1) }
        rowStart = starts
        cellCount = starts[lo.count]
    }

    static func full(n: Int, m: Int) -> SearchBand {
        SearchBand(lo: [Int](repeating: 0, count: n + 1), hi: [Int](repeating: m, count: n + 1))
    }

    /// A band around a path of spans (coarse beads projected to sentences), widened by `margin` targets.
    static func around(_ spans: [(source: Range<Int>, target: Range<Int>)], n: Int, m: Int, margin: Int) -> SearchBand {
        var lo = [Int](repeating: Int.max, count: n + 1)
        var hi = [Int](repeating: Int.min, count: n + 1)
        for span in spans {
            let jlo = max(0, span.target.lowerBound - margin), jhi = min(m, span.target.upperBound + margin)
            for i in span.source.lowerBound...span.source.upperBound {
                lo[i] = min(lo[i], jlo)
                hi[i] = max(hi[i], jhi)
            }
        }
        lo[0] = 0
        hi[n] = m
        // Monotone envelope: lo is a suffix minimum, hi a prefix maximum.
        for i in stride(from: n - 1, through: 0, by: -1) { lo[i] = min(lo[i] == Int.max ? lo[i + 1] : lo[i], lo[i + 1]) }
        for i in 1...max(n, 1) where i <= n { hi[i] = max(hi[i] == Int.min ? hi[i - 1] : hi[i], hi[i - 1]) }
        for i in 0...n { hi[i] = max(hi[i], lo[i]) }
        return SearchBand(lo: lo, hi: hi)
    }

    /// Cells in the widest row.
    var maxRowWidth: Int { zip(lo, hi).map { $1 - $0 + 1 }.max() ?? 0 }

    /// Runs `body` with the bounds and row starts as raw buffers (the dynamic program's inner loop).
    func withBounds<R>(_ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>) -> R) -> R {
        lo.withUnsafeBufferPointer { lo in hi.withUnsafeBufferPointer { hi in rowStart.withUnsafeBufferPointer { body(lo, hi, $0) } } }
    }

    @inline(__always) func index(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i < lo.count, j >= lo[i], j <= hi[i] else { return nil }
        return rowStart[i] + j - lo[i]
    }
}
