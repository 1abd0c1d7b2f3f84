import CXMLShim
import Foundation

/// What an XML document's DOCTYPE declares, as libxml2's parser reads it (UTF-16, comments before it, a
/// prolog of any length): the question is put to the parser, not to a search of the bytes.
public struct XMLProlog: Sendable, Equatable {
    public var internalEntities: Int
    public var externalEntities: Int
    /// The name of the first external entity, for messages.
    public var firstExternal: String?

    /// The prolog of a file (read up to its root element, not further).
    public init(path: String) throws {
        try self.init(path: path, bytes: nil, name: path)
    }

    public init(bytes: [UInt8], name: String) throws {
        try self.init(path: nil, bytes: bytes, name: name)
    }

    private init(path: String?, bytes: [UInt8]?, name: String) throws {
        var internalCount: Int32 = 0, externalCount: Int32 = 0
        var first = [CChar](repeating: 0, count: 256)
        let status: Int32
        if let path {
            status = bitext_xml_entity_declarations(path, nil, 0, &internalCount, &externalCount, &first, Int32(first.count))
        } else {
            status = bytes!.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    bitext_xml_entity_declarations(nil, $0.baseAddress, Int32(clamping: $0.count), &internalCount, &externalCount, &first, Int32(first.count))
                }
            }
        }
        if status == -1 { throw BitextError.unreadable(name, reason: "reading XML safely needs libxml2 (libxml2.so.2), which is not installed") }
        internalEntities = Int(internalCount)
        externalEntities = Int(externalCount)
        firstExternal = externalCount > 0 ? String(decoding: first.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
        // A prolog libxml2 cannot read is left to the reader's own parser, which names the error.
        if status == -2 { internalEntities = 0; externalEntities = 0 }
    }

    /// Refuses a document whose DOCTYPE declares entities: an external one would be read from the disk or
    /// the network by another tool, and Foundation's parser drops the text of any entity without a word.
    public func refuseEntities(name: String) throws {
        if let external = firstExternal {
            throw BitextError.malformed(name, line: 1, reason: "external entity '\(external)' refused: Bitext never reads entities from files or the network")
        }
        if internalEntities > 0 {
            throw BitextError.malformed(name, line: 1, reason: "the DOCTYPE declares \(internalEntities) entit\(internalEntities == 1 ? "y" : "ies"), "
                + "which Bitext does not expand; refused rather than read with their text missing (replace them with their text)")
        }
    }
}
