import BitextText
import BitextAlignment
import BitextFormats
import Foundation

/// Between TMX units and memory entries. Bitext's own props (x-confidence, x-bead, x-document…)
/// become columns; an `x-document` prop opens a new origin, so a unit exported with several
/// origins reads back with the same ones. Every other prop, note and attribute is kept as it was.
public enum TMXUnitMapping {
    static let unitAttributes: Set<String> = ["tuid", "srclang", "creationdate", "creationid", "changedate", "changeid"]
    static let detector = LanguageDetector()

    public static func entry(from unit: TranslationUnit, source: String?) throws -> MemoryEntry {
        let variants = try unit.variants.compactMap { v -> MemoryVariant? in
            guard let code = importedLanguage(v.language) else {
                throw BitextError.invalidArgument("'\(v.language)' is not a language code")
            }
            let text = SegmentKey.normalize(v.text)
            // A segment whose text is plainly in another language than its xml:lang would be found under the
            // wrong language forever after (English stored as Korean).
            if let found = detector.contradiction(text, claimed: code) {
                throw BitextError.invalidArgument("its \(v.language) text is \(found)")
            }
            return text.isEmpty ? nil : MemoryVariant(language: code.tag, text: text)
        }
        guard variants.count >= 2 else { throw BitextError.invalidArgument("fewer than two languages with text") }
        var shared = MemoryOrigin(source: source)
        shared.created = unit.attributes["creationdate"]
        shared.creator = unit.attributes["creationid"]
        shared.changed = unit.attributes["changedate"]
        shared.changer = unit.attributes["changeid"]
        shared.attributes = unit.attributes.filter { !unitAttributes.contains($0.key) }
        var origins: [MemoryOrigin] = []
        var current = shared
        var unitConfidence: Double?, unitBead: String?
        for (type, value) in unit.props {
            switch type {
            case "x-document":
                if current.document != nil {
                    origins.append(current)
                    current = shared
                    current.attributes = [:]
                }
                current.document = value
            case "x-document-target": current.documentTarget = value
            case "x-document-date": current.documentDate = value
            case "x-alignment": current.mode = value
            case "x-kind": current.kind = value
            case "x-confidence": unitConfidence = Double(value)
            case "x-bead": unitBead = value
            default: current.props.append([type, value])
            }
        }
        origins.append(current)
        origins[0].notes = unit.notes
        for i in origins.indices {
            origins[i].confidence = unitConfidence
            origins[i].bead = unitBead
        }
        return MemoryEntry(variants: variants, origins: origins)
    }

    /// Tools write `ko_KR` and `kor` where TMX wants `ko-KR` and `ko`: read them as meant.
    static func importedLanguage(_ text: String) -> LanguageCode? {
        if let code = try? LanguageCode(text) { return code }
        var parts = text.replacingOccurrences(of: "_", with: "-").split(separator: "-").map(String.init)
        guard let first = parts.first else { return nil }
        if first.count == 3, let short = Locale(identifier: first.lowercased()).language.languageCode?.identifier, short.count == 2 {
            parts[0] = short
        }
        return try? LanguageCode(parts.joined(separator: "-"))
    }

    /// The unit as TMX writes it: props for the unit's best confidence and bead, then each
    /// origin's document props and kept props; notes and attributes of every origin, once each.
    public static func tmxUnit(_ unit: MemoryUnit, languages: [String]? = nil) -> TranslationUnit {
        var tu = TranslationUnit()
        tu.tuid = String(unit.id)
        tu.attributes["creationdate"] = unit.created
        if unit.changed != unit.created { tu.attributes["changedate"] = unit.changed }
        if let c = unit.creator { tu.attributes["creationid"] = c }
        if let c = unit.changer { tu.attributes["changeid"] = c }
        if let c = unit.confidence { tu.props.append(("x-confidence", Confidence.format(c))) }
        if let b = unit.bead { tu.props.append(("x-bead", b)) }
        var seenProps = Set<[String]>()
        for origin in unit.origins {
            for (type, value) in [("x-document", origin.document), ("x-document-target", origin.documentTarget),
                                  ("x-document-date", origin.documentDate), ("x-alignment", origin.mode), ("x-kind", origin.kind)] {
                if let value { tu.props.append((type, value)) }
            }
            for p in origin.props where p.count == 2 && seenProps.insert(p).inserted { tu.props.append((p[0], p[1])) }
            for n in origin.notes where !tu.notes.contains(n) { tu.notes.append(n) }
            for (k, v) in origin.attributes where tu.attributes[k] == nil { tu.attributes[k] = v }
        }
        var variants = unit.variants
        if let languages {
            variants = languages.compactMap { l in unit.variants.first { MemoryLanguage.matches($0.language, l) } }
        }
        tu.variants = variants.map { ($0.language, $0.text) }
        return tu
    }
}
