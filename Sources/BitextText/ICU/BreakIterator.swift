import CICUShim

/// Errors raised by the ICU layer.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Owns one ICU break iterator. Not thread-safe (ICU iterators are stateful): create one per task.
package final class BreakIterator {
    package enum Kind { case sentence, word }

    private let handle: OpaquePointer

    package init(kind: Kind, locale: String) throws {
        var err = [CChar](repeating: 0, count: 256)
        let kindCode = kind == .word ? Int32(BX_BREAK_WORD) : Int32(BX_BREAK_SENTENCE)
        guard let h = bx_breaker_open(kindCode, locale, &err, err.count) else {
            throw ICUError(description: "ICU break iterator for \(locale): \(cStringBuffer(err))")
        }
        handle = h
    }

    deinit { bx_breaker_close(handle) }

    /// Boundaries in UTF-16 offsets, with the rule status of the segment ending at each.
    package func boundaries(of utf16: [UInt16]) -> (offsets: [Int32], status: [Int32]) {
        var cap = Int32(max(16, utf16.count / 8 + 2))
        while true {
            var out = [Int32](repeating: 0, count: Int(cap))
            var status = [Int32](repeating: 0, count: Int(cap))
            let n = utf16.withUnsafeBufferPointer { buf in
                bx_breaker_boundaries(handle, buf.baseAddress, Int32(buf.count), &out, &status, cap)
            }
            if n == Int32.min { return ([0, Int32(utf16.count)], [0, 0]) }
            if n >= 0 { return (Array(out.prefix(Int(n))), Array(status.prefix(Int(n)))) }
            cap = -n
        }
    }
}
