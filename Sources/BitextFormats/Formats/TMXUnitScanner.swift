import BitextText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a TMX file that is not well-formed one `<tu>…</tu>` at a time, so that the units around
/// the damage can still be imported. Each fragment is parsed on its own (no DTD, no entities beyond
/// XML's five); a fragment that does not parse is listed with its line and column. Streams the file.
public struct TMXUnitScanner {
    public let url: URL
    /// A fragment longer than this without `</tu>` is given up as broken.
    public var maxUnitBytes = 16 << 20

    public init(url: URL) {
        self.url = url
    }

    /// Calls `body` with each good unit and the line it starts on; returns the bad ones.
    public func scan(_ body: (TranslationUnit, Int) throws -> Void) throws -> (invalid: [String], count: Int) {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw BitextError.fileNotFound(url.path) }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        var pos = 0             // bytes before pos are done with
        var line = 1            // line of buffer[pos]
        var eof = false
        var invalid: [String] = []
        var invalidCount = 0
        var unitNumber = 0

        func consume(_ n: Int) {
            for b in buffer[pos..<(pos + n)] where b == 10 { line += 1 }
            pos += n
        }
        func fill() throws {
            if pos > 0 {
                buffer.removeFirst(pos)
                pos = 0
            }
            if let data = try handle.read(upToCount: 1 << 20), !data.isEmpty { buffer.append(contentsOf: data) } else { eof = true }
        }

        while true {
            guard let start = TMXUnitScanner.unitStart(in: buffer, from: pos) else {
                if eof { break }
                if buffer.count - pos > 3 { consume(buffer.count - pos - 3) }
                try fill()
                continue
            }
            consume(start - pos)
            let end = TMXUnitScanner.find(Array("</tu>".utf8), in: buffer, from: pos + 3)
            let next = TMXUnitScanner.unitStart(in: buffer, from: pos + 3)
            let fragmentEnd: Int
            if let next, end == nil || next < end! {
                fragmentEnd = next                       // a unit that never closed
            } else if let end {
                fragmentEnd = end + 5
            } else if eof || buffer.count - pos > maxUnitBytes {
                fragmentEnd = buffer.count
            } else {
                try fill()
                continue
            }
            unitNumber += 1
            let problems = try parse(Array(buffer[pos..<fragmentEnd]), line: line, unitNumber: unitNumber, body)
            invalidCount += problems.count
            for p in problems where invalid.count < TMXReader.invalidListLimit { invalid.append(p) }
            consume(fragmentEnd - pos)
        }
        return (invalid, invalidCount)
    }

    private func parse(_ fragment: [UInt8], line: Int, unitNumber: Int, _ body: (TranslationUnit, Int) throws -> Void) throws -> [String] {
        let data = Data("<tmx><body>".utf8) + Data(fragment) + Data("</body></tmx>".utf8)
        let parser = XMLParser(data: data)
        // libxml2 recovers from some errors and still reports the unit: hold it until the fragment is known good.
        var units: [(TranslationUnit, Int)] = []
        do {
            let handler = TMXHandler(onUnit: { units.append(($0, $1)) })
            handler.lineOffset = line - 1
            handler.unitOffset = unitNumber - 1
            if let failure = try handler.run(parser) {
                return ["unit \(unitNumber) (line \(failure.line), column \(failure.column)): \(failure.reason)"]
            }
            for (unit, line) in units { try body(unit, line) }
            return handler.invalid
        }
    }

    /// Where `<tu` followed by a space or `>` begins (not `<tuv`).
    static func unitStart(in buffer: [UInt8], from: Int) -> Int? {
        var i = from
        let open = Array("<tu".utf8)
        while let at = find(open, in: buffer, from: i) {
            guard at + 3 < buffer.count else { return nil }
            let next = buffer[at + 3]
            if next == 32 || next == 9 || next == 10 || next == 13 || next == 62 { return at }
            i = at + 3
        }
        return nil
    }

    static func find(_ needle: [UInt8], in buffer: [UInt8], from: Int) -> Int? {
        guard buffer.count >= needle.count, from <= buffer.count - needle.count else { return nil }
        var i = from
        while i <= buffer.count - needle.count {
            if buffer[i] == needle[0] {
                var k = 1
                while k < needle.count && buffer[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
