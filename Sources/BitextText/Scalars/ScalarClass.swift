/// Letter, digit and case tests on scalars, answering ASCII without a Unicode property lookup
/// (the lookups were a tenth of feature extraction on long documents).
package enum ScalarClass {
    @inlinable @inline(__always) package static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.numericType != nil
    }

    @inlinable @inline(__always) package static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    @inlinable @inline(__always) package static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    /// The `Alphabetic` property (what `Character.isLetter` asks of a first scalar), with the common
    /// scripts answered from their ranges.
    @inlinable @inline(__always) static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if let k = latinLayout.index(v) { return latinAlphabetic[k] }
        if (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) { return true }
        return s.properties.isAlphabetic
    }

    /// `isAlphabetic` of the Latin scalars (accented letters are most of European and Vietnamese text).
    @usableFromInline static let latinLayout = LatinScalarTable(bound: 0x250)
    @usableFromInline static let latinAlphabetic: [Bool] = latinLayout.scalars.map { Unicode.Scalar($0)!.properties.isAlphabetic }

    /// A scalar that continues the cluster before it: a combining mark, a joiner, an emoji modifier.
    @inlinable @inline(__always) static func isExtender(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 || (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) { return false }
        if v == 0x200C || v == 0x200D || (0x1F3FB...0x1F3FF).contains(v) { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The `White_Space` property, ASCII and the common scripts without a lookup.
    @inlinable @inline(__always) package static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) { return false }
        return s.properties.isWhitespace
    }

    /// A letter or a digit (ASCII without a property lookup).
    @inlinable @inline(__always) package static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    @inlinable @inline(__always) package static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard !s.isASCII else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
