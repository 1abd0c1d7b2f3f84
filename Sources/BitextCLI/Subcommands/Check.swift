import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Name QA: align, then report names rendered in a form the glossary does not accept.",
            discussion: "Exit status 0 when nothing is found, 3 when issues are reported, 1 on an error.")

        @Argument(help: "SOURCE [TARGET]; one file holding two languages is split.") var files: [String]
        @Option(name: .customLong("src-lang"), help: "Source language (BCP 47); detected when omitted.") var srcLang: String?
        @Option(name: .customLong("tgt-lang"), help: "Target language (BCP 47); detected when omitted.") var tgtLang: String?
        @Option(name: .customLong("glossary"), help: "Glossary TSV file or folder laid over the bundled one and the others (repeatable).") var glossaries: [String] = []
        @Flag(help: "Input already has one sentence per line.") var presegmented = false
        @OptionGroup var input: InputOptions

        func validate() throws {
            guard (1...2).contains(files.count) else { throw ValidationError("give SOURCE [TARGET]") }
        }

        func run() throws {
            var count = 0
            try reportingErrors {
                let loader = input.loader
                let (src, tgt) = try loadPair(files, srcLang: srcLang, tgtLang: tgtLang, presegmented: presegmented, loader: loader)
                let glossary = try GlossaryLayers(environment: ProcessInfo.processInfo.environment).load(named: glossaries)
                let alignment = try AlignmentPipeline(glossary: glossary, presegmented: presegmented).align(src, tgt, mode: .auto)
                let issues = NameChecker(glossary: glossary, matcher: try NameMatcher()).check(alignment)
                for i in issues {
                    print("\(i.side) sentence \(i.sentence): '\(i.found)' is not an accepted form of \(i.entity); expected '\(i.expected)'")
                    if !i.sourceText.isEmpty { print("  \(src.language.tag): \(i.sourceText)") }
                    if !i.targetText.isEmpty { print("  \(tgt.language.tag): \(i.targetText)") }
                }
                count = issues.count
            }
            if count > 0 { throw ExitCode(3) }
        }
    }
}
