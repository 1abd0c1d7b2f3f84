/// Byte scans over a text's UTF-8, run on its contiguous storage (native strings have one): the generic
/// `UTF8View` algorithms check an index at every byte, and a long file's scans were a share of loading.
enum UTF8Scan {
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Calls `body` with each line's bytes (the text split on the newline byte, the last line even when
    /// empty, as `split(omittingEmptySubsequences: false)` gives them).
    static func forEachLine(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            for k in 0..<bytes.count where bytes[k] == 0x0A {
                body(UnsafeBufferPointer(rebasing: bytes[start..<k]))
                start = k + 1
            }
            body(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
