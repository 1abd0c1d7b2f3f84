import BitextText
import BitextNames

/// Cognate anchors between Korean and Vietnamese: two Sino-Korean syllables and two Sino-Vietnamese ones that
/// can be written with the same characters (국방 and quốc phòng, 國防). Both sides are read as Sino-Vietnamese
/// syllable pairs, `quốc phòng`, so that an anchor is a key found on both sides, weighted like any other by how
/// many sentences carry it (a word every sentence has anchors nothing).
public struct HanCognates: Sendable {
    public let readings: HanReadings
    /// A Korean syllable pair with more readings than this is too ambiguous to anchor anything.
    static let maxReadingsPerPair = 48

    public init(readings: HanReadings = .standard) {
        self.readings = readings
    }

    /// The keys of a Korean sentence: for each pair of adjacent Hangul syllables within a word, every pair of
    /// Sino-Vietnamese readings its characters can have.
    public func koreanKeys(_ sentence: String) -> [String] {
        var keys: [String] = []
        var previous: [String]? = nil
        for character in sentence {
            guard let scalar = character.unicodeScalars.first, (0xAC00...0xD7A3).contains(scalar.value) else {
                previous = nil
                continue
            }
            let current = readings.vietnameseOfHangul[character]
            if let previous, let current, previous.count * current.count <= HanCognates.maxReadingsPerPair {
                for a in previous { for b in current { keys.append(a + " " + b) } }
            }
            previous = current
        }
        return unique(keys)
    }

    /// The keys of a Vietnamese sentence: each pair of adjacent Sino-Vietnamese syllables within a phrase
    /// (punctuation ends one), in lower case.
    public func vietnameseKeys(_ sentence: String) -> [String] {
        var keys: [String] = []
        var previous: String? = nil
        var word = ""
        func close(endsPhrase: Bool) {
            if !word.isEmpty {
                let current = readings.sinoVietnamese.contains(word) ? word : nil
                if let previous, let current { keys.append(previous + " " + current) }
                previous = current
                word = ""
            }
            if endsPhrase { previous = nil }
        }
        for character in sentence.lowercased() {
            if character.isLetter {
                word.append(character)
            } else {
                close(endsPhrase: !character.isWhitespace)
            }
        }
        close(endsPhrase: true)
        return unique(keys)
    }

    private func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}

extension HanCognates {
    /// Whether the bridge links the two languages: both read Han words in a script of their own, one through
    /// Hangul and the other through Sino-Vietnamese (Korean and Vietnamese, in either order).
    static func bridges(_ a: LanguageCode, _ b: LanguageCode) -> Bool {
        let readings = [a.profile, b.profile].filter { !$0.writesHan }.compactMap(\.hanReading)
        return Set(readings) == [.hangul, .vietnamese] && readings.count == 2
    }

    /// The cognate anchors of each sentence of a Korean or Vietnamese text.
    func keys(of sentences: [String], language: LanguageCode) -> [[AnchorKey]] {
        sentences.map { sentence in
            (language.profile.hanReading == .hangul ? koreanKeys(sentence) : vietnameseKeys(sentence)).map { AnchorKey(kind: .cognate, value: $0) }
        }
    }
}
