import ArgumentParser
import Bitext
import Foundation

/// A format name given with --format: one of the registry's, which completions and --help list.
struct FormatName: ExpressibleByArgument {
    var name: String

    init?(argument: String) {
        guard ExporterRegistry.standard.exporter(named: argument) != nil else { return nil }
        name = argument
    }

    static var allValueStrings: [String] { ExporterRegistry.standard.names }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
