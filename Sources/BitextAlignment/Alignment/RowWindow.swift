/// The last rows of a band as one pass of the dynamic program reads them: a bead reaches back (or, in the
/// backward pass, forward) at most its widest shape's count of source units, so only that many rows and
/// the one being filled are held, each as wide as the band's widest row. A long pair's full tables of
/// Viterbi costs and log-sums took most of its memory.
struct RowWindow {
    /// Where a row's cells sit in the window.
    struct Layout {
        let rows: Int
        let width: Int

        /// The offset that, plus j, gives cell (i, j) of a row whose first target is `lo`.
        @inline(__always) func rowOffset(_ i: Int, lo: Int) -> Int { (i % rows) * width - lo }
    }

    let layout: Layout
    private var values: [Double]

    init(reach: Int, width: Int, filledWith value: Double) {
        layout = Layout(rows: reach + 1, width: max(width, 1))
        values = [Double](repeating: value, count: layout.rows * layout.width)
    }

    mutating func withBuffer<R>(_ body: (UnsafeMutableBufferPointer<Double>) -> R) -> R {
        values.withUnsafeMutableBufferPointer { body($0) }
    }
}
