/// A Hangul syllable's canonical decomposition (its leading consonant, vowel and, when it has one, final
/// consonant jamo), computed from its code point as Unicode defines it, written as UTF-8.
package enum HangulDecomposition {
    @inline(__always) package static func isSyllable(_ v: UInt32) -> Bool { v >= 0xAC00 && v <= 0xD7A3 }

    /// Appends the jamo of syllable `v` (U+AC00…U+D7A3) to `out`.
    package static func appendUTF8(ofSyllable v: UInt32, to out: inout [UInt8]) {
        func jamo(_ j: UInt32) {
            // U+1100…U+11FF in UTF-8: E1 84 80 … E1 87 BF.
            out.append(0xE1)
            out.append(UInt8(0x80 | (j >> 6) & 0x3F))
            out.append(UInt8(0x80 | j & 0x3F))
        }
        let index = v - 0xAC00
        jamo(0x1100 + index / 588)
        jamo(0x1161 + (index % 588) / 28)
        if index % 28 != 0 { jamo(0x11A7 + index % 28) }
    }
}
