import Foundation

/// Reads a text file line by line without loading it.
package struct LineReader {
    let path: String

    package init(path: String) { self.path = path }

    package func forEach(_ body: (String) throws -> Void) throws {
        try forEachLine { try body(String(decoding: $0, as: UTF8.self)) }
    }

    /// The lines' bytes, without their line feeds (valid during the call only).
    package func forEachLine(_ body: (ArraySlice<UInt8>) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BitextError.fileNotFound(path) }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 10) {
                try body(pending[start..<newline])
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try body(pending[...]) }
    }
}
