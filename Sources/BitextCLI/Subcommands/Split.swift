import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "split",
            abstract: "Split a file holding two languages one after the other into one file per language.",
            discussion: "Writes PREFIX.LANG.txt for each part (PREFIX defaults to the file's path without extension).")

        @Argument(help: "Text file holding two languages.") var file: String
        @Option(help: "Path prefix of the files written.") var prefix: String?
        @OptionGroup var input: InputOptions

        func run() throws {
            try reportingErrors {
                let document = try input.loader.load(file)
                let (a, b) = try LanguageSplitter().split(document)
                let base = prefix ?? ((file as NSString).deletingPathExtension)
                for part in [a, b] {
                    let path = "\(base).\(part.language.tag).txt"
                    let header = part.date.map { "date \($0)\n" } ?? ""
                    try AtomicFile.write(header + part.paragraphs.joined(separator: "\n") + "\n", to: path)
                    print(path)
                }
            }
        }
    }
}
