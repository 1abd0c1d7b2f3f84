import BitextText
import BitextAlignment
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

    /// `YYYYMMDDThhmmssZ` in UTC, as TMX requires. Worked out from the seconds since 1970 (the
    /// proleptic Gregorian calendar's day count): Foundation's Calendar took as long as writing the
    /// units of a news pair.
    public static func tmxDate(_ date: Date) -> String {
        // Clamped to years 0 to 9999 (TMX's four digits), and a date that is no number to 1970.
        let since = date.timeIntervalSince1970
        let seconds = since.isFinite ? Int(min(max(since, -62_167_219_200), 253_402_300_799).rounded(.down)) : 0
        let (days, second) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, secondOfDay) = second < 0 ? (days - 1, second + 86_400) : (days, second)
        let (year, month, dayOfMonth) = civil(daysSince1970: day)
        // Digits written out (String(format:) took most of the time left).
        var out: [UInt8] = []
        out.reserveCapacity(16)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4); digits(month, 2); digits(dayOfMonth, 2)
        out.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2); digits(secondOfDay / 60 % 60, 2); digits(secondOfDay % 60, 2)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Year, month and day of a day counted from 1970-01-01, in eras of 400 years (146,097 days)
    /// starting on 1 March, so that the leap day falls at the end of a year.
    static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468                              // from 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097                    // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153            // 0 = March
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
        let sourceName = Alignment.documentName(alignment.source.name)
        let targetName = alignment.target.name != alignment.source.name ? Alignment.documentName(alignment.target.name) : nil
        var out = ""
        for unit in alignment.alignedUnits(minConfidence: minConfidence) {
            number += 1
            var tu = TranslationUnit()
            tu.tuid = String(number)
            tu.attributes["creationdate"] = date
            tu.props = [("x-confidence", Confidence.format(unit.confidence)), ("x-bead", unit.bead),
                        ("x-document", sourceName)]
            if let targetName { tu.props.append(("x-document-target", targetName)) }
            if let d = alignment.documentDate { tu.props.append(("x-document-date", d)) }
            if alignment.mode != .parallel { tu.props.append(("x-alignment", alignment.mode.rawValue)) }
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
