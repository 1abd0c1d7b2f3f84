import Testing
@testable import BitextMemory

@Suite struct FuzzyScoreTests {
    func score(_ a: String, _ b: String, language: String = "en") -> Int {
        let t = WordTokenizer()
        return FuzzyScore.percent(queryText: a, queryWords: t.words(a, language: language), candidateText: b, candidateWords: t.words(b, language: language))
    }

    @Test func sameTextIs100AfterNormalisation() {
        #expect(score("The talks resumed.", "The talks resumed.") == 100)
        #expect(score("The  talks\nresumed. ", "The talks resumed.") == 100)
        // NFD against NFC is the same text.
        #expect(score("Hà Nội", "Ha\u{300} No\u{323}\u{302}i", language: "vi") == 100)
    }

    @Test func sameWordsWithOtherCaseOrPunctuationIs99() {
        #expect(score("the talks resumed", "The talks resumed.") == 99)
    }

    @Test func handComputedWordEditDistances() {
        // One word of six substituted: floor(100 × 5/6) = 83.
        #expect(score("The cat sat on the mat", "The cat sat on a mat") == 83)
        // Four words inserted into four: d = 4, longer has 8: 50.
        #expect(score("a b c d", "a b c d e f g h") == 50)
        // Korean eojeol are the words: one of three differs (particle), floor(200/3) = 66.
        #expect(score("국방부 장관이 말했다", "국방부 장관은 말했다", language: "ko") == 66)
        // Word order matters: a swap is two substitutions of four words: 50.
        #expect(score("Seoul and Tokyo agreed", "Tokyo and Seoul agreed") == 50)
        #expect(score("nothing in common", "completely different words here") == 0)
    }

    @Test func editDistanceCounts() {
        #expect(FuzzyScore.editDistance(["a", "b"], []) == 2)
        #expect(FuzzyScore.editDistance(["a", "b", "c"], ["a", "x", "c", "d"]) == 2)
        #expect(FuzzyScore.editDistance(["k", "i", "t", "t", "e", "n"], ["s", "i", "t", "t", "i", "n", "g"]) == 3)
    }

    @Test func cutOffReportsZeroBelowTheMinimum() {
        let t = WordTokenizer()
        let q = FuzzyScore.Query(text: "a b c d e f g h i j", words: t.words("a b c d e f g h i j", language: "en"), minimum: 80)
        #expect(q.percent(candidateText: "a b c d e f g h x y", candidateWords: ["a", "b", "c", "d", "e", "f", "g", "h", "x", "y"]) == 80)
        #expect(q.percent(candidateText: "a b c d e f g x y z", candidateWords: ["a", "b", "c", "d", "e", "f", "g", "x", "y", "z"]) == 0)
    }

    @Test func candidateBoundsFollowFromTheMinimum() {
        // n = 20 at 70%: a candidate may lack floor(20 × 30 / 70) = 8 distinct words.
        #expect(FuzzyScore.missingWordBound(queryWordCount: 20, minimum: 70) == 8)
        #expect(FuzzyScore.wordRange(10, minimum: 70) == 7...14)
        #expect(FuzzyScore.wordRange(20, minimum: 100) == 20...20)
    }
}

@Suite struct CandidatePlanTests {
    @Test func rarestWordsEnoughForTheMinimumMakeAnExactPlan() {
        // 10 words at 70%: a match lacks at most floor(10 × 30/70) = 4 distinct words, so 5 are read.
        let words = (0..<10).map { (term: "w\($0)", count: 10 * ($0 + 1)) }
        let plan = CandidatePlan.make(words: words, queryWordCount: 10, minimum: 70, maxCandidates: 2000, commonAbove: 5000)
        #expect(plan == CandidatePlan(terms: ["w0", "w1", "w2", "w3", "w4"], exact: true, rank: false))
        #expect(plan.query == "\"w0\" OR \"w1\" OR \"w2\" OR \"w3\" OR \"w4\"")
        // More expected matches than are scored: rank them.
        let busy = CandidatePlan.make(words: words, queryWordCount: 10, minimum: 70, maxCandidates: 100, commonAbove: 5000)
        #expect(busy.rank && busy.exact)
    }

    @Test func commonWordsAreLeftOutAndThePlanSaysItIsNoLongerExact() {
        let words = [(term: "the", count: 5001), (term: "ruby", count: 40), (term: "in", count: 5001), (term: "homes", count: 700)]
        let plan = CandidatePlan.make(words: words, queryWordCount: 4, minimum: 50, maxCandidates: 2000, commonAbove: 5000)
        #expect(plan == CandidatePlan(terms: ["homes", "ruby"], exact: false, rank: false))
        let exhaustive = CandidatePlan.make(words: words, queryWordCount: 4, minimum: 50, maxCandidates: 2000, commonAbove: 5000, exhaustive: true)
        #expect(exhaustive == CandidatePlan(terms: ["homes", "in", "ruby", "the"], exact: true, rank: false))
        let allCommon = CandidatePlan.make(words: [(term: "the", count: 5001), (term: "it", count: 5001)], queryWordCount: 2, minimum: 70,
                                           maxCandidates: 2000, commonAbove: 5000)
        #expect(allCommon == CandidatePlan(terms: ["it"], exact: false, rank: true))
    }
}
