import BitextText
import Foundation

/// The batch report: one JSON line per pair, appended (and flushed) as each pair finishes, so that a
/// batch that was stopped can be resumed from it.
public final class BatchReport {
    public let path: String
    private let handle: FileHandle
    private let encoder: JSONEncoder

    public init(path: String, append: Bool) throws {
        self.path = path
        let fm = FileManager.default
        if !append || !fm.fileExists(atPath: path) {
            guard fm.createFile(atPath: path, contents: nil) else { throw BitextError.writeFailed(path, reason: "cannot create") }
        }
        guard let h = FileHandle(forWritingAtPath: path) else { throw BitextError.writeFailed(path, reason: "cannot open") }
        handle = h
        try handle.seekToEnd()
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    deinit { try? handle.close() }

    public func append(_ line: BatchReportLine) throws {
        var data = try encoder.encode(line)
        data.append(10)
        do { try handle.write(contentsOf: data) } catch { throw BitextError.writeFailed(path, reason: "\(error)") }
    }

    /// Ids of the pairs an earlier report lists as done: aligned, or judged not the same story (unreadable lines are ignored).
    public static func doneIDs(at path: String) -> Set<String> {
        var ids = Set<String>()
        try? LineReader(path: path).forEach { line in
            if let entry = try? JSONDecoder().decode(BatchReportLine.self, from: Data(line.utf8)), entry.status == "ok" || entry.status == "unrelated" { ids.insert(entry.id) }
        }
        return ids
    }
}
