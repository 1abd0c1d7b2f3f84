import ArgumentParser
import Bitext
import Foundation

/// Two texts judged not to tell the same story: nothing is written or stored, and the exit status is its own
/// (4), so that scripts can tell it from bad input (1) and from QA findings (3).
struct UnrelatedTexts: Error, CustomStringConvertible {
    static let exitStatus: Int32 = 4
    var source: String
    var target: String
    var verdict: PairVerdict

    var description: String {
        "\(source) and \(target) do not tell the same story (\(verdict.linkedSentences) of \(verdict.sentences) sentences linked by names, numbers or cognates); nothing written (--force writes it anyway)"
    }
}
