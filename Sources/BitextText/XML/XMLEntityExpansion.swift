import CXMLShim
import Foundation

/// Expands the internal entities a document's DOCTYPE declares (`<!ENTITY co "Samsung Electronics">`,
/// `&nbsp;` declared), which Foundation's parser would drop with their text: the entities' replacement texts
/// as libxml2 reads them from the DOCTYPE (whatever the encoding, comments or length of the prolog), each
/// reference in the document replaced by its text (references inside an entity's text first, at most
/// `maxDepth` deep), comments and CDATA sections left as they are, the DOCTYPE itself taken out. External
/// entities refuse the document, as before; an expansion that would grow it past `limit` refuses it too
/// (a "billion laughs" stays a one-line error).
public enum XMLEntityExpansion {
    public static let maxDepth = 8

    /// At most four times the document and a mebibyte.
    public static func limit(for size: Int) -> Int { size * 4 + (1 << 20) }

    /// The document as UTF-8 with its internal entities expanded; the bytes as they are when it declares none.
    public static func expanded(_ bytes: [UInt8], name: String) throws -> [UInt8] {
        let prolog = try XMLProlog(bytes: bytes, name: name)
        if let external = prolog.firstExternal {
            throw BitextError.malformed(name, line: 1, reason: "external entity '\(external)' refused: Bitext never reads entities from files or the network")
        }
        guard prolog.internalEntities > 0 else { return bytes }
        var values = try declarations(bytes, name: name)
        // A UTF-16 document becomes UTF-8, its declaration (which names the old encoding) dropped.
        var text = utf8(of: bytes)
        if text.starts(with: Array("<?xml".utf8)), let end = firstIndex(of: Array("?>".utf8), in: text, from: 0), text != bytes {
            text.removeSubrange(0..<(end + 2))
        }
        let budget = limit(for: bytes.count)
        var resolved: [String: [UInt8]] = [:]
        func resolve(_ entity: String, depth: Int) throws -> [UInt8]? {
            if let done = resolved[entity] { return done }
            guard let raw = values[entity] else { return nil }
            guard depth < maxDepth else {
                throw BitextError.malformed(name, line: 1, reason: "entity '\(entity)' nests more than \(maxDepth) deep (or refers to itself)")
            }
            values[entity] = nil   // a reference to itself while it is resolved is an error, not a loop
            let out = try substitute(Array(raw.utf8), budget: budget, name: name) { try resolve($0, depth: depth + 1) }
            values[entity] = raw
            resolved[entity] = out
            return out
        }
        let body = removingDoctype(text)
        return try substitute(body, budget: budget, name: name) { try resolve($0, depth: 0) }
    }

    /// Internal general entities and their texts, as libxml2 reads them.
    static func declarations(_ bytes: [UInt8], name: String) throws -> [String: String] {
        var pairs: UnsafeMutablePointer<CChar>?
        var length: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { bitext_xml_internal_entities($0.baseAddress, Int32(clamping: $0.count), &pairs, &length) }
        }
        defer { free(pairs) }
        if status == -1 { throw BitextError.unreadable(name, reason: "reading XML safely needs libxml2 (libxml2.so.2), which is not installed") }
        guard status == 0, let pairs else { return [:] }
        let parts = UnsafeBufferPointer(start: pairs, count: Int(length)).split(separator: 0, omittingEmptySubsequences: false)
            .map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        var out: [String: String] = [:]
        for k in stride(from: 0, to: parts.count - 1, by: 2) { out[parts[k]] = parts[k + 1] }
        return out
    }

    static func utf8(of bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let text = String(data: Data(bytes), encoding: .utf16) ?? ""
            return Array(text.utf8)
        }
        return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var k = start
        while k + needle.count <= haystack.count {
            if haystack[k] == needle[0], haystack[k..<(k + needle.count)].elementsEqual(needle) { return k }
            k += 1
        }
        return nil
    }

    /// The text without its `<!DOCTYPE …>` (its internal subset, quoted strings and comments read through).
    static func removingDoctype(_ text: [UInt8]) -> [UInt8] {
        guard let start = firstIndex(of: Array("<!DOCTYPE".utf8), in: text, from: 0) else { return text }
        var k = start + 9, depth = 0
        var quote: UInt8?
        while k < text.count {
            let b = text[k]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x5B {
                depth += 1
            } else if b == 0x5D {
                depth -= 1
            } else if b == 0x3E && depth <= 0 {
                return Array(text[..<start]) + Array(text[(k + 1)...])
            } else if b == 0x3C, text[k...].starts(with: Array("<!--".utf8)), let end = firstIndex(of: Array("-->".utf8), in: text, from: k + 4) {
                k = end + 3
                continue
            }
            k += 1
        }
        return text
    }

    /// `text` with each `&name;` that `value` knows replaced; comments and CDATA copied as they are.
    static func substitute(_ text: [UInt8], budget: Int, name: String, value: (String) throws -> [UInt8]?) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var k = 0
        while k < text.count {
            let b = text[k]
            if b == 0x3C, let (open, close) = [("<!--", "-->"), ("<![CDATA[", "]]>")].first(where: { text[k...].starts(with: Array($0.0.utf8)) }) {
                let end = firstIndex(of: Array(close.utf8), in: text, from: k + open.utf8.count).map { $0 + close.utf8.count } ?? text.count
                out.append(contentsOf: text[k..<end])
                k = end
                continue
            }
            if b == 0x26, let semicolon = text[(k + 1)...].prefix(64).firstIndex(of: 0x3B), semicolon > k + 1, text[k + 1] != 0x23 {
                let entity = String(decoding: text[(k + 1)..<semicolon], as: UTF8.self)
                if let replacement = try value(entity) {
                    out.append(contentsOf: replacement)
                    guard out.count <= budget else {
                        throw BitextError.malformed(name, line: 1, reason: "its entities expand past \(budget) bytes; refused")
                    }
                    k = semicolon + 1
                    continue
                }
            }
            out.append(b)
            k += 1
        }
        return out
    }
}
