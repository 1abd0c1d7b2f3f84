import BitextText

/// ICU's romanization of Hangul ("Hangul-Latin; Latin-ASCII"), one syllable at a time and each syllable
/// remembered: there are at most 11,172 of them, and calling ICU for every word of every document was
/// a large share of a batch's time. Not thread-safe (owns an ICU transliterator).
public final class HangulRomanizer {
    private let transliterator: Transliterator
    private var memo: [Character: String] = [:]
    /// The same for the 11,172 precomposed syllables, as bytes, indexed by code point.
    private var table = [[UInt8]?](repeating: nil, count: 11_172)

    public init() throws {
        transliterator = try Transliterator("Hangul-Latin; Latin-ASCII")
    }

    /// One character romanized, as lower-case ASCII letters only (가 → ga, 백 → baeg).
    public func syllable(_ character: Character) -> String {
        if let known = memo[character] { return known }
        let value = String(transliterator.apply(String(character)).lowercased().filter { $0.isASCII && $0.isLetter })
        memo[character] = value
        return value
    }

    package static func isSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// `syllable` of a precomposed syllable, as bytes, without hashing a Character.
    func withSyllable<R>(_ scalar: Unicode.Scalar, _ body: ([UInt8]) -> R) -> R {
        let index = Int(scalar.value) - 0xAC00
        if let known = table[index] { return body(known) }
        let value = Array(syllable(Character(scalar)).utf8)
        table[index] = value
        return body(value)
    }

    /// The lower-case letters of `romanize(text)`, read from the syllable table; nil unless the text is
    /// Hangul syllables and ASCII only.
    func romanizedLetters(_ text: some StringProtocol) -> [UInt8]? {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let b = UInt8(scalar.value), l = b | 0x20
                if (0x61...0x7A).contains(l), b >= 0x41 { out.append(l) }
            } else if HangulRomanizer.isSyllable(scalar) {
                withSyllable(scalar) { out += $0 }
            } else {
                return nil
            }
        }
        return out
    }

    /// `PhoneticKey.key(romanize(text))`, from the syllable table where the text allows, and remembered:
    /// words and short spans come back in every article (up to `keyMemoLimit` are kept).
    public func phoneticKey(_ text: some StringProtocol) -> String {
        let key = UTF8Key(String(text))
        if let known = keyMemo[key] { return known }
        let value = romanizedLetters(text).map { PhoneticKey.skeleton($0) } ?? PhoneticKey.key(romanize(text))
        if keyMemo.count >= HangulRomanizer.keyMemoLimit { keyMemo.removeAll(keepingCapacity: true) }
        keyMemo[key] = value
        return value
    }

    private var keyMemo: [UTF8Key: String] = [:]
    static let keyMemoLimit = 20_000

    /// A text with every Hangul character romanized and every other character kept (for keys that
    /// keep only letters afterwards).
    public func romanize(_ text: some StringProtocol) -> String {
        var out = ""
        for ch in text {
            out += ch.unicodeScalars.contains(where: { Script.of($0) == .hangul }) ? syllable(ch) : String(ch)
        }
        return out
    }
}
