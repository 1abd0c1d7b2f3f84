import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One unit with all its texts and origins.")

        @Argument(help: "Unit id.") var id: Int64
        @OptionGroup var memory: MemoryOptions

        func run() throws {
            try reportingErrors {
                guard let unit = try memory.open(create: false).unit(id) else { throw BitextError.invalidArgument("no unit #\(id) in \(memory.resolvedPath)") }
                var out = "#\(unit.id)  created \(unit.created)\(unit.creator.map { " by \($0)" } ?? ""), changed \(unit.changed)\n"
                for v in unit.variants { out += "  \(v.language): \(v.text)\n" }
                for o in unit.origins {
                    out += "  from: \(originLine(o))\n"
                    for p in o.props where p.count == 2 { out += "    prop \(p[0]) = \(p[1])\n" }
                    for n in o.notes { out += "    note: \(n)\n" }
                }
                FileHandle.standardOutput.write(Data(out.utf8))
            }
        }
    }
}
