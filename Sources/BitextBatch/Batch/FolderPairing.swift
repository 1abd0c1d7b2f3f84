import BitextText
import Foundation

/// Pairs the files of two folders by name, as a translator keeps a job: `a/story.txt` with `b/story.txt`,
/// or, when the names carry their language, `story.en.txt` with `story.ko.txt` (also `story_en.txt`,
/// `story-en.txt`, for the languages Bitext has a profile for). Hidden files and subfolders are left out.
public struct FolderPairing: Sendable, Equatable {
    public var pairs: [BatchPair]
    /// Files of either folder that nothing in the other pairs with, by path.
    public var unpaired: [String]

    public init(source: String, target: String) throws {
        let sourceNames = try Self.files(in: source), targetNames = try Self.files(in: target)
        var pairs: [BatchPair] = [], unpaired: [String] = []
        var targetLeft = Set(targetNames)
        var sourceLeft: [String] = []
        for name in sourceNames {
            if targetLeft.remove(name) != nil {
                pairs.append(BatchPair(id: Self.stem(name), source: source + "/" + name, target: target + "/" + name))
            } else {
                sourceLeft.append(name)
            }
        }
        // Then names that differ only by a language part, when that leaves one candidate on each side.
        let targetByKey = Dictionary(grouping: targetLeft, by: Self.keyWithoutLanguage)
        let sourceByKey = Dictionary(grouping: sourceLeft, by: Self.keyWithoutLanguage)
        for name in sourceLeft {
            let key = Self.keyWithoutLanguage(name)
            if key != name, sourceByKey[key]?.count == 1, let match = targetByKey[key], match.count == 1 {
                pairs.append(BatchPair(id: key.isEmpty ? Self.stem(name) : Self.stem(key), source: source + "/" + name, target: target + "/" + match[0]))
                targetLeft.remove(match[0])
            } else {
                unpaired.append(source + "/" + name)
            }
        }
        unpaired += targetLeft.sorted().map { target + "/" + $0 }
        self.pairs = pairs.sorted { $0.id < $1.id }
        for k in self.pairs.indices { self.pairs[k].line = k + 1 }
        self.unpaired = unpaired
    }

    /// The visible regular files of a folder, by name.
    static func files(in folder: String) throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch { throw BitextError.unreadable(folder, reason: "cannot list the folder") }
        return names.filter { name in
            !name.hasPrefix(".") && FileManager.default.fileExists(atPath: folder + "/" + name) && !FileKind.isFolder(folder + "/" + name)
        }.sorted()
    }

    /// The name without its extension.
    static func stem(_ name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    /// The name with a language part before the extension taken out: `story.en.txt`, `story_ko.txt` → `story.txt`.
    static func keyWithoutLanguage(_ name: String) -> String {
        let ext = (name as NSString).pathExtension
        let stem = Self.stem(name)
        guard let cut = stem.lastIndex(where: { $0 == "." || $0 == "_" || $0 == "-" }) else { return name }
        let tag = String(stem[stem.index(after: cut)...])
        guard LanguageProfiles.shipped[tag.lowercased()] != nil else { return name }
        return String(stem[..<cut]) + (ext.isEmpty ? "" : "." + ext)
    }
}
