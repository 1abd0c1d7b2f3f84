import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove units by id or by filter, in one transaction.")

        @Argument(help: "Unit ids (as search, concordance and export show them).") var ids: [Int64] = []
        @OptionGroup var filter: MemoryFilterOptions
        @Option(name: .customLong("below-confidence"), help: "Units whose alignment confidence is under this.") var belowConfidence: Double?
        @Flag(help: "Remove every unit (needed when no id or filter is given).") var all = false
        @OptionGroup var memory: MemoryOptions

        func run() throws {
            try reportingErrors {
                let store = try memory.open(create: false)
                var f = try filter.filter()
                f.ids = ids
                f.belowConfidence = belowConfidence
                let removed = try store.remove(f, all: all)
                FileHandle.standardError.write(Data("bitext: \(removed) units removed\n".utf8))
            }
        }
    }
}
