import BitextText

/// The UTF-8 of a glossary file, cut into lines, cells and forms as byte ranges: only the values an entry
/// keeps become strings (a glossary of a hundred thousand rows has about a million cells and forms).
/// Valid while the buffer it reads is: inside `String.withUTF8`.
struct GlossaryBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Every line, without its line feed and a carriage return before it; as many as line feeds plus one.
    func lines() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for k in 0..<bytes.count where bytes[k] == 0x0A {
            out.append(start..<(k > start && bytes[k - 1] == 0x0D ? k - 1 : k))
            start = k + 1
        }
        out.append(start..<bytes.count)
        return out
    }

    /// The pieces of `range` between `separator` bytes (a tab, a bar), each trimmed of white space.
    func pieces(_ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        for k in range where bytes[k] == separator {
            out.append(trimmed(start..<k))
            start = k + 1
        }
        out.append(trimmed(start..<range.upperBound))
        return out
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func starts(_ range: Range<Int>, with byte: UInt8) -> Bool {
        !range.isEmpty && bytes[range.lowerBound] == byte
    }

    /// Without white space at its ends: ASCII white space as bytes; text that starts or ends with another
    /// scalar that could be or hold white space (a no-break or ideographic space) is trimmed by characters.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while lower < upper, space(bytes[lower]) { lower += 1 }
        while upper > lower, space(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper, bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 else { return lower..<upper }
        var lead = upper - 1
        while lead > lower, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        if let first = string(lower..<min(upper, lower + 4)).unicodeScalars.first, !first.properties.isWhitespace,
           let last = string(lead..<upper).unicodeScalars.first, Glossary.closesItsOwnCluster(last) {
            return lower..<upper
        }
        let text = string(lower..<upper)
        let kept = Substring(text).trimmingSpaces
        let head = text.utf8.distance(from: text.utf8.startIndex, to: kept.utf8.startIndex)
        return (lower + head)..<(lower + head + kept.utf8.count)
    }
}
