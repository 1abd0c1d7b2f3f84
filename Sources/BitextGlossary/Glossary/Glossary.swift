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
        // Each key is looked up once, claimed as it is checked; a refused entry's claims are taken back.
        if let index = indexByID.updateValue(entries.count, forKey: entry.id) {
            indexByID[entry.id] = index
            throw BitextError.malformed(origin, line: line, reason: "duplicate id '\(entry.id)'")
        }
        for (k, (lang, form, key)) in keys.enumerated() {
            guard let other = owners.updateValue(entry.id, forKey: key), other != entry.id else { continue }
            owners[key] = other
            for (_, _, claimed) in keys[..<k] where owners[claimed] == entry.id { owners[claimed] = nil }
            indexByID[entry.id] = nil
            throw BitextError.malformed(origin, line: line, reason: "\(lang) form '\(form)' of '\(entry.id)' is already claimed by '\(other)'")
        }
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(language.utf8.count + 1 + form.utf8.count * 3)
        bytes.append(contentsOf: language.utf8)
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
        // Each side's keys are looked up in the other's dictionary from the smaller side: a large glossary
        // laid over the bundled one costs a few hundred lookups here.
        if owners.count <= other.owners.count {
            for (key, mine) in owners {
                if let id = other.owners[key] { try Glossary.refuseClaimed(key, of: id, by: mine, in: other, origin: origin) }
            }
        } else {
            for (key, id) in other.owners {
                if let mine = owners[key] { try Glossary.refuseClaimed(key, of: id, by: mine, in: other, origin: origin) }
            }
        }
        if entries.count <= other.entries.count {
            if let e = entries.first(where: { other.indexByID[$0.id] != nil }) {
                throw BitextError.malformed(origin, line: 0, reason: "duplicate id '\(e.id)'")
            }
            // The other's dictionaries are taken as they are, this one's few entries put in front.
            var mergedOwners = other.owners
            mergedOwners.reserveCapacity(owners.count + other.owners.count)
            for (key, id) in owners { mergedOwners[key] = id }
            var mergedIndex = other.indexByID
            mergedIndex.reserveCapacity(entries.count + other.entries.count)
            var slot = mergedIndex.values.startIndex
            while slot != mergedIndex.values.endIndex {
                mergedIndex.values[slot] += entries.count
                mergedIndex.values.formIndex(after: &slot)
            }
            for (id, index) in indexByID { mergedIndex[id] = index }
            owners = mergedOwners
            indexByID = mergedIndex
            entries += other.entries
            return
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

    /// Refuses a form of `other`'s entry `id` (its key `key`) that the entry `mine` already claims.
    private static func refuseClaimed(_ key: UTF8Key, of id: String, by mine: String, in other: Glossary, origin: String) throws -> Never {
        let form = other[id].map { e in e.forms.flatMap { l, fs in fs.map { (l, $0) } }.first { Glossary.ownerKey($0.0, $0.1) == key } }
        let described = form.flatMap { $0 }.map { "\($0.0) form '\($0.1)'" } ?? "a form"
        throw BitextError.malformed(origin, line: 0, reason: "\(described) of '\(id)' is already claimed by '\(mine)'")
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
        var text = text
        try text.withUTF8 { try read(GlossaryBytes(bytes: $0), origin: origin) }
    }

    /// Lines and cells are cut at their bytes, and the entry lines are read on every core, each with its
    /// forms keyed; then the entries go in in file order.
    private mutating func read(_ file: GlossaryBytes, origin: String) throws {
        let lines = file.lines()
        var headerIndex: Int?
        for (n, line) in lines.enumerated() {
            if file.starts(line, with: 0x23) { comments.append(file.string(line)); continue }
            if file.trimmed(line).isEmpty { continue }
            try Glossary.validateHeader(Glossary.cells(file, line), origin: origin, line: n + 1)
            headerIndex = n
            break
        }
        guard let headerIndex else { throw BitextError.malformed(origin, line: 1, reason: "no header row (id, kind, language columns)") }
        let columns = Glossary.cells(file, lines[headerIndex])
        let tags = columns.map { (try? LanguageCode($0).tag) ?? $0 }
        let languages = Set(zip(columns, tags).filter { !Glossary.fixedColumns.contains($0.0) }.map(\.1)).sorted()
        let body = Array(lines[(headerIndex + 1)...])
        let chunk = 4096, chunks = (body.count + chunk - 1) / chunk
        let parsed = ConcurrentSlots<[ParsedLine]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunk)..<min(body.count, (c + 1) * chunk)
            parsed.set(c, range.map { k in
                Glossary.parse(file, body[k], columns: columns, tags: tags, languages: languages, origin: origin, line: headerIndex + 2 + k)
            })
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

    static func cells(_ file: GlossaryBytes, _ line: Range<Int>) -> [String] {
        file.pieces(line, at: 0x09).map(file.string)
    }

    /// `languages`: the language tags of the columns, sorted (the order `keys(of:)` gives the forms in).
    static func parse(_ file: GlossaryBytes, _ line: Range<Int>, columns: [String], tags: [String], languages: [String],
                      origin: String, line number: Int) -> ParsedLine {
        if file.starts(line, with: 0x23) { return .comment(file.string(line)) }
        if file.trimmed(line).isEmpty { return .blank }
        let cells = file.pieces(line, at: 0x09)
        guard cells.count == columns.count else {
            return .failed(BitextError.malformed(origin, line: number, reason: "\(cells.count) columns where the header has \(columns.count)"))
        }
        do {
            let entry = try Glossary.entry(file, cells: cells, columns: columns, tags: tags, origin: origin, line: number)
            return .entry(entry, keys: Glossary.keys(of: entry, languages: languages), line: number)
        } catch {
            return .failed(error)
        }
    }

    /// Each form of an entry with its key in `owners`, languages in order.
    static func keys(of entry: GlossaryEntry) -> [(language: String, form: String, key: UTF8Key)] {
        keys(of: entry, languages: entry.forms.keys.sorted())
    }

    /// `keys(of:)`, the languages the entry may have known already, in order.
    static func keys(of entry: GlossaryEntry, languages: [String]) -> [(language: String, form: String, key: UTF8Key)] {
        var out: [(language: String, form: String, key: UTF8Key)] = []
        for language in languages {
            for form in entry.forms[language] ?? [] { out.append((language, form, Glossary.ownerKey(language, form))) }
        }
        return out
    }

    static let fixedColumns: Set<String> = ["id", "kind", "note", "source"]

    /// A scalar that never extends the cluster before it (a letter of Latin, Hangul, Han or kana): text
    /// ending with it ends with a character that is not white space.
    static func closesItsOwnCluster(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x80 || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF)
            || HangulDecomposition.isSyllable(v) || (v >= 0x3041 && v <= 0x3096) || (v >= 0x30A1 && v <= 0x30FA) || (v >= 0x4E00 && v <= 0x9FFF)
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

    static func entry(_ file: GlossaryBytes, cells: [Range<Int>], columns: [String], tags: [String], origin: String, line: Int) throws -> GlossaryEntry {
        var id = "", kind = GlossaryEntry.Kind.other, note = "", source = ""
        var forms: [String: [String]] = [:]
        for (index, (column, range)) in zip(columns, cells).enumerated() {
            switch column {
            case "id": id = file.string(range)
            case "kind":
                let cell = file.string(range)
                guard let k = GlossaryEntry.Kind(rawValue: cell) else {
                    throw BitextError.malformed(origin, line: line, reason: "unknown kind '\(cell)' (use \(GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                kind = k
            case "note": note = file.string(range)
            case "source": source = file.string(range)
            default:
                if range.isEmpty { continue }
                let list = file.pieces(range, at: 0x7C).compactMap { $0.isEmpty ? nil : Normalization.normalize(file.string($0)) }.filter { !$0.isEmpty }
                if !list.isEmpty { forms[tags[index]] = list }
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
