/// Folds Latin text for comparison: lower case, diacritics removed, `đ` → `d`.
/// "Ahn Gyu Back" and "Nguyễn" fold to "ahn gyu back" and "nguyen".
public enum LatinFolding {
    public static func fold(_ text: some StringProtocol) -> String {
        // ASCII (most names and tokens): lower case is all there is to do.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for s in Normalization.normalize(String(text), .nfd).unicodeScalars {
            switch s.value {
            case 0x300...0x36F: continue                     // combining diacritics
            case 0x110, 0x111: out.append("d")               // Đ đ
            case 0xD8, 0xF8: out.append("o")                 // Ø ø
            case 0xDF: out.append("s"); out.append("s")      // ß
            case 0xC6, 0xE6: out.append("a"); out.append("e")
            case 0x152, 0x153: out.append("o"); out.append("e")
            default:
                for l in s.properties.lowercaseMapping.unicodeScalars { out.append(l) }
            }
        }
        return String(out)
    }
}
