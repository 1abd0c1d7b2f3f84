import BitextText
import BitextNames
import BitextGlossary
import BitextEntities
import Foundation

/// A stretch of a segment the review page highlights: a number, a glossary entity, or a name or Latin
/// token the bead's other side also has. Offsets are UTF-16 units, as the browser counts them.
public struct ReviewHighlight: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case number, entity, name }
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// What it stands for: the number, the glossary id, or the name as matched.
    public var key: String
}

/// Finds what to highlight in each bead: the anchors a reviewer checks first (do the numbers agree, is
/// the name the same person). Computed per bead, so the page can ask again after an edit.
public final class ReviewHighlighter {
    private let glossary: Glossary?
    private let sourceLanguage: LanguageCode
    private let targetLanguage: LanguageCode
    private var marker: GlossaryMarker?
    private let names: NameMatcher?
    /// Names the glossary knows are highlighted as entities, not matched again.
    private let knownSource: GlossaryMatcher?
    private let knownTarget: GlossaryMatcher?
    /// Highlights of a bead's segments by the bead's texts: an edit changes one or two beads, and the page
    /// asks for all of them after every edit.
    private var cache: [[String]: (source: [[ReviewHighlight]], target: [[ReviewHighlight]])] = [:]

    public init(glossary: Glossary?, source: LanguageCode, target: LanguageCode) {
        self.glossary = glossary
        sourceLanguage = source
        targetLanguage = target
        marker = glossary.map { GlossaryMarker(glossary: $0) }
        names = try? NameMatcher()
        knownSource = glossary.map { GlossaryMatcher(glossary: $0, language: source) }
        knownTarget = glossary.map { GlossaryMatcher(glossary: $0, language: target) }
    }

    static let entityKinds = Set(NameChecker.checkedKinds.map(\.rawValue))

    /// Highlights of every segment of each side, by segment index.
    public func highlights(_ document: ReviewDocument) -> (source: [[ReviewHighlight]], target: [[ReviewHighlight]]) {
        if cache.count > 50_000 { cache.removeAll() }
        var src = [[ReviewHighlight]](repeating: [], count: document.source.segments.count)
        var tgt = [[ReviewHighlight]](repeating: [], count: document.target.segments.count)
        for reviewed in document.beads {
            let bead = reviewed.bead
            let sourceTexts = bead.source.map { document.source.segments[$0].text }
            let targetTexts = bead.target.map { document.target.segments[$0].text }
            let key = sourceTexts + ["\u{1F}"] + targetTexts
            let found = cache[key] ?? {
                let computed = beadHighlights(sourceTexts, targetTexts)
                cache[key] = computed
                return computed
            }()
            for (k, i) in bead.source.enumerated() { src[i] = found.source[k] }
            for (k, i) in bead.target.enumerated() { tgt[i] = found.target[k] }
        }
        return (src, tgt)
    }

    private func beadHighlights(_ sourceTexts: [String], _ targetTexts: [String]) -> (source: [[ReviewHighlight]], target: [[ReviewHighlight]]) {
        names?.forgetNames()
        let sourceText = sourceTexts.joined(separator: " "), targetText = targetTexts.joined(separator: " ")
        let pairedNames = matchedNames(sourceText, targetText)
        return (sourceTexts.map { highlights($0, language: sourceLanguage, other: targetText, otherLanguage: targetLanguage, names: pairedNames.source) },
                targetTexts.map { highlights($0, language: targetLanguage, other: sourceText, otherLanguage: sourceLanguage, names: pairedNames.target) })
    }

    private func highlights(_ text: String, language: LanguageCode, other: String, otherLanguage: LanguageCode,
                            names: [String: String]) -> [ReviewHighlight] {
        var out: [ReviewHighlight] = []
        if let marks = marker?.marks(in: text, language: language.tag, counterpart: other, counterpartLanguage: otherLanguage.tag) {
            // Names (people, places, units, ships, organisations); standing terms would colour half the text.
            for m in marks where ReviewHighlighter.entityKinds.contains(m.kind) { out += occurrences(of: m.form, in: text).map { ReviewHighlight(start: $0.lowerBound, end: $0.upperBound, kind: .entity, key: m.entity) } }
        }
        for (form, key) in names {
            out += occurrences(of: form, in: text).map { ReviewHighlight(start: $0.lowerBound, end: $0.upperBound, kind: .name, key: key) }
        }
        out += ReviewHighlighter.numbers(in: text)
        // Longest first wins where two overlap; then in text order.
        var kept: [ReviewHighlight] = []
        for h in out.sorted(by: { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) })
        where !kept.contains(where: { $0.start < h.end && h.start < $0.end }) {
            kept.append(h)
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// Runs of digits (with the separators between them): 1,200 · 2016 · 3.5.
    static func numbers(in text: String) -> [ReviewHighlight] {
        let units = Array(text.utf16)
        var out: [ReviewHighlight] = []
        var i = 0
        func digit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
        while i < units.count {
            guard digit(units[i]) else { i += 1; continue }
            var j = i + 1
            while j < units.count && (digit(units[j]) || ((units[j] == 0x2C || units[j] == 0x2E) && j + 1 < units.count && digit(units[j + 1]))) { j += 1 }
            out.append(ReviewHighlight(start: i, end: j, kind: .number, key: String(decoding: units[i..<j], as: UTF16.self)))
            i = j
        }
        return out
    }

    /// Names the matcher pairs between the bead's two sides: capitalised runs of a Latin side against
    /// name spans of the other (or capitalised runs, between two Latin sides).
    private func matchedNames(_ source: String, _ target: String) -> (source: [String: String], target: [String: String]) {
        guard let names, !source.isEmpty, !target.isEmpty else { return ([:], [:]) }
        let spans = { (text: String, language: LanguageCode, known: GlossaryMatcher?) in
            (language.profile.writesNamesInLatin ? NameMentions.mentions(text) : NameSpans.nameSpans(text))
                .filter { $0.count >= 2 && (known?.entities(in: $0).isEmpty ?? true) }
        }
        var src: [String: String] = [:], tgt: [String: String] = [:]
        let targetSpans = Set(spans(target, targetLanguage, knownTarget))
        for a in Set(spans(source, sourceLanguage, knownSource)) {
            let pa = names.prepare(a, sourceLanguage)
            for b in targetSpans where names.match(pa, names.prepare(b, targetLanguage), atLeast: NameMatcher.threshold).same {
                src[a] = a
                tgt[b] = a
            }
        }
        return (src, tgt)
    }

    /// UTF-16 ranges of `form` in `text`, ignoring case and diacritics.
    private func occurrences(of form: String, in text: String) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var from = text.startIndex
        while from < text.endIndex, let r = text.range(of: form, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
            out.append(text.utf16.distance(from: text.startIndex, to: r.lowerBound)..<text.utf16.distance(from: text.startIndex, to: r.upperBound))
            from = r.upperBound
        }
        return out
    }
}
