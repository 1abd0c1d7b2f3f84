import ArgumentParser
import Bitext
import Foundation

/// Which glossaries a command uses: the bundled one with the user's, ./glossaries and $BITEXT_GLOSSARY
/// laid over it, and --glossary over all of them; none with --no-glossary.
struct GlossaryChoice: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "Glossary TSV file or folder laid over the others (repeatable).")
    var glossaries: [String] = []
    @Flag(name: .customLong("no-glossary"), help: "Use no glossary at all, not even the bundled one.") var noGlossary = false
    @Flag(help: "Name the glossaries used on standard error.") var verbose = false

    func load() throws -> Glossary? {
        guard !noGlossary else {
            if verbose { FileHandle.standardError.write(Data("bitext: glossaries: none (--no-glossary)\n".utf8)) }
            return nil
        }
        let glossary = try GlossaryLayers(environment: ProcessInfo.processInfo.environment).load(named: glossaries)
        if verbose {
            let line = "bitext: glossaries: \(glossary.sources.joined(separator: ", ")) (\(glossary.entries.count) entries)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        ProcessEnd.leave(glossary)
        return glossary
    }
}
