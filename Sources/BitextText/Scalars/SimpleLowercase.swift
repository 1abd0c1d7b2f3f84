/// Lower case of the Latin scalars whose full lower-case mapping is one scalar (`String.lowercased()`
/// maps each scalar on its own), read from a table: the number scanner hashes a word's lower case
/// without building it.
package struct SimpleLowercase: Sendable {
    /// The lower-case scalar, or 0 where the mapping is not a single scalar (İ → i̇).
    @usableFromInline let lower: [UInt32]
    @usableFromInline static let layout = LatinScalarTable(bound: 0x250)

    package static let shared = SimpleLowercase()

    private init() {
        lower = SimpleLowercase.layout.scalars.map { v in
            let mapped = Array(Unicode.Scalar(v)!.properties.lowercaseMapping.unicodeScalars)
            return mapped.count == 1 ? mapped[0].value : 0
        }
    }

    @inlinable @inline(__always) package func lowercase(_ s: Unicode.Scalar) -> UInt32? {
        guard let k = SimpleLowercase.layout.index(s.value) else { return nil }
        let l = lower[k]
        return l == 0 ? nil : l
    }

    /// The hash of the scalars' lower case; nil when one of them is outside the table.
    @inlinable @inline(__always) package func hash(ofLowercased scalars: some Sequence<Unicode.Scalar>) -> UInt64? {
        var h = SimpleLowercase.seed
        for s in scalars {
            guard let l = lowercase(s) else { return nil }
            h = SimpleLowercase.step(h, l)
        }
        return h
    }

    /// `hash(ofLowercased:)` of clusters `i..<j`'s first scalars, written out for the number scanner's inner
    /// loop: a generic call across the module boundary is not specialized, and looked its types up per word.
    @inlinable package func hash(ofClusters chars: ScalarClusters, _ i: Int, _ j: Int) -> UInt64? {
        var h = SimpleLowercase.seed
        var k = i
        while k < j {
            guard let l = lowercase(chars[k]) else { return nil }
            h = SimpleLowercase.step(h, l)
            k += 1
        }
        return h
    }

    /// FNV-1a over scalar values.
    @inlinable package static func hash(_ values: some Sequence<UInt32>) -> UInt64 {
        values.reduce(seed, step)
    }

    @usableFromInline static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inlinable @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01b3 }
}
