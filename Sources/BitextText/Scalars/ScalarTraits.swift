/// What the word scanner asks of a scalar, as bits: read from a table for ASCII and the Latin letters
/// (built once from the same property tests), from the Unicode properties otherwise.
package struct ScalarTraits: OptionSet, Sendable {
    package let rawValue: UInt8
    @inlinable package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A letter or a digit (general category L* or N*).
    package static let word = ScalarTraits(rawValue: 1)
    /// A combining mark: continues the word before it.
    package static let mark = ScalarTraits(rawValue: 2)
    package static let upper = ScalarTraits(rawValue: 4)
    package static let digit = ScalarTraits(rawValue: 8)
    package static let letter = ScalarTraits(rawValue: 16)
    package static let latin = ScalarTraits(rawValue: 32)
    /// Hangul, Han or kana.
    package static let cjk = ScalarTraits(rawValue: 64)

    package static let table: [ScalarTraits] = (0..<UInt32(0x250)).map { computed(Unicode.Scalar($0)!) }

    /// `table` is `ScalarTraits.table`, fetched once by the caller (not once per scalar).
    @inlinable @inline(__always) package static func of(_ s: Unicode.Scalar, in table: [ScalarTraits]) -> ScalarTraits {
        let v = s.value
        if v < 0x250 { return table[Int(v)] }
        if v >= 0xAC00 && v <= 0xD7A3 { return [.word, .letter, .cjk] }   // Hangul syllables (Lo)
        return computed(s)
    }

    @inlinable static func computed(_ s: Unicode.Scalar) -> ScalarTraits {
        var t: ScalarTraits = []
        if ScalarClass.isWordScalar(s) { t.insert(.word) }
        if ScalarClass.isMark(s) { t.insert(.mark) }
        if ScalarClass.isUppercase(s) { t.insert(.upper) }
        if ScalarClass.isDigit(s) { t.insert(.digit) }
        if ScalarClass.isLetter(s) { t.insert(.letter) }
        switch Script.of(s) {
        case .latin: t.insert(.latin)
        case .hangul, .han, .kana: t.insert(.cjk)
        default: break
        }
        return t
    }
}
