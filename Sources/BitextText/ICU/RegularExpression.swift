import CICUShim

/// One compiled ICU regular expression, searched over UTF-16 text the caller converts once for many
/// patterns (Foundation's NSRegularExpression converted the line again for every pattern). Not
/// thread-safe (ICU matchers are stateful): one per task.
final class RegularExpression {
    private let handle: OpaquePointer

    init(_ pattern: String, caseInsensitive: Bool) throws {
        var err = [CChar](repeating: 0, count: 256)
        let units = Array(pattern.utf16)
        guard let h = units.withUnsafeBufferPointer({ bx_regex_open($0.baseAddress, Int32($0.count), caseInsensitive ? 1 : 0, &err, err.count) }) else {
            throw ICUError(description: "regular expression \(pattern): \(cStringBuffer(err))")
        }
        handle = h
    }

    deinit { bx_regex_close(handle) }

    /// Whether the expression matches somewhere in the text.
    func matches(in utf16: UnsafeBufferPointer<UInt16>) -> Bool { find(utf16, atStart: false) }

    /// Whether a match starts at the text's start (ICU's lookingAt): for a pattern anchored with `^`,
    /// what `matches` says, without a search's set-up.
    func matchesAtStart(of utf16: UnsafeBufferPointer<UInt16>) -> Bool { find(utf16, atStart: true) }

    private func find(_ utf16: UnsafeBufferPointer<UInt16>, atStart: Bool) -> Bool {
        // ICU refuses a null text: an empty one is given as a pointer to nothing.
        guard let base = utf16.baseAddress else {
            return RegularExpression.empty.withUnsafeBufferPointer { bx_regex_find(handle, $0.baseAddress, 0, atStart ? 1 : 0) == 1 }
        }
        return bx_regex_find(handle, base, Int32(utf16.count), atStart ? 1 : 0) == 1
    }

    private static let empty: [UInt16] = [0]
}
