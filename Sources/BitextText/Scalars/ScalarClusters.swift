/// A sentence as user-perceived characters, held as scalars: each cluster is a base scalar and the
/// combining marks (and joiners) after it. The number scanner reads clusters as `Character`s would be
/// read, without the grapheme breaking and `Character` property calls that made it a fifth of the
/// alignment time on long documents. (Hangul jamo sequences and regional-indicator pairs, which
/// grapheme rules also join, stay one cluster per scalar; NFC text has no jamo sequences.)
package struct ScalarClusters {
    @usableFromInline let scalars: [Unicode.Scalar]
    /// Offset of each cluster's first scalar, plus the end; nil when every scalar is a cluster.
    @usableFromInline let starts: [Int]?

    @inlinable package init(_ text: some StringProtocol) {
        // Sized by the UTF-8 length (an upper bound), not by a first pass counting the scalars.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var starts: [Int]?
        var previous: UInt32 = 0
        for s in text.unicodeScalars {
            let k = scalars.count
            if k > 0 && (previous == 0x200D || (s.value >= 0x300 && ScalarClass.isExtender(s))) {
                if starts == nil { starts = Array(0..<k) }
            } else if starts != nil {
                starts!.append(k)
            }
            scalars.append(s)
            previous = s.value
        }
        self.scalars = scalars
        starts?.append(scalars.count)
        self.starts = starts
    }

    @inlinable package var count: Int { starts.map { $0.count - 1 } ?? scalars.count }

    /// The cluster's first scalar.
    @inlinable @inline(__always) package subscript(k: Int) -> Unicode.Scalar { scalars[starts?[k] ?? k] }

    /// Whether cluster `k` is the scalar `s` alone (what `Character == "x"` tests).
    @inlinable @inline(__always) package func `is`(_ k: Int, _ s: Unicode.Scalar) -> Bool { self[k] == s && isSingle(k) }

    @inlinable @inline(__always) package func isSingle(_ k: Int) -> Bool {
        guard let starts else { return true }
        return starts[k + 1] - starts[k] == 1
    }

    /// An ASCII digit standing alone (`Character.isASCII && isNumber`).
    @inlinable @inline(__always) package func isASCIIDigit(_ k: Int) -> Bool {
        let v = self[k].value
        return v >= 0x30 && v <= 0x39 && isSingle(k)
    }

    /// `Character.isLetter`: the first scalar is alphabetic.
    @inlinable @inline(__always) package func isLetter(_ k: Int) -> Bool { ScalarClass.isAlphabetic(self[k]) }

    /// The text of clusters `i..<j`.
    @inlinable package func text(_ i: Int, _ j: Int) -> String {
        let lo = starts?[i] ?? i, hi = starts?[j] ?? j
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }
}
