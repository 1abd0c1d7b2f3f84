import Foundation

/// Turns raw bytes into clean text: checked UTF-8 (or UTF-16 with a BOM), BOM stripped,
/// line endings unified to `\n`, NFC (Vietnamese arrives in both NFC and NFD).
public struct TextDecoder: Sendable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int

    public init(maxBytes: Int = 512 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    public func decode(_ bytes: [UInt8], name: String) throws -> String {
        if bytes.isEmpty { throw BitextError.emptyInput(name) }
        if bytes.count > maxBytes { throw BitextError.inputTooLarge(name, bytes: bytes.count, limit: maxBytes) }
        var raw: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            raw = try decodeUTF16(bytes, name: name)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let offset = TextDecoder.firstBinaryByte(body) {
                throw BitextError.binaryInput(name, byteOffset: offset + (body.count == bytes.count ? 0 : 3))
            }
            if let offset = TextDecoder.firstInvalidUTF8(body) {
                throw BitextError.invalidUTF8(name, byteOffset: offset + (body.count == bytes.count ? 0 : 3))
            }
            raw = String(decoding: body, as: UTF8.self)
        }
        let text = Normalization.normalize(TextDecoder.unifyLineEndings(raw))
        if text.allSatisfy({ $0.isWhitespace }) { throw BitextError.emptyInput(name) }
        return text
    }

    private func decodeUTF16(_ bytes: [UInt8], name: String) throws -> String {
        let bigEndian = bytes[0] == 0xFE
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var position = 2
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s.value == 0 { throw BitextError.binaryInput(name, byteOffset: position) }
                text.unicodeScalars.append(s)
                position += s.value > 0xFFFF ? 4 : 2
            case .emptyInput: break loop
            case .error: throw BitextError.invalidUTF16(name, byteOffset: position)
            }
        }
        return text
    }

    /// Offset of a NUL byte, or of a control byte in a stretch that is mostly control bytes.
    static func firstBinaryByte(_ bytes: [UInt8]) -> Int? {
        if let nul = bytes.firstIndex(of: 0) { return nul }
        var controls = 0
        var first: Int?
        let probe = min(bytes.count, 8192)
        for i in 0..<probe {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x0B && b != 0x1B {
                controls += 1
                if first == nil { first = i }
            }
        }
        return controls * 100 > probe ? first : nil
    }

    /// Byte offset of the first byte that breaks UTF-8, or nil when the whole buffer is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            if i + length > n { return i }
            let second = bytes[i + 1]
            if second < lower || second > upper { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    static func unifyLineEndings(_ s: String) -> String {
        guard UTF8Scan.contains(s, 0x0D) else { return s }
        return s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
