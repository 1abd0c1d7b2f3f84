import Foundation
import BitextText
import BitextAlignment

/// A bilingual XLIFF file, each bead a unit: 2.0 (`xliff`, the default for `.xliff` and `.xlf`) or 1.2
/// (`xliff12`, for older tools). A bead's confidence and shape travel as notes; a bead under
/// `--min-confidence` is written with its target but marked for review (`initial` / `needs-review-translation`).
/// Beads without source text (0-n) are left out: an XLIFF unit needs a source.
public struct XLIFFExporter: AlignmentExporter {
    public enum Version: Sendable { case v2_0, v1_2 }
    public let version: Version

    public init(version: Version = .v2_0) {
        self.version = version
    }

    public var name: String { version == .v2_0 ? "xliff" : "xliff12" }
    public var fileExtensions: [String] { version == .v2_0 ? ["xliff", "xlf"] : [] }
    public var summary: String { version == .v2_0 ? "XLIFF 2.0, a bilingual file for CAT tools" : "XLIFF 1.2, for older CAT tools" }

    public func export(_ alignment: Alignment, settings: ExportSettings) -> String {
        let units = alignment.beads.enumerated().filter { !$0.element.source.isEmpty }.map { k, bead in
            (id: k + 1, bead: bead, source: alignment.sourceText(bead), target: bead.target.isEmpty ? nil : alignment.targetText(bead),
             confident: bead.confidence >= settings.minConfidence)
        }
        let (src, tgt) = (alignment.source.language.tag, alignment.target.language.tag)
        let original = (alignment.source.name as NSString).lastPathComponent
        let e = { (s: String) in XMLText.escape(s) }, a = { (s: String) in XMLText.escape(s, attribute: true) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        switch version {
        case .v2_0:
            out += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"\(a(src))\" trgLang=\"\(a(tgt))\">\n"
            out += "  <file id=\"f1\" original=\"\(a(original))\">\n"
            for u in units {
                out += "    <unit id=\"u\(u.id)\">\n      <notes>\n"
                out += "        <note category=\"bitext-confidence\">\(Confidence.format(u.bead.confidence))</note>\n"
                out += "        <note category=\"bitext-shape\">\(u.bead.shape)</note>\n      </notes>\n"
                let state = u.target == nil || !u.confident ? "initial" : "translated"
                out += "      <segment state=\"\(state)\">\n        <source>\(e(u.source))</source>\n"
                if let t = u.target { out += "        <target>\(e(t))</target>\n" }
                out += "      </segment>\n    </unit>\n"
            }
            out += "  </file>\n</xliff>\n"
        case .v1_2:
            out += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n"
            out += "  <file original=\"\(a(original))\" source-language=\"\(a(src))\" target-language=\"\(a(tgt))\" datatype=\"plaintext\">\n"
            out += "    <header><tool tool-id=\"bitext\" tool-name=\"Bitext\" tool-version=\"\(a(BitextVersion.current))\"/></header>\n    <body>\n"
            for u in units {
                out += "      <trans-unit id=\"\(u.id)\">\n        <source xml:lang=\"\(a(src))\">\(e(u.source))</source>\n"
                if let t = u.target {
                    out += "        <target xml:lang=\"\(a(tgt))\" state=\"\(u.confident ? "translated" : "needs-review-translation")\">\(e(t))</target>\n"
                }
                out += "        <note from=\"bitext\">confidence \(Confidence.format(u.bead.confidence)); shape \(u.bead.shape)</note>\n"
                out += "      </trans-unit>\n"
            }
            out += "    </body>\n  </file>\n</xliff>\n"
        }
        return out
    }
}
