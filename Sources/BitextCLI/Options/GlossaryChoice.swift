import ArgumentParser
import Bitext
import Foundation

/// Which glossaries a command uses: --glossary, else $BITEXT_GLOSSARY, else ./glossaries if present.
struct GlossaryChoice: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "Glossary TSV file or folder (repeatable).") var glossaries: [String] = []
    @Flag(name: .customLong("no-glossary"), help: "Use no glossary at all.") var noGlossary = false

    func load() throws -> Glossary? {
        let paths = noGlossary ? [] : (glossaries.isEmpty ? GlossaryLoader.defaultPaths(environment: ProcessInfo.processInfo.environment) : glossaries)
        return paths.isEmpty ? nil : try GlossaryLoader().load(paths)
    }
}
