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

    public static let comparableMinConfidence = 0.5

    /// A document's file name without its folder: the same article gives the same name wherever it is aligned.
    static func documentName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    public func write(_ alignments: [Alignment]) -> String {
        let date = TMXWriter.tmxDate(creationDate)
        let srcLang = alignments.first?.source.language.tag ?? "en"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="Bitext" creationtoolversion="\(XMLText.escape(toolVersion, attribute: true))" segtype="sentence" o-tmf="Bitext" adminlang="en" srclang="\(srcLang)" datatype="plaintext" creationdate="\(date)">

        """
        if alignments.count == 1, let d = alignments[0].documentDate {
            out += "    <prop type=\"x-document-date\">\(XMLText.escape(d))</prop>\n"
        }
        out += "  </header>\n  <body>\n"
        var unit = 0
        for alignment in alignments {
            // Of two independent accounts only the confident links are worth a translator's memory.
            let threshold = alignment.mode == AlignmentMode.comparable.rawValue ? max(minConfidence, TMXWriter.comparableMinConfidence) : minConfidence
            for bead in alignment.beads where !bead.isInsertionOrDeletion && bead.confidence >= threshold {
                let source = XMLText.segment(alignment.sourceText(bead)), target = XMLText.segment(alignment.targetText(bead))
                guard !source.isEmpty, !target.isEmpty else { continue }
                unit += 1
                out += "    <tu tuid=\"\(unit)\" creationdate=\"\(date)\">\n"
                out += "      <prop type=\"x-confidence\">\(Confidence.format(bead.confidence))</prop>\n"
                out += "      <prop type=\"x-bead\">\(bead.shape)</prop>\n"
                out += "      <prop type=\"x-document\">\(XMLText.escape(TMXWriter.documentName(alignment.source.name)))</prop>\n"
                if alignment.target.name != alignment.source.name {
                    out += "      <prop type=\"x-document-target\">\(XMLText.escape(TMXWriter.documentName(alignment.target.name)))</prop>\n"
                }
                if let d = alignment.documentDate { out += "      <prop type=\"x-document-date\">\(XMLText.escape(d))</prop>\n" }
                if alignment.mode != "parallel" { out += "      <prop type=\"x-alignment\">\(alignment.mode)</prop>\n" }
                if alignment.kind(bead) != .body { out += "      <prop type=\"x-kind\">\(alignment.kind(bead).rawValue)</prop>\n" }
                out += "      <tuv xml:lang=\"\(alignment.source.language.tag)\"><seg>\(XMLText.escape(source))</seg></tuv>\n"
                out += "      <tuv xml:lang=\"\(alignment.target.language.tag)\"><seg>\(XMLText.escape(target))</seg></tuv>\n"
                out += "    </tu>\n"
            }
        }
        out += "  </body>\n</tmx>\n"
        return out
    }
}

extension TMXWriter {
    /// One unit per group of sentences that say the same thing, with a `<tuv>` for every document that has it.
    public func write(_ multi: MultiAlignment) -> String {
        let date = TMXWriter.tmxDate(creationDate)
        let srcLang = multi.documents.first?.language.tag ?? "en"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="Bitext" creationtoolversion="\(XMLText.escape(toolVersion, attribute: true))" segtype="sentence" o-tmf="Bitext" adminlang="en" srclang="\(srcLang)" datatype="plaintext" creationdate="\(date)">
          </header>
          <body>

        """
        var number = 0
        for unit in multi.units where unit.confidence >= minConfidence {
            let present = multi.documents.indices.filter { !unit.members[$0].isEmpty }
            let texts = present.map { XMLText.segment(multi.text(of: unit, document: $0)) }
            // srclang must be in every unit; a unit without the first document's sentence is left out.
            guard present.first == 0, present.count >= 2, texts.allSatisfy({ !$0.isEmpty }) else { continue }
            number += 1
            out += "    <tu tuid=\"\(number)\" creationdate=\"\(date)\">\n"
            out += "      <prop type=\"x-confidence\">\(Confidence.format(unit.confidence))</prop>\n"
            out += "      <prop type=\"x-document\">\(XMLText.escape(TMXWriter.documentName(multi.documents[0].name)))</prop>\n"
            for (d, text) in zip(present, texts) {
                out += "      <tuv xml:lang=\"\(multi.documents[d].language.tag)\"><seg>\(XMLText.escape(text))</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }
}

public enum BitextVersion {
    public static let current = "0.1.0"
}
