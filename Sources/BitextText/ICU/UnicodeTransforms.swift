import CICUShim

/// Calls an ICU function of the shape `(src, len, dst, cap) -> written | -needed | Int32.min`.
private func growBuffer(_ utf16: [UInt16], _ body: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32) -> [UInt16]? {
    var cap = Int32(utf16.count + utf16.count / 2 + 16)
    while true {
        var out = [UInt16](repeating: 0, count: Int(cap))
        let n = utf16.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                body(src.baseAddress, Int32(src.count), dst.baseAddress, cap)
            }
        }
        if n == Int32.min { return nil }
        if n >= 0 { return Array(out.prefix(Int(n))) }
        cap = max(-n, cap * 2)
    }
}

/// Unicode normalization through system ICU.
public enum Normalization {
    public enum Form: Sendable { case nfc, nfd, nfkc }

    public static func normalize(_ text: String, _ form: Form = .nfc) -> String {
        // Pure ASCII is already in every normalization form.
        if UTF8Scan.isASCII(text) { return text }
        // Most text arrives composed: a quick check over the UTF-8 spares the UTF-16 round trip, and in a
        // long text only the lines that fail it are normalised (nothing composes across a newline).
        if form == .nfc {
            if Normalization.isCertainlyNFC(text) { return text }
            if text.utf8.count > 1 << 16 {
                var lines: [String] = []
                UTF8Scan.forEachLine(text) { bytes in
                    let line = String(decoding: bytes, as: UTF8.self)
                    lines.append(Normalization.isCertainlyNFC(line) ? line : viaICU(line, form))
                }
                return lines.joined(separator: "\n")
            }
        }
        return viaICU(text, form)
    }

    private static func viaICU(_ text: String, _ form: Form) -> String {
        let code: Int32 = switch form {
        case .nfc: Int32(BX_NORM_NFC)
        case .nfd: Int32(BX_NORM_NFD)
        case .nfkc: Int32(BX_NORM_NFKC)
        }
        guard let out = growBuffer(Array(text.utf16), { bx_normalize(code, $0, $1, $2, $3) }) else { return text }
        return String(decoding: out, as: UTF16.self)
    }

    /// The UAX #15 quick check: true only when the text is certainly NFC already.
    static func isCertainlyNFC(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bx_utf8_is_nfc($0.baseAddress, Int64($0.count)) == 1 }
    }
}

/// Owns one ICU transliterator (e.g. "Hangul-Latin"). Not thread-safe: one per task.
public final class Transliterator {
    private let handle: OpaquePointer

    public init(_ transformID: String) throws {
        var err = [CChar](repeating: 0, count: 256)
        guard let h = bx_translit_open(transformID, &err, err.count) else {
            throw ICUError(description: "ICU transform \(transformID): \(cStringBuffer(err))")
        }
        handle = h
    }

    /// A transform compiled from ICU rule text (`a > b ;` lines).
    public init(name: String, rules: String) throws {
        var err = [CChar](repeating: 0, count: 256)
        let units = Array(rules.utf16)
        guard let h = units.withUnsafeBufferPointer({ bx_translit_open_rules(name, $0.baseAddress, Int32($0.count), &err, err.count) }) else {
            throw ICUError(description: "ICU rules \(name): \(cStringBuffer(err))")
        }
        handle = h
    }

    deinit { bx_translit_close(handle) }

    public func apply(_ text: String) -> String {
        guard let out = growBuffer(Array(text.utf16), { bx_translit_apply(handle, $0, $1, $2, $3) }) else { return text }
        return String(decoding: out, as: UTF16.self)
    }
}

public enum ICUInfo {
    public static var version: String {
        var buf = [CChar](repeating: 0, count: 32)
        bx_icu_version(&buf, buf.count)
        return cStringBuffer(buf)
    }
}

/// Reads a NUL-terminated C string out of a fixed buffer.
func cStringBuffer(_ buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
