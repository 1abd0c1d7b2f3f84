import BitextText
import Foundation

/// The folder a batch's paths must stay inside (`--root`): a manifest or a stream of requests that comes from
/// elsewhere cannot make Bitext read `../../etc/shadow` into a TMX. Paths are compared after `..` and
/// symbolic links are resolved, so neither a relative climb nor a link out of the folder gets through.
public struct ManifestRoot: Sendable, Equatable {
    public let folder: String

    public init(_ folder: String) throws {
        guard let resolved = Self.resolved(folder) else { throw BitextError.fileNotFound(folder) }
        guard FileKind.isFolder(resolved) else {
            throw BitextError.invalidArgument("--root \(folder) is not a folder")
        }
        self.folder = resolved
    }

    /// The pair as it is, or failing (reported and skipped) when a path leaves the folder.
    public func check(_ pair: BatchPair) -> BatchPair {
        var checked = pair
        for path in [pair.source, pair.target].compactMap({ $0 }) where !contains(path) {
            checked.problem = checked.problem ?? "\(path): outside --root \(folder); not read"
        }
        return checked
    }

    public func contains(_ path: String) -> Bool {
        guard let resolved = Self.resolved(path) else { return false }
        return resolved == folder || resolved.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// The absolute path with `.`, `..` and links resolved; a file that does not exist yet resolves through
    /// its folder.
    static func resolved(_ path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let real = realpath(absolute, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let parent = (absolute as NSString).deletingLastPathComponent
        guard parent != absolute, let folder = resolved(parent) else { return nil }
        return (folder as NSString).appendingPathComponent((absolute as NSString).lastPathComponent)
    }
}
