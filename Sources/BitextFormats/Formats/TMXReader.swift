import BitextText
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
    /// Language tag and segment text: NFC, white space collapsed (SegmentKey), inline codes such as `<bpt>` dropped, `<hi>` text kept.
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
        /// `unit N (line L): reason` for each unit left out (the first `invalidListLimit` of them).
        public var invalid: [String]
        public var invalidCount: Int
    }

    /// What a streaming read reports once the file is done.
    public struct Summary: Sendable {
        public var header: [String: String]
        public var unitCount: Int
        public var invalid: [String]
        public var invalidCount: Int
    }

    /// A file of millions of broken units must not grow the list without end.
    public static let invalidListLimit = 1000
    /// Longest segment, prop or note read, in characters (the aligner's sentence limit): a unit with a longer
    /// one is invalid, like one without xml:lang.
    public static let maxSegmentCharacters = 20_000

    public init() {}

    public func read(contentsOf url: URL) throws -> Result {
        var units: [TranslationUnit] = []
        let s = try read(contentsOf: url) { unit, _ in units.append(unit) }
        return Result(header: s.header, units: units, invalid: s.invalid, invalidCount: s.invalidCount)
    }

    public func read(_ text: String, name: String) throws -> Result {
        var units: [TranslationUnit] = []
        let bytes = try XMLEntityExpansion.expanded(Array(text.utf8), name: name)
        let s = try parse(XMLParser(data: Data(bytes)), name: name) { unit, _ in units.append(unit) }
        return Result(header: s.header, units: units, invalid: s.invalid, invalidCount: s.invalidCount)
    }

    /// Streams the file: `body` sees each valid unit, with the line it starts on, as soon as it is
    /// closed. An error `body` throws stops the parse and is rethrown as it is.
    public func read(contentsOf url: URL, each body: (TranslationUnit, Int) throws -> Void) throws -> Summary {
        guard FileManager.default.fileExists(atPath: url.path) else { throw BitextError.fileNotFound(url.path) }
        guard let stream = InputStream(url: url) else { throw BitextError.unreadable(url.path, reason: "cannot open") }
        let prolog = try XMLProlog(path: url.path)
        if prolog.internalEntities > 0 || prolog.externalEntities > 0 {
            // Entities are expanded in memory (a file that declares them is a small hand-made one; a
            // memory's millions of units come without): the file streams otherwise.
            let bytes = try XMLEntityExpansion.expanded(DocumentLoader().bytes(at: url.path), name: url.path)
            return try parse(XMLParser(data: Data(bytes)), name: url.path, each: body)
        }
        return try parse(XMLParser(stream: stream), name: url.path, each: body)
    }

    private func parse(_ parser: XMLParser, name: String, each body: (TranslationUnit, Int) throws -> Void) throws -> Summary {
        return try withoutActuallyEscaping(body) { body in
            let handler = TMXHandler(onUnit: body)
            if let failure = try handler.run(parser) {
                throw BitextError.malformed(name, line: failure.line, reason: "column \(failure.column): \(failure.reason)")
            }
            guard handler.sawRoot else { throw BitextError.malformed(name, line: 1, reason: "no <tmx> root element") }
            return Summary(header: handler.header, unitCount: handler.validCount, invalid: handler.invalid, invalidCount: handler.invalidCount)
        }
    }

    /// libxml2's error in words (XMLParser on Linux reports only its number).
    static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        let words: String
        switch code {
        case 4: words = "the document is empty"
        case 5: words = "extra content after the end of the document"
        case 9: words = "a character XML does not allow"
        case 26, 27: words = "an entity that is not declared"
        case 23, 68: words = "'&' not followed by an entity name (write &amp;)"
        case 38: words = "'<' inside an attribute value"
        case 39, 40, 41: words = "a malformed attribute"
        case 73: words = "'>' expected"
        case 76: words = "opening and closing tags do not match"
        case 77: words = "an element is not closed"
        case 85, 86: words = "a tag is not closed before the end of the file"
        case 89: words = "entity references loop or expand without end (refused)"
        default: words = "error \(code)"
        }
        return "not well-formed XML: \(words)"
    }
}

/// SAX handler: builds one unit at a time.
final class TMXHandler: NSObject, XMLParserDelegate {
    var header: [String: String] = [:]
    var validCount = 0
    var invalid: [String] = []
    var invalidCount = 0
    var callbackError: Error?
    private let onUnit: (TranslationUnit, Int) throws -> Void
    /// For a fragment parsed on its own: where it starts in the file, and units before it.
    var lineOffset = 0
    var unitOffset = 0
    var failure: String?
    var failureLine: Int?
    var failureColumn: Int?
    var sawRoot = false

    private var unit: TranslationUnit?
    private var unitProblem: String?
    /// Characters of the text being read (segment, prop or note), for the length limit.
    private var textLength = 0
    private var unitLine = 0
    private var language: String?
    private var segment: String?
    private var skipDepth = 0          // inside native inline codes (bpt, ept, ph, it, ut)
    private var text = ""
    private var propType: String?
    private var count = 0

    init(onUnit: @escaping (TranslationUnit, Int) throws -> Void) {
        self.onUnit = onUnit
    }

    /// Parses with entities and DTDs off; rethrows what `onUnit` threw, returns where the XML broke.
    func run(_ parser: XMLParser) throws -> (line: Int, column: Int, reason: String)? {
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let ok = parser.parse()
        if let error = callbackError { throw error }
        guard !ok || failure != nil else { return nil }
        let reason = failure ?? parser.parserError.map { TMXReader.describe($0) } ?? "not well-formed XML"
        return ((failureLine ?? parser.lineNumber) + lineOffset, failureColumn ?? parser.columnNumber, reason)
    }

    /// Who and when, which OmegaT writes on each `<tuv>` rather than on the unit.
    private static let sharedTUVAttributes = ["creationdate", "creationid", "changedate", "changeid"]

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
            unitLine = parser.lineNumber + lineOffset
        case "tuv":
            language = attributes["xml:lang"] ?? attributes["lang"]
            if language == nil { unitProblem = "a <tuv> without xml:lang" }
            for key in TMXHandler.sharedTUVAttributes {
                guard let value = attributes[key], unit != nil else { continue }
                // The latest change and the first creation win across variants.
                let old = unit!.attributes[key]
                if old == nil || (key.hasPrefix("change") ? value > old! : false) { unit!.attributes[key] = value }
            }
        case "seg":
            segment = ""
            textLength = 0
        case "bpt", "ept", "ph", "it", "ut":
            skipDepth += 1
        case "prop":
            propType = attributes["type"]
            text = ""
            textLength = 0
        case "note":
            text = ""
            textLength = 0
        default: break
        }
    }

    /// A CDATA section's content is text like any other.
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // A segment (or prop, or note) past the limit stops growing: the unit is refused, memory stays bounded.
        textLength += string.unicodeScalars.count
        if textLength > TMXReader.maxSegmentCharacters {
            if unit != nil, unitProblem == nil {
                unitProblem = "a text of more than \(TMXReader.maxSegmentCharacters) characters (the limit for one segment, prop or note)"
            }
            return
        }
        if segment != nil {
            if skipDepth == 0 { segment! += string }
        } else {
            text += string
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "seg":
            if let lang = language, let seg = segment { unit?.variants.append((lang, SegmentKey.normalize(seg))) }
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
            unit = nil
            let problem = unitProblem ?? (u.variants.count < 2 ? "fewer than two languages" : nil)
            if let problem {
                invalidCount += 1
                if invalid.count < TMXReader.invalidListLimit { invalid.append("unit \(count + unitOffset) (line \(unitLine)): \(problem)") }
                return
            }
            validCount += 1
            do {
                try onUnit(u, unitLine)
            } catch {
                callbackError = error
                parser.abortParsing()
            }
        default: break
        }
    }

    /// Declaring an external entity is enough to refuse the file: it would never be fetched, and the
    /// text it stands for would silently be missing.
    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        guard failure == nil else { return }
        failure = "external entity '\(name)' (\(systemID ?? publicID ?? "?")) refused: Bitext never fetches entities or DTDs"
        failureLine = parser.lineNumber
        failureColumn = parser.columnNumber
        parser.abortParsing()
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
