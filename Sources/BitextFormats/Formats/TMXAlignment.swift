import BitextText
import BitextAlignment
import Foundation

/// A TMX file read as an alignment of its units, for checking: each unit with both languages is a 1-1
/// bead of confidence 1, in file order.
public enum TMXAlignment {
    /// nil when the file is not a TMX (its first kilobytes hold no `<tmx`).
    public static func read(_ path: String, source: LanguageCode?, target: LanguageCode?) throws -> Alignment? {
        let bytes = try DocumentLoader().bytes(at: path)
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard head.contains("<tmx") else { return nil }
        let result = try TMXReader().read(contentsOf: URL(fileURLWithPath: path))
        let languages = result.units.flatMap { $0.variants.map(\.language) }
        guard let from = try source ?? result.header["srclang"].flatMap({ $0 == "*all*" ? nil : try LanguageCode($0) }) ?? languages.first.map({ try LanguageCode($0) }) else {
            throw BitextError.malformed(path, line: 1, reason: "no unit holds any language")
        }
        guard let to = try target ?? languages.first(where: { (try? LanguageCode($0))?.primary != from.primary }).map({ try LanguageCode($0) }) else {
            throw BitextError.malformed(path, line: 1, reason: "no unit holds a language other than \(from.tag)")
        }
        var sources: [Segment] = [], targets: [Segment] = [], beads: [Bead] = []
        for unit in result.units {
            let text = { (language: LanguageCode) in
                unit.variants.first(where: { $0.language == language.tag })?.text
                    ?? unit.variants.first(where: { (try? LanguageCode($0.language))?.primary == language.primary })?.text
            }
            guard let s = text(from), let t = text(to) else { continue }
            beads.append(Bead(source: sources.count..<(sources.count + 1), target: targets.count..<(targets.count + 1), confidence: 1))
            sources.append(Segment(text: s, paragraph: sources.count))
            targets.append(Segment(text: t, paragraph: targets.count))
        }
        let name = (path as NSString).lastPathComponent
        return Alignment(source: .init(name: name, language: from, segments: sources), target: .init(name: name, language: to, segments: targets), beads: beads)
    }
}
