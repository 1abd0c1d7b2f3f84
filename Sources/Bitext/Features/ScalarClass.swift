/// Letter, digit and case tests on scalars, answering ASCII without a Unicode property lookup
/// (the lookups were a tenth of feature extraction on long documents).
enum ScalarClass {
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.numericType != nil
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }
}
