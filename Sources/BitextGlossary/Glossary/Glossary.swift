import BitextText
import BitextNames
import Foundation

/// The entity glossary: entries read from TSV files (a header row naming the columns `id`, `kind`,
/// one column per language code, `note`, `source`; forms in a cell separated by `|`).
public struct Glossary: Sendable, Equatable {
    public private(set) var entries: [GlossaryEntry] = []
    private var indexByID: [String: Int] = [:]
    /// "language, folded form" → id of the entity that claims it: a glossary of any size validates in linear time.
    private var owners: [String: String] = [:]
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
        guard indexByID[entry.id] == nil else {
            throw BitextError.malformed(origin, line: line, reason: "duplicate id '\(entry.id)'")
        }
        let keys = entry.forms.sorted { $0.key < $1.key }.flatMap { lang, forms in forms.map { (lang, $0, lang + "\u{1}" + Glossary.formKey($0)) } }
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
    public func owner(of form: String, language: String) -> String? { owners[language + "\u{1}" + Glossary.formKey(form)] }

    /// Two forms that fold to the same key are the same surface form.
    package static func formKey(_ form: String) -> String {
        LatinFolding.fold(form).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    public mutating func merge(_ other: Glossary, origin: String) throws {
        for e in other.entries { try add(e, origin: origin) }
        sources += other.sources.isEmpty ? [origin] : other.sources
    }

    /// This glossary under another that takes precedence: an entry of `upper` replaces the one here
    /// with its id, and a form `upper` claims is dropped from the entity here that had it (an entity
    /// left without forms is dropped).
    public func overlaid(by upper: Glossary) throws -> Glossary {
        var result = Glossary()
        for var entry in entries where upper[entry.id] == nil {
            for (language, forms) in entry.forms {
                let kept = forms.filter { upper.owners[language + "\u{1}" + Glossary.formKey($0)] == nil }
                entry.forms[language] = kept.isEmpty ? nil : kept
            }
            if !entry.forms.isEmpty { try result.add(entry, origin: "glossary") }
        }
        for entry in upper.entries { try result.add(entry, origin: upper.sources.last ?? "glossary") }
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
        var header: [String]?
        var pending: [String] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = n + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("#"), header == nil { comments.append(String(line)); continue }
            if line.hasPrefix("#") { pending.append(String(line)); continue }
            if line.trimmingSpaces.isEmpty { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard let columns = header else {
                try Glossary.validateHeader(cells, origin: origin, line: lineNumber)
                header = cells
                continue
            }
            guard cells.count == columns.count else {
                throw BitextError.malformed(origin, line: lineNumber, reason: "\(cells.count) columns where the header has \(columns.count)")
            }
            let entry = try Glossary.entry(cells: cells, columns: columns, origin: origin, line: lineNumber)
            try add(entry, origin: origin, line: lineNumber)
            if !pending.isEmpty { bodyComments[entry.id] = pending; pending = [] }
        }
        if !pending.isEmpty { bodyComments[""] = pending }
        if header == nil { throw BitextError.malformed(origin, line: 1, reason: "no header row (id, kind, language columns)") }
    }

    static let fixedColumns: Set<String> = ["id", "kind", "note", "source"]

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

    static func entry(cells: [String], columns: [String], origin: String, line: Int) throws -> GlossaryEntry {
        var id = "", kind = GlossaryEntry.Kind.other, note = "", source = ""
        var forms: [String: [String]] = [:]
        for (column, cell) in zip(columns, cells) {
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
                let list = cell.split(separator: "|").map { Normalization.normalize(String($0.trimmingSpaces)) }.filter { !$0.isEmpty }
                if !list.isEmpty { forms[(try? LanguageCode(column).tag) ?? column] = list }
            }
        }
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            throw BitextError.malformed(origin, line: line, reason: "id '\(id)' must be non-empty ASCII letters, digits, '-', '_' or '.'")
        }
        guard !forms.isEmpty else { throw BitextError.malformed(origin, line: line, reason: "entry '\(id)' has no form in any language") }
        return GlossaryEntry(id: id, kind: kind, forms: forms, note: note, source: source)
    }
}
