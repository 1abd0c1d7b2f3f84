import ArgumentParser
import Bitext
import Foundation

@main
struct BitextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Sentence alignment of news articles across English, Korean, Vietnamese, Japanese and Chinese, with TMX export.",
        version: BitextVersion.current,
        subcommands: [Align.self, Segment.self, Split.self, Eval.self, Glossary.self, Check.self,
                      Memory.self, Batch.self, Review.self, Languages.self],
        defaultSubcommand: nil
    )

    /// Runs the command; an interrupted one (Ctrl-C, SIGTERM, SIGHUP) first removes the temporary files of
    /// the writes it had not finished. The review server handles its own signals and stops cleanly.
    static func main() async {
        let handlers = CommandLine.arguments.dropFirst().first != "review" ? InterruptCleanup.install() : []
        await main(nil)
        withExtendedLifetime(handlers) {}
    }
}
