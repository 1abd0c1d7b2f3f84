/// ICU's romanization of Hangul ("Hangul-Latin; Latin-ASCII"), one syllable at a time and each syllable
/// remembered: there are at most 11,172 of them, and calling ICU for every word of every document was
/// a large share of a batch's time. Not thread-safe (owns an ICU transliterator).
public final class HangulRomanizer {
    private let transliterator: Transliterator
    private var memo: [Character: String] = [:]

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
