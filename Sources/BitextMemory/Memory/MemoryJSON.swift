import Foundation

/// Props, notes and attributes as JSON text in their columns (NULL when empty), written and read by hand:
/// JSONEncoder cost a tenth of a million-unit import, JSONDecoder a fifth of an export, for these few strings.
enum MemoryJSON {
    static func encode(_ props: [[String]]) -> String? {
        props.isEmpty ? nil : "[" + props.map { "[" + $0.map(quote).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
    }

    static func encode(_ notes: [String]) -> String? {
        notes.isEmpty ? nil : "[" + notes.map(quote).joined(separator: ",") + "]"
    }

    static func encode(_ attributes: [String: String]) -> String? {
        attributes.isEmpty ? nil : "{" + attributes.sorted { $0.key < $1.key }.map { quote($0.key) + ":" + quote($0.value) }.joined(separator: ",") + "}"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `[["type","value"],…]`; nil for NULL or text that is not that shape.
    static func decodeLists(_ text: String?) -> [[String]]? {
        guard let text else { return nil }
        var p = Parser(text)
        return p.whole { p in try p.array { p in try p.array { p in try p.string() } } } ?? fallback(text)
    }

    /// `["note",…]`.
    static func decodeStrings(_ text: String?) -> [String]? {
        guard let text else { return nil }
        var p = Parser(text)
        return p.whole { p in try p.array { p in try p.string() } } ?? fallback(text)
    }

    /// `{"key":"value",…}`.
    static func decodeMap(_ text: String?) -> [String: String]? {
        guard let text else { return nil }
        var p = Parser(text)
        return p.whole { p in try p.object() } ?? fallback(text)
    }

    /// JSON the hand reader does not take (written by another tool): Foundation's decoder decides.
    private static func fallback<T: Decodable>(_ text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }

    /// A reader of the little JSON the memory writes: arrays, objects and strings with their escapes.
    struct Parser {
        struct Malformed: Error {}
        private let bytes: [UInt8]
        private var i = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        mutating func whole<T>(_ value: (inout Parser) throws -> T) -> T? {
            guard let v = try? value(&self) else { return nil }
            skipSpace()
            return i == bytes.count ? v : nil
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func expect(_ b: UInt8) throws {
            skipSpace()
            guard i < bytes.count, bytes[i] == b else { throw Malformed() }
            i += 1
        }

        /// Elements until `]`, separated by commas.
        mutating func array<T>(_ element: (inout Parser) throws -> T) throws -> [T] {
            try expect(UInt8(ascii: "["))
            var out: [T] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return out }
            while true {
                out.append(try element(&self))
                skipSpace()
                guard i < bytes.count else { throw Malformed() }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return out }
                throw Malformed()
            }
        }

        mutating func object() throws -> [String: String] {
            try expect(UInt8(ascii: "{"))
            var out: [String: String] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return out }
            while true {
                let key = try string()
                try expect(UInt8(ascii: ":"))
                out[key] = try string()
                skipSpace()
                guard i < bytes.count else { throw Malformed() }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return out }
                throw Malformed()
            }
        }

        mutating func string() throws -> String {
            try expect(UInt8(ascii: "\""))
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
                guard b == UInt8(ascii: "\\") else { out.append(b); continue }
                guard i < bytes.count else { throw Malformed() }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if (0xD800...0xDBFF).contains(v) {
                        // A surrogate pair spells one scalar.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw Malformed() }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw Malformed() }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(v) else { throw Malformed() }
                    UTF8.encode(scalar) { out.append($0) }
                default: throw Malformed()
                }
            }
            throw Malformed()
        }

        private mutating func hex4() throws -> UInt32 {
            guard i + 4 <= bytes.count else { throw Malformed() }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                i += 1
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                default: throw Malformed()
                }
                v = v << 4 | d
            }
            return v
        }
    }
}
