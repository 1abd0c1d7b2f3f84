import BitextText
import BitextGlossary
import BitextAlignment
import Foundation

/// The review page: one HTML file with its style and script inline. Served by `bitext review` (the
/// script then asks the server for the alignment) or written by `--format html` with the alignment
/// embedded, read-only, to share.
public enum ReviewPage {
    /// The page for the server: no data inside; `nonce` lets only this page's own style and script run.
    public static func live(title: String, nonce: String) -> String {
        page(title: title, data: "null", nonce: nonce, view: nil)
    }

    /// A self-contained, read-only report.
    public static func report(_ view: ReviewView, title: String) -> String {
        var readOnly = view
        readOnly.readOnly = true
        readOnly.canUndo = false
        readOnly.canRedo = false
        readOnly.candidates = []
        readOnly.source.name = ReviewTable.fileName(readOnly.source.name)
        readOnly.target.name = ReviewTable.fileName(readOnly.target.name)
        readOnly.savePath = readOnly.savePath.map(ReviewTable.fileName)
        readOnly.exportPath = readOnly.exportPath.map(ReviewTable.fileName)
        return page(title: title, data: scriptSafe(String(decoding: readOnly.json(), as: UTF8.self)), nonce: "report", view: readOnly)
    }

    /// A static report of an aligner's output (what `--format html` writes).
    public static func report(_ alignment: Alignment, glossary: Glossary?) -> String {
        let highlighter = ReviewHighlighter(glossary: glossary, source: alignment.source.language, target: alignment.target.language)
        let view = ReviewView(document: ReviewDocument(alignment), highlighter: highlighter, readOnly: true)
        return report(view, title: title(alignment.source.name, alignment.target.name))
    }

    /// "a.en · a.ko": file names without their folders.
    public static func title(_ source: String, _ target: String) -> String {
        [source, target].map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: " · ")
    }

    /// With a view, the table is in the HTML itself (read without JavaScript); the live page's script draws it.
    private static func page(title: String, data: String, nonce: String, view: ReviewView?) -> String {
        // Placeholders are filled in one pass, so a title or text that contains "{{…}}" stays as it is.
        let template = Resources.text("Review/review.html")
        let values = ["TITLE": XMLText.escape("Bitext review · " + title), "STYLE": Resources.text("Review/review.css"),
                      "SCRIPT": Resources.text("Review/review.js"), "DATA": data, "NONCE": nonce,
                      "BODY_CLASS": view?.readOnly == true ? "read-only" : "",
                      "ROWS": view.map(ReviewTable.rows) ?? "", "COUNTS": view.map(ReviewTable.counts) ?? "",
                      "SOURCE_HEAD": view.map { ReviewTable.heading($0.source) } ?? "source",
                      "TARGET_HEAD": view.map { ReviewTable.heading($0.target) } ?? "target"]
        var out = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}"), let value = values[String(rest[open.upperBound..<close.lowerBound])] else {
                out += "{{"
                rest = rest[open.upperBound...]
                continue
            }
            out += value
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// JSON inside a <script> element: nothing in it may close the element or open a comment.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
