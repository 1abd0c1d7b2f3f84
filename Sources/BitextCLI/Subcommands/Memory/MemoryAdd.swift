import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Align two documents (or one file holding two languages) and store the units in the memory.")

        @Argument(help: "SOURCE [TARGET] (UTF-8, '-' for standard input).") var files: [String]
        @OptionGroup var aligning: AlignmentOptions
        @Option(name: .customLong("min-confidence"), help: "Store only beads with at least this confidence.") var minConfidence: Double = 0
        @OptionGroup var memory: MemoryOptions

        func validate() throws {
            guard (1...2).contains(files.count) else { throw ValidationError("give SOURCE and TARGET, or one file holding both languages") }
            guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        }

        func run() throws {
            try reportingErrors {
                let alignment = try aligning.alignPair(files)
                let store = try memory.open(create: true)
                memory.report(try store.add(MemoryEntry.entries(from: alignment, minConfidence: minConfidence, user: memory.resolvedUser)))
            }
        }
    }
}
