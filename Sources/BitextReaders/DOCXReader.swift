import BitextText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A Word document: the paragraphs of `word/document.xml` (body text, tables cell by cell), read from the
/// ZIP container. Deleted text of tracked changes, field codes and drawings are left out.
public struct DOCXReader: InputReader {
    public init() {}
    public var name: String { "docx" }

    /// The most `word/document.xml` may unpack to: a ZIP bomb is refused rather than inflated.
    static let maxDocumentBytes = 256 << 20

    public func recognizes(_ bytes: [UInt8], path: String) -> Bool {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        if (path as NSString).pathExtension.lowercased() == "docx" { return true }
        // The central directory at the end names every part.
        let tail = bytes.suffix(1 << 16)
        return String(decoding: tail, as: UTF8.self).contains("word/document.xml")
    }

    public func read(_ bytes: [UInt8], path: String) throws -> ReadText {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw BitextError.unreadable(path, reason: "not a readable ZIP container (\(error))")
        }
        guard let entry = archive["word/document.xml"] else {
            throw BitextError.unreadable(path, reason: "a ZIP file without word/document.xml is not a Word document")
        }
        guard entry.uncompressedSize <= UInt64(Self.maxDocumentBytes) else {
            throw BitextError.inputTooLarge(path + "#word/document.xml", bytes: Int(clamping: entry.uncompressedSize), limit: Self.maxDocumentBytes)
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard xml.count + chunk.count <= Self.maxDocumentBytes else { throw BitextError.inputTooLarge(path, bytes: xml.count + chunk.count, limit: Self.maxDocumentBytes) }
                xml.append(chunk)
            }
        } catch let error as BitextError {
            throw error
        } catch {
            throw BitextError.unreadable(path, reason: "word/document.xml cannot be unpacked (\(error))")
        }
        try XMLProlog(bytes: Array(xml), name: path + "#word/document.xml").refuseEntities(name: path)
        let collector = WordParagraphs()
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else { throw BitextError.unreadable(path, reason: "word/document.xml is not well-formed XML") }
        let language = collector.language.flatMap(HTMLReader.language)
        return ReadText(text: InputReaders.text(collector.paragraphs), language: language)
    }
}

/// Collects `w:p` paragraphs from WordprocessingML: the text of `w:t`, a space for tabs and breaks.
final class WordParagraphs: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    var language: String?
    private var current = ""
    private var inText = false
    private var depthInParagraph = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:p": depthInParagraph += 1
        case "w:t": inText = true
        case "w:tab", "w:br", "w:cr": current += " "
        case "w:lang": if language == nil { language = attributes["w:val"] }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            depthInParagraph -= 1
            let p = InputReaders.collapse(current)
            if !p.isEmpty { paragraphs.append(p) }
            current = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
