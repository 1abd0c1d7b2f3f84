/// Whether a word can be one Vietnamese syllable: an initial consonant (or none), a run of vowels, a final
/// consonant (or none), as Vietnamese spells them, with or without its diacritics: `Trần`, `Tran`, `Quang`,
/// `Nguyễn` (and `Kim`), but not `Jong`, `Park` or `Hegseth`.
enum VietnameseSyllable {
    static let initials: Set<String> = ["", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                                        "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
    static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    static func isSyllable(_ word: Substring) -> Bool {
        // Folded (đ → d, ư → u): the shape of the syllable is what counts.
        let letters = Array(LatinFolding.fold(word).lowercased())
        guard (1...7).contains(letters.count), letters.allSatisfy({ $0.isLetter }) else { return false }
        guard let firstVowel = letters.firstIndex(where: vowels.contains) else { return false }
        var end = firstVowel
        while end < letters.count && vowels.contains(letters[end]) { end += 1 }
        // At most three vowels in a row (`uyê`, `ươi`), and "gi"/"qu" may lend their vowel to the initial.
        guard end - firstVowel <= 3 else { return false }
        let initial = String(letters[..<firstVowel])
        // "qu" is an initial whose u the vowels run starts with.
        let known = initials.contains(initial) || initial == "q" && letters[firstVowel] == "u"
        return known && finals.contains(String(letters[end...]))
    }
}
