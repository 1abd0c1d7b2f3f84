import Foundation

/// Read-only data files shipped with the library (segmentation exceptions, number words, stop words).
package enum Resources {
    package static func text(_ relativePath: String) -> String {
        guard let url = Bundle.module.url(forResource: "Resources/" + relativePath, withExtension: nil),
              let data = try? Data(contentsOf: url) else {
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The names of the folders inside a resource folder, sorted.
    package static func folders(_ relativePath: String) -> [String] {
        guard let url = Bundle.module.url(forResource: "Resources/" + relativePath, withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        return names.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    /// Non-comment, non-blank lines of a data file.
    package static func lines(_ relativePath: String) -> [Substring] {
        text(relativePath).split(separator: "\n").filter {
            let t = $0.drop { $0 == " " }
            return !t.isEmpty && !t.hasPrefix("#")
        }
    }

    /// `KEY<TAB>value value …` rows as a dictionary of word lists.
    package static func table(_ relativePath: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for line in lines(relativePath) {
            let cols = line.split(separator: "\t", maxSplits: 1)
            guard cols.count == 2 else { continue }
            result[String(cols[0]), default: []] += cols[1].split(separator: " ").map(String.init)
        }
        return result
    }
}
