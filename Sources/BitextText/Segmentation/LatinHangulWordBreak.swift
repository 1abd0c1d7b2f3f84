/// Word boundaries of Unicode's UAX #29, as ICU finds them, for text written only in Latin letters, Hangul
/// syllables, ASCII digits and common punctuation: the scripts that need no dictionary. A memory import
/// breaks millions of such texts into words; ICU's iterator, with the text copied to UTF-16 and its offsets
/// mapped back, cost most of the import's analysis. Any scalar outside that set (Han, kana, Thai, emoji,
/// format characters, rarer punctuation) gives nil, and the caller asks ICU.
package enum LatinHangulWordBreak {
    /// The words (spans ICU gives a rule status of 100 or more: letters or numbers), or nil when the text
    /// holds a scalar this table does not cover.
    package static func words(_ text: String) -> [Substring]? {
        let scalars = text.unicodeScalars
        var out: [Substring] = []
        var i = scalars.startIndex
        // The class of the scalar at `i`, extenders after it skipped by the caller.
        while i < scalars.endIndex {
            let c = wordClass(scalars[i])
            switch c {
            case .unknown:
                return nil
            case .extend:
                // A mark after a space or punctuation belongs to it (WB4): no word.
                i = scalars.index(after: i)
                continue
            case .letter, .hangul, .numeric, .extendNumLet:
                break
            default:
                i = scalars.index(after: i)
                continue
            }
            let start = i
            var last = c
            var sawLetterOrDigit = c != .extendNumLet
            var j = skipExtend(scalars, after: i)
            while j < scalars.endIndex {
                let next = wordClass(scalars[j])
                if next == .unknown { return nil }
                if joins(last, next) {
                    last = next
                    sawLetterOrDigit = sawLetterOrDigit || next != .extendNumLet
                    j = skipExtend(scalars, after: j)
                    continue
                }
                // WB6/7 and WB11/12: a single middle character between two letters or two numbers.
                if next.isMiddle {
                    let k = skipExtend(scalars, after: j)
                    if k < scalars.endIndex {
                        let after = wordClass(scalars[k])
                        if after == .unknown { return nil }
                        if (last == .letter && after == .letter && next.joinsLetters)
                            || (last == .numeric && after == .numeric && next.joinsNumbers) {
                            last = after
                            j = skipExtend(scalars, after: k)
                            continue
                        }
                    }
                }
                break
            }
            // A run of connectors alone (`__`) is no word for ICU either; rare enough to ask it.
            guard sawLetterOrDigit else { return nil }
            out.append(text[start..<j])
            i = j
        }
        return out
    }

    enum WordClass: Equatable {
        case letter, hangul, numeric, extend, extendNumLet, midLetter, midNumLet, midNum, other, unknown

        var isMiddle: Bool { self == .midLetter || self == .midNumLet || self == .midNum }
        var joinsLetters: Bool { self == .midLetter || self == .midNumLet }
        var joinsNumbers: Bool { self == .midNum || self == .midNumLet }
    }

    /// WB5, WB8-10, WB13a/b: what may follow what inside a word without a middle character. ICU keeps Hangul
    /// syllables apart from other letters and digits (`32미터` is two words, `WHO의` too).
    static func joins(_ a: WordClass, _ b: WordClass) -> Bool {
        switch (a, b) {
        case (.hangul, .hangul), (.letter, .letter), (.letter, .numeric), (.numeric, .numeric), (.numeric, .letter),
             (.letter, .extendNumLet), (.numeric, .extendNumLet), (.extendNumLet, .extendNumLet),
             (.extendNumLet, .letter), (.extendNumLet, .numeric):
            return true
        default:
            return false
        }
    }

    /// The index after `i` and any combining marks that follow it (WB4).
    static func skipExtend(_ scalars: String.UnicodeScalarView, after i: String.Index) -> String.Index {
        var j = scalars.index(after: i)
        while j < scalars.endIndex, wordClass(scalars[j]) == .extend { j = scalars.index(after: j) }
        return j
    }

    static func wordClass(_ s: Unicode.Scalar) -> WordClass {
        let v = s.value
        switch v {
        case 0x30...0x39: return .numeric
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x27, 0x2E: return .midNumLet              // ' and .
        case 0x2C, 0x3B: return .midNum                 // , and ;
        case 0x5F: return .extendNumLet                 // _
        case 0x40: return .unknown                      // @: ICU keeps an e-mail address whole
        case 0x00...0x7F: return .other                 // the rest of ASCII (':' is no middle letter in ICU's root rules)
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return .letter
        case 0xAC00...0xD7A3: return .hangul
        case 0xB7: return .midLetter                    // middle dot (Catalan l·l)
        case 0x300...0x36F: return .extend
        case 0xA0...0xA9, 0xAB, 0xAC, 0xAE...0xB1, 0xB4, 0xB6, 0xB8, 0xBB, 0xBF, 0xD7, 0xF7: return .other
        case 0x2018, 0x2019, 0x2024: return .midNumLet  // ‘ ’ ․
        case 0x2010...0x2017, 0x201A...0x2023, 0x2025, 0x2026, 0x2030...0x203E: return .other
        default: return .unknown
        }
    }
}
