import ArgumentParser
import Bitext
import Foundation

/// The glossary a `bitext glossary` subcommand reads or changes.
struct GlossaryFileOption: ParsableArguments {
    @Option(name: .customLong("file"), help: ArgumentHelp(
        "Glossary TSV file.",
        discussion: "Without it, reading commands see every glossary loaded (bundled, user, ./glossaries, $BITEXT_GLOSSARY) "
            + "and changing commands change ./glossaries/entities.tsv, or the user's under $XDG_DATA_HOME/bitext/glossaries."))
    var named: String?

    private var layers: GlossaryLayers { GlossaryLayers(environment: ProcessInfo.processInfo.environment) }

    /// The path messages name: the file named, else the one changing commands change.
    var path: String { named ?? layers.writableFile ?? "glossaries/entities.tsv" }

    /// What reading commands show: the file named, else every glossary loaded.
    func loadForReading() throws -> Glossary {
        let glossary = try named.map { try GlossaryFile(path: $0).load() } ?? layers.load()
        ProcessEnd.leave(glossary)
        return glossary
    }

    /// The files reading commands read, for refusing an output that would overwrite one of them.
    func readPaths() throws -> [String] {
        if let named { return [named] }
        return try layers.load().sources.filter { !$0.hasPrefix(GlossaryLayers.bundledPrefix) }
    }

    /// The file changing commands change; the user's file (and its folder) is created on first change,
    /// a file named with --file must exist unless `creating`.
    func changeable() throws -> (file: GlossaryFile, creating: Bool) {
        if let named { return (GlossaryFile(path: named), false) }
        guard let path = layers.writableFile else {
            throw BitextError.invalidArgument("no glossary to change: neither ./glossaries nor $HOME exists")
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        return (GlossaryFile(path: path), true)
    }

    /// Changes the glossary file under its lock (see `GlossaryFile.update`).
    func update<T>(creating: Bool = false, _ change: (inout Glossary) throws -> T) throws -> T {
        let (file, creatingDefault) = try changeable()
        return try file.update(creating: creating || creatingDefault, change)
    }

    /// An entry of a lower layer (the bundled glossary, the user's) that a change to the default file may
    /// take over: edited there, it overrides the lower one.
    func inherited(_ id: String) -> GlossaryEntry? {
        guard named == nil else { return nil }
        return (try? layers.load())?[id]
    }
}
