import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One translation unit as read from a TMX file: every variant, prop and note kept.
public struct TranslationUnit: Sendable, Equatable {
    public var tuid: String?
    /// Unit attributes (creationdate, changedate, creationid, srclang…).
    public var attributes: [String: String] = [:]
    /// `<prop type="…">` in document order, unknown ones included.
    public var props: [(type: String, value: String)] = []
    public var notes: [String] = []
    /// Language tag and segment text (inline codes such as `<bpt>` dropped, `<hi>` text kept).
    public var variants: [(language: String, text: String)] = []

    public init() {}

    public static func == (a: TranslationUnit, b: TranslationUnit) -> Bool {
        a.tuid == b.tuid && a.attributes == b.attributes && a.notes == b.notes
            && a.props.map { [$0.type, $0.value] } == b.props.map { [$0.type, $0.value] }
            && a.variants.map { [$0.language, $0.text] } == b.variants.map { [$0.language, $0.text] }
    }
}

/// Reads TMX 1.4b from any tool as a stream (memory bounded by one unit), never resolving external
/// entities or fetching a DTD. Units that break the format (a `<tuv>` without a language, fewer than
/// two variants) are reported; a file that is not well-formed XML fails with its line and column.
public struct TMXReader {
    public struct Result: Sendable {
        public var header: [String: String]
        public var units: [TranslationUnit]
        /// `unit N (line L): reason` for each unit left out.
        public var invalid: [String]
    }

    public init() {}

    public func read(contentsOf url: URL) throws -> Result {
        guard let stream = InputStream(url: url) else { throw BitextError.fileNotFound(url.path) }
        return try parse(XMLParser(stream: stream), name: url.path)
    }

    public func read(_ text: String, name: String) throws -> Result {
        try parse(XMLParser(data: Data(text.utf8)), name: name)
    }

    private func parse(_ parser: XMLParser, name: String) throws -> Result {
        let handler = TMXHandler()
        parser.delegate = handler
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let ok = parser.parse()
        if !ok || handler.failure != nil {
            let reason = handler.failure ?? parser.parserError.map { TMXReader.describe($0) } ?? "not well-formed XML"
            throw BitextError.malformed(name, line: handler.failureLine ?? parser.lineNumber,
                                        reason: "column \(handler.failureColumn ?? parser.columnNumber): \(reason)")
        }
        guard handler.sawRoot else { throw BitextError.malformed(name, line: 1, reason: "no <tmx> root element") }
        return Result(header: handler.header, units: handler.units, invalid: handler.invalid)
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).localizedDescription
        return text.isEmpty ? "not well-formed XML" : "not well-formed XML (\(text))"
    }
}

/// SAX handler: builds one unit at a time.
final class TMXHandler: NSObject, XMLParserDelegate {
    var header: [String: String] = [:]
    var units: [TranslationUnit] = []
    var invalid: [String] = []
    var failure: String?
    var failureLine: Int?
    var failureColumn: Int?
    var sawRoot = false

    private var unit: TranslationUnit?
    private var unitProblem: String?
    private var unitLine = 0
    private var language: String?
    private var segment: String?
    private var skipDepth = 0          // inside native inline codes (bpt, ept, ph, it, ut)
    private var text = ""
    private var propType: String?
    private var count = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "tmx": sawRoot = true
        case "header": header = attributes
        case "tu":
            count += 1
            unit = TranslationUnit()
            unit?.tuid = attributes["tuid"]
            unit?.attributes = attributes.filter { $0.key != "tuid" }
            unitProblem = nil
            unitLine = parser.lineNumber
        case "tuv":
            language = attributes["xml:lang"] ?? attributes["lang"]
            if language == nil { unitProblem = "a <tuv> without xml:lang" }
        case "seg":
            segment = ""
        case "bpt", "ept", "ph", "it", "ut":
            skipDepth += 1
        case "prop":
            propType = attributes["type"]
            text = ""
        case "note":
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if segment != nil {
            if skipDepth == 0 { segment! += string }
        } else {
            text += string
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "seg":
            if let lang = language, let seg = segment { unit?.variants.append((lang, Normalization.normalize(seg))) }
            segment = nil
        case "bpt", "ept", "ph", "it", "ut":
            skipDepth -= 1
        case "prop":
            if unit != nil { unit?.props.append((propType ?? "", text)) }
            propType = nil
        case "note":
            if unit != nil { unit?.notes.append(text) }
        case "tuv":
            language = nil
        case "tu":
            guard let u = unit else { return }
            if let problem = unitProblem {
                invalid.append("unit \(count) (line \(unitLine)): \(problem)")
            } else if u.variants.count < 2 {
                invalid.append("unit \(count) (line \(unitLine)): fewer than two languages")
            } else {
                units.append(u)
            }
            unit = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        failure = "external entity '\(name)' refused"
        parser.abortParsing()
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil {
            failure = TMXReader.describe(parseError)
            failureLine = parser.lineNumber
            failureColumn = parser.columnNumber
        }
    }
}
