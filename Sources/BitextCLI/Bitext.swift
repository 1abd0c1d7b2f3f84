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
}
