import BitextText
import BitextNames
import Foundation

/// The entity glossary: entries read from TSV files (a header row naming the columns `id`, `kind`,
/// one column per language code, `note`, `source`; forms in a cell separated by `|`).
public struct Glossary: Sendable, Equatable {
    public private(set) var entries: [GlossaryEntry] = []
    private var indexByID: [String: Int] = [:]
    /// "language, folded form" → id of the entity that claims it: a glossary of any size validates in linear time.
    private var owners: [UTF8Key: String] = [:]
    /// Comment lines before the header, kept when the file is written back.
    public var comments: [String] = []
    /// Comment lines in the body, by the id of the entry they stand before ("" for those after the last entry);
    /// written back in the same place, so that a glossary edited by Bitext keeps its curator's notes.
    public var bodyComments: [String: [String]] = [:]
    /// The line ending and byte order mark of the file it was read from, written back the same way (a
    /// glossary kept with Windows tools stays CRLF with its BOM).
    public var lineEnding = "\n"
    public var byteOrderMark = false
    /// The files this glossary was read from, in the order they were read.
    public private(set) var sources: [String] = []

    public init() {}

    public init(entries: [GlossaryEntry]) throws {
        for e in entries { try add(e, origin: "glossary") }
    }

    /// Two glossaries are equal when they hold the same entries and would be written the same way,
    /// wherever they were read from.
    public static func == (a: Glossary, b: Glossary) -> Bool {
        a.entries == b.entries && a.comments == b.comments && a.bodyComments == b.bodyComments
            && a.lineEnding == b.lineEnding && a.byteOrderMark == b.byteOrderMark
    }

    public subscript(id: String) -> GlossaryEntry? { indexByID[id].map { entries[$0] } }

    /// Adds an entry, refusing a duplicate id or a form another entity already claims in that language.
    public mutating func add(_ entry: GlossaryEntry, origin: String, line: Int = 0) throws {
        try add(entry, keys: Glossary.keys(of: entry), origin: origin, line: line)
    }

    /// `add`, the forms' keys computed already.
    mutating func add(_ entry: GlossaryEntry, keys: [(language: String, form: String, key: UTF8Key)], origin: String, line: Int) throws {
        guard indexByID[entry.id] == nil else {
            throw BitextError.malformed(origin, line: line, reason: "duplicate id '\(entry.id)'")
        }
        for (lang, form, key) in keys {
            if let other = owners[key] {
                throw BitextError.malformed(origin, line: line, reason: "\(lang) form '\(form)' of '\(entry.id)' is already claimed by '\(other)'")
            }
        }
        for (_, _, key) in keys { owners[key] = entry.id }
        indexByID[entry.id] = entries.count
        entries.append(entry)
    }

    /// The id of the entry that has this form (folded) in this language, if any.
    public func owner(of form: String, language: String) -> String? { owners[Glossary.ownerKey(language, form)] }

    /// Two forms that fold to the same key are the same surface form.
    package static func formKey(_ form: String) -> String {
        if let key = formKeyOfPlainText(form) { return key }
        let folded = LatinFolding.fold(form)
        if let key = formKeyOfPlainText(folded) { return key }
        return formKeyByCharacters(form)
    }

    /// The definition: folded, cut at every character that is neither a letter nor a number, joined by spaces.
    package static func formKeyByCharacters(_ form: String) -> String {
        LatinFolding.fold(form).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// `formKeyByCharacters` of text of ASCII and Hangul syllables only, byte by byte (a glossary of a
    /// hundred thousand entries is keyed in well under a second); nil for other text. Folding decomposes a
    /// syllable into its jamo, as Unicode's decomposition does.
    static func formKeyOfPlainText(_ form: String) -> String? {
        var out: [UInt8] = []
        guard appendFormKeyOfPlainText(form, to: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    static func appendFormKeyOfPlainText(_ form: String, to out: inout [UInt8]) -> Bool {
        let start = out.count
        var gap = false
        func open() {
            if gap && out.count > start { out.append(0x20) }
            gap = false
        }
        for s in form.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) { open(); out.append(UInt8(v)) }
                else if v >= 0x41 && v <= 0x5A { open(); out.append(UInt8(v | 0x20)) }
                else { gap = true }
            } else if HangulDecomposition.isSyllable(v) {
                open()
                HangulDecomposition.appendUTF8(ofSyllable: v, to: &out)
            } else {
                out.removeSubrange(start...)
                return false
            }
        }
        return true
    }

    /// The key under which `owners` holds a form of a language: the tag, U+0001, the form's key.
    static func ownerKey(_ language: String, _ form: String) -> UTF8Key {
        var bytes = Array(language.utf8)
        bytes.append(0x01)
        if !appendFormKeyOfPlainText(form, to: &bytes) { bytes.append(contentsOf: formKey(form).utf8) }
        return UTF8Key(String(decoding: bytes, as: UTF8.self))
    }

    public mutating func merge(_ other: Glossary, origin: String) throws {
        try append(other, origin: origin)
        sources += other.sources.isEmpty ? [origin] : other.sources
    }

    /// Adds all of `other`'s entries, refusing a duplicate id or a claimed form as `add` does; its forms
    /// are already keyed, so nothing is folded again (a glossary of a hundred thousand entries laid over the
    /// bundled one costs a dictionary merge, not a second load).
    mutating func append(_ other: Glossary, origin: String) throws {
        if entries.isEmpty && owners.isEmpty {
            entries = other.entries
            indexByID = other.indexByID
            owners = other.owners
            return
        }
        for (key, id) in other.owners {
            if let mine = owners[key] {
                let form = other[id].map { e in e.forms.flatMap { l, fs in fs.map { (l, $0) } }.first { Glossary.ownerKey($0.0, $0.1) == key } }
                let described = form.flatMap { $0 }.map { "\($0.0) form '\($0.1)'" } ?? "a form"
                throw BitextError.malformed(origin, line: 0, reason: "\(described) of '\(id)' is already claimed by '\(mine)'")
            }
        }
        for e in other.entries where indexByID[e.id] != nil {
            throw BitextError.malformed(origin, line: 0, reason: "duplicate id '\(e.id)'")
        }
        owners.reserveCapacity(owners.count + other.owners.count)
        for (key, id) in other.owners { owners[key] = id }
        for e in other.entries {
            indexByID[e.id] = entries.count
            entries.append(e)
        }
    }

    /// This glossary under another that takes precedence: an entry of `upper` replaces the one here
    /// with its id, and a form `upper` claims is dropped from the entity here that had it (an entity
    /// left without forms is dropped).
    public func overlaid(by upper: Glossary) throws -> Glossary {
        var result = Glossary()
        for var entry in entries where upper[entry.id] == nil {
            for (language, forms) in entry.forms {
                let kept = forms.filter { upper.owners[Glossary.ownerKey(language, $0)] == nil }
                entry.forms[language] = kept.isEmpty ? nil : kept
            }
            if !entry.forms.isEmpty { try result.add(entry, origin: "glossary") }
        }
        // Whatever the upper one claims was taken out above: its entries go in as they are.
        try result.append(upper, origin: upper.sources.last ?? "glossary")
        result.sources = sources + upper.sources
        return result
    }

    /// This glossary with another's entries added: an entry identical to one here is skipped, a
    /// same-id entry with other forms gains them when they conflict with nobody; everything else that
    /// clashes is reported, not guessed at.
    public func merging(_ other: Glossary) -> (merged: Glossary, conflicts: [String]) {
        var result = self
        var conflicts: [String] = []
        for e in other.entries {
            if let mine = result[e.id] {
                if mine == e { continue }
                if mine.kind != e.kind { conflicts.append("'\(e.id)' is a \(mine.kind.rawValue) here and a \(e.kind.rawValue) there"); continue }
                var combined = mine
                for (lang, forms) in e.forms {
                    for f in forms where !(combined.forms[lang]?.contains(f) ?? false) { combined.forms[lang, default: []].append(f) }
                }
                do { try result.replace(combined, origin: "merge") } catch { conflicts.append("\(error)") }
            } else {
                do { try result.add(e, origin: "merge") } catch { conflicts.append("\(error)") }
            }
        }
        return (result, conflicts)
    }

    /// Removes an entry; false when there is none with that id.
    @discardableResult
    public mutating func remove(id: String) -> Bool {
        guard let index = indexByID[id] else { return false }
        entries.remove(at: index)
        indexByID = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($0.element.id, $0.offset) })
        owners = owners.filter { $0.value != id }
        return true
    }

    /// Replaces an entry by a changed copy, validating it against all the others.
    public mutating func replace(_ entry: GlossaryEntry, origin: String) throws {
        guard let index = indexByID[entry.id] else { throw BitextError.invalidArgument("no entry with id '\(entry.id)'") }
        var rebuilt = Glossary()
        rebuilt.comments = comments
        rebuilt.bodyComments = bodyComments
        rebuilt.lineEnding = lineEnding
        rebuilt.byteOrderMark = byteOrderMark
        for (k, e) in entries.enumerated() { try rebuilt.add(k == index ? entry : e, origin: origin) }
        self = rebuilt
    }

    /// Languages used by any entry: those whose profile sets a glossary column first (en, ko, vi, ja), then
    /// the rest by code.
    public var languages: [String] {
        let used = Set(entries.flatMap(\.forms.keys))
        let first = LanguageProfiles.leadingGlossaryColumns.filter(used.contains)
        return first + used.subtracting(first).sorted()
    }

    /// The TSV file format this type reads: comments, header, one row per entry.
    public func tsv() -> String {
        let langs = languages.isEmpty ? LanguageProfiles.leadingGlossaryColumns : languages
        let end = lineEnding
        var out = comments.map { $0 + end }.joined()
        out += (["id", "kind"] + langs + ["note", "source"]).joined(separator: "\t") + end
        let clean = { (s: String) in s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        for e in entries {
            out += (bodyComments[e.id] ?? []).map { $0 + end }.joined()
            let cells = [e.id, e.kind.rawValue] + langs.map { clean((e.forms[$0] ?? []).joined(separator: " | ")) } + [clean(e.note), clean(e.source)]
            out += cells.joined(separator: "\t") + end
        }
        // Comments that stood before an entry since removed, then those after the last entry.
        let orphans = bodyComments.keys.filter { !$0.isEmpty && indexByID[$0] == nil }.sorted()
        out += (orphans.flatMap { bodyComments[$0]! } + (bodyComments[""] ?? [])).map { $0 + end }.joined()
        return out
    }

    // MARK: TSV

    public init(tsv text: String, origin: String) throws {
        sources = [origin]
        // Lines and cells are cut at their bytes, and the entry lines are read on every core, each with its
        // forms keyed; then the entries go in in file order (a glossary of a hundred thousand entries loads
        // in under a second).
        let lines: [Substring] = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes in
            let raw = Substring(bytes)
            return raw.utf8.last == 0x0D ? Substring(raw.utf8.dropLast()) : raw
        }
        var headerIndex: Int?
        for (n, line) in lines.enumerated() {
            if line.hasPrefix("#") { comments.append(String(line)); continue }
            if Glossary.trimmed(line).isEmpty { continue }
            let cells = Glossary.cells(line)
            try Glossary.validateHeader(cells, origin: origin, line: n + 1)
            headerIndex = n
            break
        }
        guard let headerIndex else { throw BitextError.malformed(origin, line: 1, reason: "no header row (id, kind, language columns)") }
        let columns = Glossary.cells(lines[headerIndex])
        let tags = columns.map { (try? LanguageCode($0).tag) ?? $0 }
        let body = Array(lines[(headerIndex + 1)...])
        let chunk = 4096, chunks = (body.count + chunk - 1) / chunk
        let parsed = ConcurrentSlots<[ParsedLine]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunk)..<min(body.count, (c + 1) * chunk)
            parsed.set(c, range.map { k in Glossary.parse(body[k], columns: columns, tags: tags, origin: origin, line: headerIndex + 2 + k) })
        }
        indexByID.reserveCapacity(body.count)
        owners.reserveCapacity(body.count * 3)
        entries.reserveCapacity(body.count)
        var pending: [String] = []
        for c in 0..<chunks {
            for line in parsed.value(c) {
                switch line {
                case .blank: continue
                case .comment(let text): pending.append(text)
                case .failed(let error): throw error
                case .entry(let entry, let keys, let number):
                    try add(entry, keys: keys, origin: origin, line: number)
                    if !pending.isEmpty { bodyComments[entry.id] = pending; pending = [] }
                }
            }
        }
        if !pending.isEmpty { bodyComments[""] = pending }
    }

    /// A line of the body, read on its own.
    enum ParsedLine: @unchecked Sendable {
        case blank
        case comment(String)
        case entry(GlossaryEntry, keys: [(language: String, form: String, key: UTF8Key)], line: Int)
        case failed(Error)
    }

    static func cells(_ line: Substring) -> [String] {
        line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Glossary.trimmed(Substring($0))) }
    }

    static func parse(_ line: Substring, columns: [String], tags: [String], origin: String, line number: Int) -> ParsedLine {
        if line.hasPrefix("#") { return .comment(String(line)) }
        if Glossary.trimmed(line).isEmpty { return .blank }
        let cells = Glossary.cells(line)
        guard cells.count == columns.count else {
            return .failed(BitextError.malformed(origin, line: number, reason: "\(cells.count) columns where the header has \(columns.count)"))
        }
        do {
            let entry = try Glossary.entry(cells: cells, columns: columns, tags: tags, origin: origin, line: number)
            return .entry(entry, keys: Glossary.keys(of: entry), line: number)
        } catch {
            return .failed(error)
        }
    }

    /// Each form of an entry with its key in `owners`, languages in order.
    static func keys(of entry: GlossaryEntry) -> [(language: String, form: String, key: UTF8Key)] {
        entry.forms.sorted { $0.key < $1.key }.flatMap { lang, forms in forms.map { (lang, $0, Glossary.ownerKey(lang, $0)) } }
    }

    static let fixedColumns: Set<String> = ["id", "kind", "note", "source"]

    /// Without white space at its ends: ASCII spaces read as bytes, anything else (a no-break space) as Characters.
    static func trimmed(_ cell: Substring) -> Substring {
        var bytes = cell.utf8[...]
        func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while let f = bytes.first, space(f) { bytes = bytes.dropFirst() }
        while let l = bytes.last, space(l) { bytes = bytes.dropLast() }
        let result = Substring(bytes)
        if let f = bytes.first, let l = bytes.last, f < 0x80, l < 0x80 { return result }
        return result.trimmingSpaces
    }

    static func validateHeader(_ cells: [String], origin: String, line: Int) throws {
        guard cells.first == "id", cells.count >= 3, cells.dropFirst().first == "kind" else {
            throw BitextError.malformed(origin, line: line, reason: "header must start with 'id<TAB>kind' followed by language columns")
        }
        var seen = Set<String>()
        for c in cells {
            guard seen.insert(c).inserted else { throw BitextError.malformed(origin, line: line, reason: "column '\(c)' appears twice") }
            if !fixedColumns.contains(c) {
                do { _ = try LanguageCode(c) } catch {
                    throw BitextError.malformed(origin, line: line, reason: "column '\(c)' is neither id/kind/note/source nor a language code")
                }
            }
        }
    }

    static func entry(cells: [String], columns: [String], tags: [String]? = nil, origin: String, line: Int) throws -> GlossaryEntry {
        var id = "", kind = GlossaryEntry.Kind.other, note = "", source = ""
        var forms: [String: [String]] = [:]
        for (index, (column, cell)) in zip(columns, cells).enumerated() {
            switch column {
            case "id": id = cell
            case "kind":
                guard let k = GlossaryEntry.Kind(rawValue: cell) else {
                    throw BitextError.malformed(origin, line: line, reason: "unknown kind '\(cell)' (use \(GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                kind = k
            case "note": note = cell
            case "source": source = cell
            default:
                let list = cell.utf8.split(separator: 0x7C).map { Normalization.normalize(String(Glossary.trimmed(Substring($0)))) }.filter { !$0.isEmpty }
                if !list.isEmpty { forms[tags?[index] ?? (try? LanguageCode(column).tag) ?? column] = list }
            }
        }
        guard !id.isEmpty, id.utf8.allSatisfy({ b in
            (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E
        }) else {
            throw BitextError.malformed(origin, line: line, reason: "id '\(id)' must be non-empty ASCII letters, digits, '-', '_' or '.'")
        }
        guard !forms.isEmpty else { throw BitextError.malformed(origin, line: line, reason: "entry '\(id)' has no form in any language") }
        return GlossaryEntry(id: id, kind: kind, forms: forms, note: note, source: source)
    }
}
