import BitextText
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The glossary formats translators' tools load: OmegaT's tab-separated text, CSV with language-code
/// columns (memoQ, Trados MultiTerm), TBX-Basic v3 and old-style TBX (`martif`, read by OmegaT 3.x).
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// OmegaT's tab-separated glossary.
    case omegat
    case csv
    /// TBX as CAT tools read it (`martif`, ISO 30042:2008): OmegaT, memoQ and Trados load it.
    case tbx
    /// TBX-Basic v3 (ISO 30042:2019), which validates against the current schemas but OmegaT 3.6 does not read.
    case tbx3

    /// A format by name; `martif` is the older name of `tbx`.
    public init?(name: String) {
        self.init(rawValue: name == "martif" ? "tbx" : name)
    }

    /// From a file name: `.txt`/`.tab`/`.utf8` OmegaT, `.csv`, `.tbx` (written as `martif`; read as v3
    /// when the file is v3).
    public static func infer(_ path: String, content: String? = nil) -> GlossaryFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "tab", "utf8": return .omegat
        case "csv": return .csv
        case "tbx": return content.map { $0.contains("<martif") ? .tbx : .tbx3 } ?? .tbx
        default: return nil
        }
    }
}

public enum GlossaryExchange {
    // MARK: export

    /// OmegaT: one line per source form (preferred and variants) with the preferred target form; `#` comments.
    public static func omegat(_ g: Glossary, source: LanguageCode, target: LanguageCode) -> String {
        var out = "# Bitext glossary export: \(source.tag) -> \(target.tag); source<TAB>target<TAB>comment\n"
        for e in g.entries {
            guard let sources = e.forms[source.tag], let preferred = e.preferred(target) else { continue }
            let comment = ([e.kind.rawValue, e.id] + (e.note.isEmpty ? [] : [e.note])).joined(separator: "; ")
            for s in sources { out += "\(clean(s))\t\(clean(preferred))\t\(clean(comment))\n" }
        }
        return out
    }

    /// CSV (RFC 4180): `id,kind,LANG…,note,source`; a language cell holds its forms separated by ` | `.
    public static func csv(_ g: Glossary) -> String {
        let langs = g.languages
        var out = (["id", "kind"] + langs + ["note", "source"]).joined(separator: ",") + "\r\n"
        for e in g.entries {
            let cells = [e.id, e.kind.rawValue] + langs.map { (e.forms[$0] ?? []).joined(separator: " | ") } + [e.note, e.source]
            out += cells.map(csvCell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// TBX-Basic (ISO 30042:2019, DCA style): one conceptEntry per entity, preferred and admitted terms.
    public static func tbx3(_ g: Glossary) -> String {
        termbase(g, open: "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">", close: "</tbx>",
                 header: "tbxHeader", entry: "conceptEntry", language: "langSec") { e, form, rank in
            "          <termSec>\n            <term>\(XMLText.escape(form))</term>\n"
                + "            <termNote type=\"partOfSpeech\">\(partOfSpeech(e.kind))</termNote>\n"
                + "            <termNote type=\"administrativeStatus\">\(rank == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts")</termNote>\n"
                + "          </termSec>\n"
        }
    }

    /// Old-style TBX (`martif`, ISO 30042:2008), which OmegaT 3.x reads.
    public static func tbx(_ g: Glossary) -> String {
        termbase(g, open: "<martif type=\"TBX\" xml:lang=\"en\">", close: "</martif>",
                 header: "martifHeader", entry: "termEntry", language: "langSet") { _, form, _ in
            "          <tig>\n            <term>\(XMLText.escape(form))</term>\n          </tig>\n"
        }
    }

    /// The structure both TBX generations share; `term` writes one term of an entry in one language.
    private static func termbase(_ g: Glossary, open: String, close: String, header: String, entry: String, language: String,
                                 term: (GlossaryEntry, String, Int) -> String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(open)\n  <\(header)>\n    <fileDesc>\n      <sourceDesc>\n"
            + "        <p>Bitext entity glossary</p>\n      </sourceDesc>\n    </fileDesc>\n  </\(header)>\n  <text>\n    <body>\n"
        for e in g.entries {
            out += "      <\(entry) id=\"\(xmlID(e.id))\">\n"
            out += "        <descrip type=\"subjectField\">\(e.kind.rawValue)</descrip>\n"
            if !e.note.isEmpty { out += "        <note>\(XMLText.escape(e.note))</note>\n" }
            for lang in g.languages {
                guard let forms = e.forms[lang] else { continue }
                out += "        <\(language) xml:lang=\"\(lang)\">\n"
                for (rank, form) in forms.enumerated() { out += term(e, form, rank) }
                out += "        </\(language)>\n"
            }
            out += "      </\(entry)>\n"
        }
        return out + "    </body>\n  </text>\n\(close)\n"
    }

    // MARK: import

    /// Reads any of the formats into glossary entries (validated as they are added).
    public static func read(_ text: String, format: GlossaryFormat, name: String, source: LanguageCode? = nil, target: LanguageCode? = nil) throws -> Glossary {
        switch format {
        case .csv: return try readCSV(text, name: name)
        case .omegat: return try readOmegaT(text, name: name, source: source, target: target)
        case .tbx, .tbx3: return try readTBX(text, name: name)
        }
    }

    static func readCSV(_ text: String, name: String) throws -> Glossary {
        let rows = try parseCSV(text, name: name)
        guard let header = rows.first else { throw BitextError.malformed(name, line: 1, reason: "empty CSV") }
        // The TSV reader checks the header, row widths, kinds, ids and conflicts with line numbers.
        let tsv = rows.map { $0.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t") }.joined(separator: "\n")
        _ = header
        return try Glossary(tsv: tsv, origin: name)
    }

    static func readOmegaT(_ text: String, name: String, source: LanguageCode?, target: LanguageCode?) throws -> Glossary {
        guard let source, let target else { throw BitextError.exchangeLanguagesMissing("an OmegaT glossary") }
        var g = Glossary()
        var byTarget: [String: Int] = [:]
        var entries: [GlossaryEntry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            if n == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard cols.count >= 2, !cols[0].isEmpty, !cols[1].isEmpty else {
                throw BitextError.malformed(name, line: n + 1, reason: "expected source<TAB>target[<TAB>comment]")
            }
            // Lines sharing a target are variants of one entry (how Bitext exports them).
            if let k = byTarget[cols[1]] {
                if !(entries[k].forms[source.tag]?.contains(cols[0]) ?? false) { entries[k].forms[source.tag, default: []].append(cols[0]) }
                continue
            }
            let comment = cols.count > 2 ? cols[2] : ""
            let parts = comment.split(separator: ";", maxSplits: 2).map { String($0.trimmingSpaces) }
            let kind = parts.first.flatMap { GlossaryEntry.Kind(rawValue: $0) }
            let id = kind != nil && parts.count > 1 ? parts[1] : "entry-\(entries.count + 1)"
            byTarget[cols[1]] = entries.count
            entries.append(GlossaryEntry(id: id, kind: kind ?? .other, forms: [source.tag: [cols[0]], target.tag: [cols[1]]],
                                         note: kind != nil && parts.count > 2 ? parts[2] : comment))
        }
        for e in entries { try g.add(e, origin: name) }
        return g
    }

    static func readTBX(_ text: String, name: String) throws -> Glossary {
        let bytes = try XMLEntityExpansion.expanded(Array(text.utf8), name: name)
        let reader = TBXReader()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse() else {
            throw BitextError.malformed(name, line: parser.lineNumber, reason: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "parse error")")
        }
        var g = Glossary()
        for e in reader.entries { try g.add(e, origin: name) }
        return g
    }

    // MARK: helpers

    static func clean(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }

    package static func csvCell(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func parseCSV(_ text: String, name: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, atStart = true
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" && atStart {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""; atStart = true; i += 1; continue
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(cell); cell = ""
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []; atStart = true; i += 1; continue
            } else {
                cell.append(c)
            }
            atStart = false
            i += 1
        }
        if quoted { throw BitextError.malformed(name, line: rows.count + 1, reason: "unterminated quoted cell") }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    static func xmlID(_ id: String) -> String {
        guard let f = id.first, f.isLetter || f == "_" else { return "e-" + id }
        return id
    }

    /// TBX-Basic's picklist has no proper noun: names are nouns.
    static func partOfSpeech(_ kind: GlossaryEntry.Kind) -> String { "noun" }
}

/// Collects entries from TBX v3 (`conceptEntry`/`langSec`/`termSec`) and martif (`termEntry`/`langSet`/`tig`).
final class TBXReader: NSObject, XMLParserDelegate {
    var entries: [GlossaryEntry] = []
    private var current: GlossaryEntry?
    private var language: String?
    private var text = ""
    private var descripType: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        text = ""
        switch name {
        case "conceptEntry", "termEntry":
            let raw = attributes["id"] ?? "entry-\(entries.count + 1)"
            current = GlossaryEntry(id: raw.hasPrefix("e-") ? String(raw.dropFirst(2)) : raw, kind: .other, forms: [:])
        case "langSec", "langSet":
            language = attributes["xml:lang"] ?? attributes["lang"]
        case "descrip":
            descripType = attributes["type"]
        default: break
        }
    }

    /// A CDATA section's content is text like any other.
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "term":
            if let lang = language, !value.isEmpty { current?.forms[(try? LanguageCode(lang).tag) ?? lang, default: []].append(Normalization.normalize(value)) }
        case "descrip" where descripType == "subjectField":
            if let k = GlossaryEntry.Kind(rawValue: value) { current?.kind = k }
        case "note":
            current?.note = value
        case "conceptEntry", "termEntry":
            if let c = current, !c.forms.isEmpty { entries.append(c) }
            current = nil
        case "langSec", "langSet":
            language = nil
        default: break
        }
        text = ""
    }
}
