import BitextText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// XLIFF 1.2 and 2.x: each unit (`trans-unit`, or `unit` with its segments) a paragraph; the sources are the
/// text and, when any unit has a target, the targets its translation. Inline codes keep their text
/// (`g`, `mrk`, `pc`) or drop their native data (`ph`, `bpt`, `ept`, `it`, `x`, `originalData`).
public struct XLIFFReader: InputReader {
    public init() {}
    public var name: String { "xliff" }

    public func recognizes(_ bytes: [UInt8], path: String) -> Bool {
        InputReaders.opensWithTag(bytes) && InputReaders.head(bytes).contains("<xliff")
    }

    public func read(_ bytes: [UInt8], path: String) throws -> ReadText {
        let expanded = try XMLEntityExpansion.expanded(bytes, name: path)
        let collector = XLIFFUnits()
        let parser = XMLParser(data: Data(expanded))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else {
            throw BitextError.malformed(path, line: parser.lineNumber, reason: "not well-formed XLIFF")
        }
        guard collector.sawRoot else { throw BitextError.unreadable(path, reason: "no <xliff> root element") }
        let sources = collector.units.map(\.source).filter { !$0.isEmpty }
        let targets = collector.units.compactMap(\.target).filter { !$0.isEmpty }
        return ReadText(text: InputReaders.text(sources), language: collector.sourceLanguage,
                        translation: targets.isEmpty ? nil : InputReaders.text(targets), translationLanguage: collector.targetLanguage)
    }
}

/// The units of an XLIFF file, either version.
final class XLIFFUnits: NSObject, XMLParserDelegate {
    struct Unit { var source = ""; var target: String? }
    var units: [Unit] = []
    var sourceLanguage: String?, targetLanguage: String?
    var sawRoot = false
    private var unit: Unit?
    private var side: String?          // "source" or "target" while inside one
    private var skipDepth = 0          // inside native codes whose text is not the document's
    private var text = ""
    static let nativeCodes: Set<String> = ["ph", "bpt", "ept", "it", "originalData", "sub", "notes", "note"]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if skipDepth > 0 { skipDepth += 1; return }
        switch local {
        case "xliff":
            sawRoot = true
            sourceLanguage = attributes["srcLang"] ?? sourceLanguage
            targetLanguage = attributes["trgLang"] ?? targetLanguage
        case "file":
            sourceLanguage = sourceLanguage ?? attributes["source-language"]
            targetLanguage = targetLanguage ?? attributes["target-language"]
        case "trans-unit", "unit":
            unit = Unit()
        case "source", "target" where unit != nil && side == nil:
            side = local
            text = ""
        case "seg-source", "alt-trans":
            skipDepth = 1
        case "cp" where side != nil:
            if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
        default:
            if side != nil, Self.nativeCodes.contains(local) { skipDepth = 1 }
            if side == nil, local == "notes" || local == "note" { skipDepth = 1 }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if skipDepth > 0 { skipDepth -= 1; return }
        switch local {
        case "source" where side == "source":
            if var u = unit {
                u.source = [u.source, InputReaders.collapse(text)].filter { !$0.isEmpty }.joined(separator: " ")
                unit = u
            }
            side = nil
        case "target" where side == "target":
            if var u = unit {
                u.target = [u.target ?? "", InputReaders.collapse(text)].filter { !$0.isEmpty }.joined(separator: " ")
                unit = u
            }
            side = nil
        case "trans-unit", "unit":
            if let unit { units.append(unit) }
            unit = nil
        default:
            break
        }
    }

    /// A CDATA section's content is text like any other.
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if side != nil, skipDepth == 0 { text += string }
    }
}
