import BitextText
import Foundation

/// Reads glossary files: a `.tsv` file, or every `.tsv` file of a folder, in name order.
public struct GlossaryLoader: Sendable {
    public init() {}

    public func load(_ paths: [String]) throws -> Glossary {
        var glossary = Glossary()
        for path in paths {
            for file in try files(at: path) {
                let text = try GlossaryFile.text(at: file)
                try glossary.merge(Glossary(tsv: text, origin: file), origin: file)
            }
        }
        return glossary
    }

    func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw BitextError.fileNotFound(path) }
        guard isDirectory.boolValue else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".tsv") }.sorted()
        return names.map { (path as NSString).appendingPathComponent($0) }
    }
}
