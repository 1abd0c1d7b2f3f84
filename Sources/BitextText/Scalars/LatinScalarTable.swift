/// The layout of the per-scalar tables kept for Latin text: every scalar below a bound, then the Latin
/// Extended Additional block (the Vietnamese letters), in that order.
package struct LatinScalarTable: Sendable {
    /// Scalars below this are at their own value.
    @usableFromInline let bound: UInt32

    @inlinable package init(bound: UInt32) { self.bound = bound }
    @usableFromInline static let vietnamese: ClosedRange<UInt32> = 0x1E00...0x1EFF

    /// The scalars the table covers, in table order.
    @inlinable package var scalars: [UInt32] { Array(0..<bound) + Array(LatinScalarTable.vietnamese) }

    /// Where scalar `v` sits in the table; nil outside it.
    @inlinable @inline(__always) package func index(_ v: UInt32) -> Int? {
        if v < bound { return Int(v) }
        if LatinScalarTable.vietnamese.contains(v) { return Int(bound) + Int(v - LatinScalarTable.vietnamese.lowerBound) }
        return nil
    }
}
