import BitextText

/// A consonant skeleton of a romanized name, coarse enough that a name and its Korean or
/// Vietnamese rendering meet: "Koizumi" and 고이즈미 (goijeumi) both give `KJM`,
/// "Black Eagles" and 블랙 이글스 give `PLK`,`KLS`. Vowels, h, w and y are dropped (they vary most
/// between romanizations); voiced and voiceless pairs merge; repeats collapse.
public enum PhoneticKey {
    public static func key(_ text: some StringProtocol) -> String {
        // Lower-case ASCII letters of the folded text (most names are ASCII already: no folding needed).
        var letters: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        if UTF8Scan.isASCII(text) {
            for b in text.utf8 {
                let l = b | 0x20
                if (0x61...0x7A).contains(l), b >= 0x41 { letters.append(l) }
            }
        } else {
            for s in LatinFolding.fold(text).unicodeScalars where s.value >= 0x61 && s.value <= 0x7A { letters.append(UInt8(s.value)) }
        }
        return skeleton(letters)
    }

    /// The key of lower-case ASCII letters; with `limit`, its first `limit` letters only (the key only
    /// grows as letters are read, so the walk stops there).
    static func skeleton(_ letters: [UInt8], limit: Int = .max) -> String {
        let separator = UInt8(ascii: "-")
        var out: [UInt8] = []
        out.reserveCapacity(letters.count)
        var kept = 0
        func emit(_ b: UInt8) {
            if out.last != b {
                out.append(b)
                kept += 1
            }
        }
        var i = 0
        while i < letters.count && kept < limit {
            let c = letters[i]
            let next = i + 1 < letters.count ? letters[i + 1] : 0
            switch (c, next) {
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): emit(UInt8(ascii: "P")); i += 2; continue
            case (UInt8(ascii: "s"), UInt8(ascii: "h")): emit(UInt8(ascii: "S")); i += 2; continue
            case (UInt8(ascii: "c"), UInt8(ascii: "h")), (UInt8(ascii: "t"), UInt8(ascii: "s")), (UInt8(ascii: "t"), UInt8(ascii: "z")): emit(UInt8(ascii: "J")); i += 2; continue
            case (UInt8(ascii: "t"), UInt8(ascii: "h")): emit(UInt8(ascii: "T")); i += 2; continue
            case (UInt8(ascii: "c"), UInt8(ascii: "k")): emit(UInt8(ascii: "K")); i += 2; continue
            default: break
            }
            switch c {
            case UInt8(ascii: "b"), UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "v"): emit(UInt8(ascii: "P"))
            case UInt8(ascii: "c"), UInt8(ascii: "k"), UInt8(ascii: "g"), UInt8(ascii: "q"): emit(UInt8(ascii: "K"))
            case UInt8(ascii: "d"), UInt8(ascii: "t"): emit(UInt8(ascii: "T"))
            case UInt8(ascii: "j"), UInt8(ascii: "z"): emit(UInt8(ascii: "J"))
            case UInt8(ascii: "s"), UInt8(ascii: "x"): emit(UInt8(ascii: "S"))
            case UInt8(ascii: "l"), UInt8(ascii: "r"): emit(UInt8(ascii: "L"))
            case UInt8(ascii: "m"): emit(UInt8(ascii: "M"))
            case UInt8(ascii: "n"): emit(UInt8(ascii: "N"))
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                // A vowel between two equal consonants keeps them apart ("Naha" has one N, "Nana" two).
                if let last = out.last, last != separator { out.append(separator) }
            default: break
            }
            i += 1
        }
        return String(decoding: out.lazy.filter { $0 != separator }, as: UTF8.self)
    }
}
