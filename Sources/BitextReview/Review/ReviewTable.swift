import BitextText
import Foundation

/// The review table as HTML, so that a report reads without JavaScript: the same rows, classes and marks
/// the page's script draws (the script replaces them when it runs, and adds the interaction).
public enum ReviewTable {
    /// The `<tr>` rows of every bead.
    public static func rows(_ view: ReviewView) -> String {
        var out = ""
        for (k, bead) in view.beads.enumerated() {
            out += "<tr class=\"\(rowClass(bead, lowConfidence: view.lowConfidence))\" data-bead=\"\(k)\">"
            out += "<td class=\"num\">\(k + 1)</td>"
            out += "<td class=\"shape\"><span class=\"badge\">\(escape(bead.shape))</span></td>"
            out += cell(view.source, bead.source, "src") + cell(view.target, bead.target, "tgt")
            let status = bead.status == .proposed ? "" : bead.status.rawValue + (bead.changedBy.map { " by " + $0 } ?? "")
            out += "<td class=\"conf\">\(String(format: "%.2f", bead.confidence))<span class=\"status-mark\">\(escape(status))</span></td>"
            out += "</tr>\n"
        }
        return out
    }

    /// The figures above the table.
    public static func counts(_ view: ReviewView) -> String {
        let c = view.counts
        let shapes = c.shapes.keys.sorted().map { "\($0): \(c.shapes[$0]!)" }.joined(separator: ", ")
        return ["\(c.beads) beads", shapes, "\(c.lowConfidence) low confidence", "\(c.accepted) accepted", "\(c.edited) edited", "mode " + view.mode]
            .map { "<span>\(escape($0))</span>" }.joined()
    }

    /// A column's heading: the file name (never its folder) and the language.
    public static func heading(_ side: ReviewView.SideView) -> String {
        escape(fileName(side.name) + " (" + side.language + ")")
    }

    /// A path's last component: reports name inputs without the folders of the machine that made them.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func rowClass(_ bead: ReviewView.BeadView, lowConfidence: Double) -> String {
        switch bead.status {
        case .accepted: return "accepted"
        case .edited: return "edited"
        case .proposed: return bead.confidence < lowConfidence ? "low" : bead.confidence >= 0.9 ? "high" : "mid"
        }
    }

    static func cell(_ side: ReviewView.SideView, _ indices: [Int], _ cls: String) -> String {
        var out = "<td class=\"\(cls)\">"
        if indices.isEmpty { out += "<span class=\"empty\">—</span>" }
        for i in indices { out += segment(side.segments[i]) }
        return out + "</td>"
    }

    /// A segment with its highlights, as the script's `segmentNode` builds it.
    static func segment(_ seg: ReviewView.SegmentView) -> String {
        let scalars = Array(seg.text.utf16)
        func slice(_ a: Int, _ b: Int) -> String { escape(String(decoding: scalars[max(0, a)..<min(b, scalars.count)], as: UTF16.self)) }
        var out = "<span class=\"seg kind-\(seg.kind.rawValue)\"\(seg.kind == .body ? "" : " title=\"\(seg.kind.rawValue)\"")>"
        var at = 0
        for h in seg.highlights where h.start >= at && h.end <= scalars.count && h.start < h.end {
            if h.start > at { out += slice(at, h.start) }
            out += "<mark class=\"\(escape(h.kind.rawValue))\" title=\"\(escape(h.kind.rawValue + ": " + h.key, attribute: true))\">\(slice(h.start, h.end))</mark>"
            at = h.end
        }
        if at < scalars.count { out += slice(at, scalars.count) }
        return out + "</span>"
    }

    static func escape(_ text: String, attribute: Bool = false) -> String { XMLText.escape(text, attribute: attribute) }
}
