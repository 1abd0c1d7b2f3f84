import BitextText
import BitextNames

/// Cognate anchors between languages that share Chinese-character vocabulary: two Sino-Korean syllables and two
/// Sino-Vietnamese ones that can be written with the same characters (국방 and quốc phòng, 國防), and the Han
/// characters of Japanese and Chinese text read in either (国防 as 국방 or quốc phòng). Both sides are read as Sino-Vietnamese
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
    /// The readings both sides of a pair are compared in: Sino-Vietnamese syllables where Vietnamese is one of
    /// them, Sino-Korean (Hangul) syllables otherwise.
    enum Pivot: Sendable { case vietnamese, hangul }

    /// The pivot that bridges two languages, nil where they do not meet through Han: each must write Han or
    /// read Han words in a script of its own (Korean, Vietnamese), and the two must differ.
    static func pivot(_ a: LanguageCode, _ b: LanguageCode) -> Pivot? {
        let p = a.profile, q = b.profile
        guard a.primary != b.primary, p.hanReading != nil, q.hanReading != nil else { return nil }
        let readsVietnamese = [p, q].contains { !$0.writesHan && $0.hanReading == .vietnamese }
        let readsHangul = [p, q].contains { !$0.writesHan && $0.hanReading == .hangul }
        // Vietnamese and Korean can meet only through Vietnamese readings (Korean's are ambiguous there).
        if readsVietnamese { return readsHangul || [p, q].contains(where: \.writesHan) ? .vietnamese : nil }
        return readsHangul || (p.writesHan && q.writesHan) ? .hangul : nil
    }

    /// Whether the bridge links the two languages.
    static func bridges(_ a: LanguageCode, _ b: LanguageCode) -> Bool { pivot(a, b) != nil }

    /// The cognate anchors of each sentence of a text in one language of the pair, in the pair's pivot.
    func keys(of sentences: [String], language: LanguageCode, partner: LanguageCode) -> [[AnchorKey]] {
        guard let pivot = HanCognates.pivot(language, partner) else { return sentences.map { _ in [] } }
        let profile = language.profile
        return sentences.map { sentence in
            let keys: [String]
            if profile.writesHan {
                keys = hanKeys(sentence, pivot: pivot)
            } else if profile.hanReading == .hangul {
                keys = pivot == .vietnamese ? koreanKeys(sentence) : hangulKeys(sentence)
            } else {
                keys = vietnameseKeys(sentence)
            }
            return keys.map { AnchorKey(kind: .cognate, value: $0) }
        }
    }

    /// The keys of a text written in Han (Chinese, Japanese): for each pair of adjacent Han characters, every
    /// pair of their readings in the pivot (`quốc phòng` or `국방`).
    func hanKeys(_ sentence: String, pivot: Pivot) -> [String] {
        var keys: [String] = []
        var previous: [String]? = nil
        for character in sentence {
            guard let entry = readings.entries[character] else {
                previous = nil
                continue
            }
            let current = pivot == .vietnamese ? entry.vietnamese : entry.hangul
            if let previous, !current.isEmpty, previous.count * current.count <= HanCognates.maxReadingsPerPair {
                for a in previous { for b in current { keys.append(pivot == .vietnamese ? a + " " + b : a + b) } }
            }
            previous = current.isEmpty ? nil : current
        }
        return unique(keys)
    }

    /// The keys of a Korean sentence in the Hangul pivot: each pair of adjacent syllables within a word that
    /// are both readings of basic educational Hanja (국방).
    func hangulKeys(_ sentence: String) -> [String] {
        var keys: [String] = []
        var previous: Character? = nil
        for character in sentence {
            guard readings.vietnameseOfHangul[character] != nil else {
                previous = nil
                continue
            }
            if let previous { keys.append(String(previous) + String(character)) }
            previous = character
        }
        return unique(keys)
    }
}
