import BitextText
import BitextNames

/// Precision and recall of the name matcher on labelled pairs (`lang_a form_a lang_b form_b same …` TSV).
public struct NamePairScore: Sendable, Equatable {
    public var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0
    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }

    /// Scores every row; rows whose note has `split=NAME` are kept only when `split` is that name (nil: all).
    public static func evaluate(tsv: String, name: String, matcher: NameMatcher, threshold: Double = NameMatcher.threshold,
                                split: String? = nil) throws -> (score: NamePairScore, errors: [String]) {
        var score = NamePairScore()
        var errors: [String] = []
        for (n, line) in tsv.split(separator: "\n").enumerated() where n > 0 {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count >= 5, let same = Int(c[4]) else { throw BitextError.malformed(name, line: n + 1, reason: "expected lang_a form_a lang_b form_b same") }
            if let split, c.count > 5, !c[5].contains("split=\(split)") { continue }
            let m = matcher.match(c[1], try? LanguageCode(c[0]), c[3], try? LanguageCode(c[2]))
            switch (m.score >= threshold, same == 1) {
            case (true, true): score.truePositives += 1
            case (true, false): score.falsePositives += 1; errors.append("false match \(String(format: "%.3f", m.score)): \(c[1]) ~ \(c[3]) (\(m.left) ~ \(m.right))")
            case (false, true): score.falseNegatives += 1; errors.append("missed \(String(format: "%.3f", m.score)): \(c[1]) ~ \(c[3]) (\(m.left) ~ \(m.right))")
            case (false, false): score.trueNegatives += 1
            }
        }
        return (score, errors)
    }
}
