import BitextText
import CXMLShim
import Foundation

/// An article page as a browser's reader view would keep it: libxml2's HTML parser builds the tree; the
/// article (the `<article>` with the most text, else `<main>`, else `<body>`) gives one paragraph per
/// block (`p`, headings, list items, quotes, captions, table cells), and navigation, scripts, styles,
/// forms, share buttons, related-news boxes and comments are left out.
public struct HTMLReader: InputReader {
    public init() {}
    public var name: String { "html" }

    public func recognizes(_ bytes: [UInt8], path: String) -> Bool {
        guard InputReaders.opensWithTag(bytes) else { return false }
        let head = InputReaders.head(bytes)
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return true }
        guard !head.contains("<xliff"), !head.contains("<tmx") else { return false }
        if head.hasPrefix("<?xml"), head.contains("<html") { return true }
        let ext = (path as NSString).pathExtension.lowercased()
        return (ext == "html" || ext == "htm") && head.hasPrefix("<")
    }

    public func read(_ bytes: [UInt8], path: String) throws -> ReadText {
        guard bitext_html_available() != 0 else {
            throw BitextError.unreadable(path, reason: "reading HTML needs libxml2 (libxml2.so.2), which is not installed")
        }
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                encoding.map { e in e.withCString { bitext_html_parse(chars.baseAddress, Int32(chars.count), $0) } }
                    ?? bitext_html_parse(chars.baseAddress, Int32(chars.count), nil)
            }
        }
        guard let document else { throw BitextError.unreadable(path, reason: "not an HTML page libxml2 can parse") }
        defer { bitext_html_free(document) }
        guard let root = bitext_html_root(document) else { throw BitextError.emptyInput(path) }
        let html = HTMLNode(root)
        let article = html.largest(named: "article") ?? html.first(named: "main") ?? html.first(named: "body") ?? html
        var paragraphs = HTMLArticleText.paragraphs(of: article)
        // A headline above the article element (in the page header) belongs to the text.
        if article.first(named: "h1") == nil, let h1 = html.first(named: "h1") {
            let headline = InputReaders.collapse(h1.textContent)
            if !headline.isEmpty, paragraphs.first != headline { paragraphs.insert(headline, at: 0) }
        }
        return ReadText(text: InputReaders.text(paragraphs), language: html.attribute("lang").flatMap(Self.language))
    }

    /// A page's `lang` as Bitext takes it (`ko-KR` → `ko-KR`; `x-default` and other nonsense → nil).
    static func language(_ tag: String) -> String? {
        (try? LanguageCode(tag)).flatMap { LanguageProfiles.shipped[$0.primary] != nil ? $0.tag : nil }
    }
}

/// A node of the parsed page, valid while its document lives.
struct HTMLNode {
    let pointer: UnsafeMutableRawPointer

    init(_ pointer: UnsafeMutableRawPointer) {
        self.pointer = pointer
    }

    var type: Int32 { bitext_html_type(pointer) }
    var name: String? { bitext_html_name(pointer).map { String(cString: $0).lowercased() } }
    var text: String? { bitext_html_text(pointer).map { String(cString: $0) } }

    var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var child = bitext_html_first_child(pointer)
        while let c = child {
            out.append(HTMLNode(c))
            child = bitext_html_next(c)
        }
        return out
    }

    func attribute(_ name: String) -> String? {
        guard let value = bitext_html_attribute(pointer, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// The text of the node and everything under it.
    var textContent: String {
        if let text { return text }
        return children.map(\.textContent).joined()
    }

    func first(named wanted: String) -> HTMLNode? {
        if name == wanted { return self }
        for child in children where child.type == 1 {
            if let found = child.first(named: wanted) { return found }
        }
        return nil
    }

    func all(named wanted: String) -> [HTMLNode] {
        (name == wanted ? [self] : []) + children.filter { $0.type == 1 }.flatMap { $0.all(named: wanted) }
    }

    /// Of the elements so named, the one with the most article text.
    func largest(named wanted: String) -> HTMLNode? {
        all(named: wanted).map { ($0, HTMLArticleText.paragraphs(of: $0).reduce(0) { $0 + $1.count }) }.max { $0.1 < $1.1 }?.0
    }
}

/// The paragraphs of an article's subtree.
enum HTMLArticleText {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
                                       "svg", "iframe", "select", "head", "object", "embed", "canvas", "audio", "video", "menu"]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                      "blockquote", "pre", "figcaption", "figure", "td", "th", "tr", "table", "dd", "dt", "dl", "address", "br", "hr"]
    /// Words in a class, id or role that mark page furniture.
    static let furniture = ["share", "social", "byline", "author", "dateline", "related", "comment", "breadcrumb", "sidebar", "advert", "promo", "newsletter", "subscribe",
                            "cookie", "banner", "popup", "modal", "recommend", "most-read", "popular", "tags", "navigation", "toolbar"]

    static func paragraphs(of node: HTMLNode) -> [String] {
        var out: [String] = [], current = ""
        func flush() {
            let p = InputReaders.collapse(current)
            if !p.isEmpty { out.append(p) }
            current = ""
        }
        func walk(_ n: HTMLNode) {
            switch n.type {
            case 3, 4:
                current += n.text ?? ""
            case 1:
                guard let name = n.name, !skipped.contains(name), !isFurniture(n) else { return }
                let block = blocks.contains(name)
                if block { flush() }
                for child in n.children { walk(child) }
                if block { flush() }
            default:
                break
            }
        }
        walk(node)
        flush()
        return out
    }

    static func isFurniture(_ n: HTMLNode) -> Bool {
        if n.attribute("hidden") != nil || n.attribute("aria-hidden") == "true" { return true }
        let marks = [n.attribute("class"), n.attribute("id"), n.attribute("role")].compactMap { $0?.lowercased() }.joined(separator: " ")
        guard !marks.isEmpty else { return false }
        let words = marks.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        return words.contains { word in furniture.contains { word == $0 || word.hasPrefix($0 + "-") || word.hasSuffix("-" + $0) } }
    }
}
