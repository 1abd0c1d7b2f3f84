/// A log-probability for every cell of a band in four bytes: each row keeps its largest value as a
/// Double and every cell its difference from it as a Float. The posteriors read the cells of the best
/// path, which lie within a few units of their row's largest value, where a Float keeps seven significant
/// digits: a bead's posterior comes out within 10⁻⁶ of the one full Doubles give (confidences are written
/// with three decimals). A cell far from the path loses only digits nothing reads.
struct RowRelativeLogs {
    private(set) var base: [Double]
    private(set) var cells: [Float]

    init(rows: Int, cells: Int) {
        base = [Double](repeating: 0, count: rows)
        self.cells = [Float](repeating: -.infinity, count: cells)
    }

    /// Row `row`'s values, `count` of them from `values`, stored from cell `first` on.
    mutating func store(row: Int, first: Int, count: Int, from values: UnsafeMutablePointer<Double>) {
        var top = -Double.infinity
        for k in 0..<count where values[k] > top { top = values[k] }
        let reference = top.isFinite ? top : 0
        base[row] = reference
        cells.withUnsafeMutableBufferPointer { cells in
            for k in 0..<count { cells[first + k] = Float(values[k] - reference) }
        }
    }

    /// The value of `cell`, which lies in `row` (a row is stored before it is read).
    @inline(__always) func value(cell: Int, row: Int) -> Double { base[row] + Double(cells[cell]) }
}
