import Foundation

/// Byte scans over a text's UTF-8, run on its contiguous storage (native strings have one): the generic
/// `UTF8View` algorithms check an index at every byte, and a long file's scans were a share of loading.
package enum UTF8Scan {
    @inlinable static func contains(_ text: String, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    /// Whether two byte buffers hold the same bytes (one `memcmp`; the generic `elementsEqual` goes
    /// byte by byte through iterators).
    @inlinable package static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// Whether two texts have the same UTF-8 bytes.
    @inlinable static func same(_ a: String, _ b: String) -> Bool {
        let result: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in b.utf8.withContiguousStorageIfAvailable { same(x, $0) } }
        return (result ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    @inlinable package static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Calls `body` with each line's bytes (the text split on the newline byte, the last line even when
    /// empty, as `split(omittingEmptySubsequences: false)` gives them).
    @inlinable static func forEachLine(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
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
