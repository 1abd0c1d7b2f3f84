import BitextText
import Foundation

/// Where glossaries come from when a command names none. The glossary that ships with Bitext is always
/// loaded; a user's folder, the project's `./glossaries` and `$BITEXT_GLOSSARY` are laid over it in that
/// order, and the files a command names over all of them. An upper layer wins: its entry replaces a
/// lower one with the same id, and a form it claims is taken from the lower entity that had it.
public struct GlossaryLayers: Sendable {
    /// The process's environment (`XDG_DATA_HOME`, `HOME`, `BITEXT_GLOSSARY`).
    public let environment: [String: String]
    /// The folder `./glossaries` is looked for in.
    public let currentDirectory: String

    public init(environment: [String: String], currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.environment = environment
        self.currentDirectory = currentDirectory
    }

    /// The name the bundled glossary's files carry in messages and reports.
    public static let bundledPrefix = "bundled:"

    /// The user's own glossary folder: `$XDG_DATA_HOME/bitext/glossaries`, else `~/.local/share/bitext/glossaries`.
    public var userFolder: String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/bitext/glossaries" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/bitext/glossaries"
    }

    /// The project's glossary folder, when the current folder has one: `glossaries` relative to the process's
    /// own folder (as messages name it), else under `currentDirectory`.
    public var projectFolder: String? {
        let path = (currentDirectory as NSString).appendingPathComponent("glossaries")
        guard FileKind.isFolder(path) else { return nil }
        return currentDirectory == FileManager.default.currentDirectoryPath ? "glossaries" : path
    }

    /// The paths of `$BITEXT_GLOSSARY` (colon-separated).
    public var environmentPaths: [String] {
        (environment["BITEXT_GLOSSARY"] ?? "").split(separator: ":").map(String.init)
    }

    /// The layers above the bundled glossary, lowest first: each a list of files or folders.
    public func userLayers(named: [String] = []) -> [[String]] {
        var layers: [[String]] = []
        if let user = userFolder, FileKind.isFolder(user) { layers.append([user]) }
        if let project = projectFolder { layers.append([project]) }
        if !environmentPaths.isEmpty { layers.append(environmentPaths) }
        if !named.isEmpty { layers.append(named) }
        return layers
    }

    /// The bundled glossary, then every layer above it, then the named files.
    public func load(named: [String] = []) throws -> Glossary {
        try load(named: named, over: Self.bundled())
    }

    /// The layers above the bundled glossary only: the user's own terminology.
    public func loadOwn(named: [String] = []) throws -> Glossary {
        try load(named: named, over: Glossary())
    }

    func load(named: [String], over base: Glossary) throws -> Glossary {
        var glossary = base
        for layer in userLayers(named: named) {
            glossary = try glossary.overlaid(by: GlossaryLoader().load(layer))
        }
        return glossary
    }

    /// The file that `glossary add`, `edit`, `import` and `extract --accept` change when none is named:
    /// the project's `entities.tsv` when the current folder has `glossaries/`, else the user's.
    public var writableFile: String? {
        if let project = projectFolder { return project + "/entities.tsv" }
        return userFolder.map { $0 + "/entities.tsv" }
    }

    /// The glossary that ships with Bitext (entities, then standing terms).
    public static func bundled() throws -> Glossary {
        var glossary = Glossary()
        for name in ["entities.tsv", "terms.tsv"] {
            let origin = bundledPrefix + name
            guard let url = Bundle.module.url(forResource: "Resources/Glossaries/" + name, withExtension: nil),
                  let data = try? Data(contentsOf: url) else {
                throw BitextError.unreadable(origin, reason: "the bundled glossary is missing (install the .resources folders beside the binary)")
            }
            try glossary.merge(Glossary(tsv: String(decoding: data, as: UTF8.self), origin: origin), origin: origin)
        }
        return glossary
    }
}
