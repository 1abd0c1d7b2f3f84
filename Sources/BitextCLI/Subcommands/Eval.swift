import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score test alignments against gold ones: strict and lax precision, recall and F1.",
            discussion: """
            Give GOLD TEST pairs of files (several pairs are micro-averaged), or two folders whose files are \
            paired by name. Insertions and deletions are left out of the score unless --include-null is given.
            """)

        @Argument(help: "GOLD TEST [GOLD TEST …], or GOLD-FOLDER TEST-FOLDER.") var paths: [String]
        @Flag(name: .customLong("include-null"), help: "Count 1-0 and 0-1 beads too (the MAC-Test metric).") var includeNull = false

        func validate() throws {
            guard !paths.isEmpty, paths.count % 2 == 0 else { throw ValidationError("give pairs of GOLD TEST paths") }
        }

        func run() throws {
            try reportingErrors {
                let loader = DocumentLoader()
                var total = AlignmentScore.zero
                for (gold, test) in try pairs() {
                    let g = try BeadsFormat.parse(loader.text(at: gold), name: gold)
                    let t = try BeadsFormat.parse(loader.text(at: test), name: test)
                    total = total + AlignmentScore.score(gold: g, test: t, includeNull: includeNull)
                }
                print(BitextCommand.Eval.table(total))
            }
        }

        func pairs() throws -> [(String, String)] {
            var result: [(String, String)] = []
            for k in stride(from: 0, to: paths.count, by: 2) {
                let (gold, test) = (paths[k], paths[k + 1])
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: gold, isDirectory: &isDir), isDir.boolValue {
                    let names = try FileManager.default.contentsOfDirectory(atPath: gold).filter { !$0.hasPrefix(".") }.sorted()
                    for name in names {
                        let testPath = (test as NSString).appendingPathComponent(name)
                        guard FileManager.default.fileExists(atPath: testPath) else { throw BitextError.fileNotFound(testPath) }
                        result.append(((gold as NSString).appendingPathComponent(name), testPath))
                    }
                } else {
                    result.append((gold, test))
                }
            }
            return result
        }

        static func table(_ s: AlignmentScore) -> String {
            let f = { (v: Double) in String(format: "%.3f", v) }
            return """
                    precision  recall  F1
            strict  \(f(s.strict.precision))      \(f(s.strict.recall))   \(f(s.strict.f1))
            lax     \(f(s.lax.precision))      \(f(s.lax.recall))   \(f(s.lax.f1))
            """
        }
    }
}
