import Testing
@testable import BitextAlignment

@Suite struct AlignmentScoreTests {
    typealias L = BeadsFormat.Link

    @Test func strictAndLaxAsInTheVecalignPaper() {
        let gold = [L(source: [], target: [0]), L(source: [0], target: [1]), L(source: [1, 2], target: [2]), L(source: [3], target: [3])]
        let test = [L(source: [0], target: [0, 1]), L(source: [1], target: [2]), L(source: [2], target: []), L(source: [3], target: [3])]
        let s = AlignmentScore.score(gold: gold, test: test)
        // strict: only [3]:[3] is identical; 3 test beads and 3 gold beads without nulls.
        #expect(s.strict.truePositives == 1 && s.strict.testCount == 3 && s.strict.goldCount == 3)
        #expect(abs(s.strict.f1 - 1.0 / 3.0) < 1e-9)
        // lax pairs: test {(0,0),(0,1),(1,2),(3,3)}, gold {(0,1),(1,2),(2,2),(3,3)}: 3 shared.
        #expect(s.lax.truePositives == 3 && s.lax.testCount == 4 && s.lax.goldCount == 4)
    }

    @Test func includeNullCountsInsertionsAndDeletions() {
        let gold = [L(source: [], target: [0]), L(source: [0], target: [1]), L(source: [1], target: [])]
        // The test misses the deletion (source 1 joins the link) but has the insertion.
        let test = [L(source: [], target: [0]), L(source: [0, 1], target: [1])]
        let with = AlignmentScore.score(gold: gold, test: test, includeNull: true)
        #expect(with.strict.truePositives == 1 && with.strict.testCount == 2 && with.strict.goldCount == 3)
        let without = AlignmentScore.score(gold: gold, test: test)
        #expect(without.strict.truePositives == 0 && without.strict.testCount == 1 && without.strict.goldCount == 1)
    }

    @Test func microAverageAddsCounts() {
        let a = AlignmentScore.score(gold: [L(source: [0], target: [0])], test: [L(source: [0], target: [0])])
        let b = AlignmentScore.score(gold: [L(source: [0], target: [0])], test: [L(source: [0], target: [1])])
        let total = a + b
        #expect(total.strict.truePositives == 1 && total.strict.testCount == 2)
        #expect(total.strict.precision == 0.5)
    }
}
