import Foundation

/// Reads a text file line by line without loading it.
struct LineReader {
    let path: String

    func forEach(_ body: (String) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BitextError.fileNotFound(path) }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 10) {
                try body(String(decoding: pending[start..<newline], as: UTF8.self))
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try body(String(decoding: pending, as: UTF8.self)) }
    }
}
