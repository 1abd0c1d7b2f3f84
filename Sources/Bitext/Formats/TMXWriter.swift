import Foundation

/// TMX 1.4b level 1, the interchange format every CAT tool imports (OmegaT, Trados, memoQ).
public struct TMXWriter: Sendable {
    public var toolVersion: String
    /// Written as every `creationdate`; pass a fixed date for reproducible files.
    public var creationDate: Date
    /// Beads under this confidence are left out.
    public var minConfidence: Double

    public init(toolVersion: String = BitextVersion.current, creationDate: Date = Date(), minConfidence: Double = 0) {
        self.toolVersion = toolVersion
        self.creationDate = creationDate
        self.minConfidence = minConfidence
    }

    /// `YYYYMMDDThhmmssZ` in UTC, as TMX requires.
    public static func tmxDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    public func write(_ alignments: [Alignment]) -> String {
        let headerProps = alignments.count == 1 ? alignments[0].documentDate.map { [("x-document-date", $0)] } ?? [] : []
        var out = header(srclang: alignments.first?.source.language.tag ?? "en", props: headerProps)
        var number = 0
        for alignment in alignments { out += units(alignment, numberedAfter: &number) }
        out += TMXMarkup.footer
        return out
    }

    /// The start of a file that `units` then fills, for writing many alignments as a stream.
    public func header(srclang: String, props: [(String, String)] = []) -> String {
        TMXMarkup.header(srclang: srclang, creationDate: TMXWriter.tmxDate(creationDate), toolVersion: toolVersion, props: props)
    }

    /// One alignment's units, numbered on from `number` (which is advanced).
    public func units(_ alignment: Alignment, numberedAfter number: inout Int) -> String {
        let date = TMXWriter.tmxDate(creationDate)
        var out = ""
        for unit in alignment.alignedUnits(minConfidence: minConfidence) {
            number += 1
            var tu = TranslationUnit()
            tu.tuid = String(number)
            tu.attributes["creationdate"] = date
            tu.props = [("x-confidence", Confidence.format(unit.confidence)), ("x-bead", unit.bead),
                        ("x-document", Alignment.documentName(alignment.source.name))]
            if alignment.target.name != alignment.source.name {
                tu.props.append(("x-document-target", Alignment.documentName(alignment.target.name)))
            }
            if let d = alignment.documentDate { tu.props.append(("x-document-date", d)) }
            if alignment.mode != "parallel" { tu.props.append(("x-alignment", alignment.mode)) }
            if unit.kind != .body { tu.props.append(("x-kind", unit.kind.rawValue)) }
            tu.variants = [(alignment.source.language.tag, unit.sourceText), (alignment.target.language.tag, unit.targetText)]
            out += TMXMarkup.unit(tu)
        }
        return out
    }
}

extension TMXWriter {
    /// One unit per group of sentences that say the same thing, with a `<tuv>` for every document that has it.
    public func write(_ multi: MultiAlignment) -> String {
        let date = TMXWriter.tmxDate(creationDate)
        var out = TMXMarkup.header(srclang: multi.documents.first?.language.tag ?? "en", creationDate: date, toolVersion: toolVersion)
        var number = 0
        for unit in multi.units where unit.confidence >= minConfidence {
            let present = multi.documents.indices.filter { !unit.members[$0].isEmpty }
            let texts = present.map { XMLText.segment(multi.text(of: unit, document: $0)) }
            // srclang must be in every unit; a unit without the first document's sentence is left out.
            guard present.first == 0, present.count >= 2, texts.allSatisfy({ !$0.isEmpty }) else { continue }
            number += 1
            var tu = TranslationUnit()
            tu.tuid = String(number)
            tu.attributes["creationdate"] = date
            tu.props = [("x-confidence", Confidence.format(unit.confidence)), ("x-document", Alignment.documentName(multi.documents[0].name))]
            tu.variants = zip(present, texts).map { (multi.documents[$0].language.tag, $1) }
            out += TMXMarkup.unit(tu)
        }
        out += TMXMarkup.footer
        return out
    }
}

public enum BitextVersion {
    public static let current = "0.1.0"
}
