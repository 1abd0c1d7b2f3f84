import ArgumentParser
import Bitext
import Foundation

/// The glossary file a command reads and writes.
struct GlossaryFileOption: ParsableArguments {
    @Option(name: .customLong("file"), help: "Glossary TSV file.") var path: String = "glossaries/entities.tsv"
    var file: GlossaryFile { GlossaryFile(path: path) }
}
