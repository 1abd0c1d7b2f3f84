import Foundation

/// A BCP 47 language tag, validated (`en`, `ko-KR`, `zh-Hant-TW`, `vi`).
public struct LanguageCode: Hashable, Sendable, CustomStringConvertible, Codable {
    /// The tag as written in TMX (`ko-KR`): primary subtag lower-case, region upper-case, script title-case.
    public let tag: String
    /// The primary language subtag (`ko`).
    public let primary: String

    public var description: String { tag }

    public init(_ text: String) throws {
        // An underscore (a POSIX locale's separator) is refused: BCP 47 has hyphens only.
        guard text.utf8.firstIndex(of: UInt8(ascii: "_")) == nil else { throw BitextError.invalidLanguage(text) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { throw BitextError.invalidLanguage(text) }
        let primary = first.lowercased()
        guard primary.count == 2 || primary.count == 3, primary.allSatisfy({ $0.isASCII && $0.isLetter }),
              primary.count == 3 ? LanguageCode.iso639_2.contains(primary) : LanguageCode.iso639_1.contains(primary)
        else { throw BitextError.invalidLanguage(text) }
        var tag = [primary]
        for part in parts.dropFirst() {
            guard !part.isEmpty, part.count <= 8, part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw BitextError.invalidLanguage(text)
            }
            if part.count == 4, part.allSatisfy(\.isLetter) {
                tag.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if part.count == 2, part.allSatisfy(\.isLetter) {
                tag.append(part.uppercased())
            } else {
                tag.append(part.lowercased())
            }
        }
        self.primary = primary
        self.tag = tag.joined(separator: "-")
    }

    /// For codes Bitext itself spells correctly.
    package init(known primary: String) {
        self.primary = primary
        self.tag = primary
    }

    public static let english = LanguageCode(known: "en")
    public static let korean = LanguageCode(known: "ko")
    public static let vietnamese = LanguageCode(known: "vi")
    public static let japanese = LanguageCode(known: "ja")
    public static let chinese = LanguageCode(known: "zh")

    public init(from decoder: Decoder) throws {
        try self.init(decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(tag)
    }

    // ISO 639-1, and the ISO 639-2/3 codes used where no two-letter code exists or commonly seen.
    static let iso639_1: Set<String> = Set("""
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu \
    fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn \
    ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os \
    pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw \
    ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })

    static let iso639_2: Set<String> = ["yue", "cmn", "fil", "haw", "hmn", "ceb", "ast", "gsw", "nds", "sco", "tet", "khm"]
}
