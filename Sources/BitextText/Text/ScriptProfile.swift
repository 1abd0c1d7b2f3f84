/// Counts of letters per writing system in a text: the evidence for language detection.
public struct ScriptProfile: Sendable, Equatable {
    public var latin = 0, hangul = 0, han = 0, kana = 0, other = 0
    /// Latin letters that only Vietnamese uses (ơ ư đ ă and stacked tone marks).
    public var vietnamese = 0

    public var letters: Int { latin + hangul + han + kana + other }

    public init(_ text: some StringProtocol) {
        // Decoded from the UTF-8 bytes where they are contiguous (ASCII without decoding at all): the
        // loader profiles every document whole.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 }
                    i += 1
                    continue
                }
                // Valid UTF-8 (a String's): the lead byte gives the length.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var value = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                add(Unicode.Scalar(value)!)
                i += length
            }
        }
        if done == nil { for scalar in text.unicodeScalars { add(scalar) } }
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
        switch Script.of(scalar) {
        case .latin:
            latin += 1
            if Script.isVietnameseLetter(scalar) { vietnamese += 1 }
        case .hangul: hangul += 1
        case .han: han += 1
        case .kana: kana += 1
        case .other: other += 1
        case .none: break
        }
    }
}

/// The writing system of one character, as far as Bitext cares.
public enum Script: Sendable {
    case latin, hangul, han, kana, other

    /// nil for characters that are not letters (digits, punctuation, spaces).
    public static func of(_ s: Unicode.Scalar) -> Script? {
        let v = s.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A: return .latin
        case 0x30...0x39: return nil
        case 0x00...0x7F: return nil
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: return .hangul
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return .han
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0xC0...0x24F, 0x1E00...0x1EFF: return s.properties.isAlphabetic ? .latin : nil
        default: return s.properties.isAlphabetic ? .other : nil
        }
    }

    static func isVietnameseLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x102, 0x103, 0x110, 0x111, 0x1A0, 0x1A1, 0x1AF, 0x1B0: return true   // Ă ă Đ đ Ơ ơ Ư ư
        case 0x1EA0...0x1EF9: return true                                           // ạ ả ấ ầ ẩ ẫ ậ … ỹ
        default: return false
        }
    }
}
