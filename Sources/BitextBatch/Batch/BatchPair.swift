import BitextText
import Foundation

/// One document pair of a batch: two files, or (in streaming mode) two texts given inline.
public struct BatchPair: Sendable, Equatable {
    public var id: String
    public var source: String?
    public var target: String?
    public var sourceText: String?
    public var targetText: String?
    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var date: String?
    /// Where the pair was described (manifest line), for messages.
    public var line: Int
    /// Why the row could not be read, when it could not: the pair then fails without being aligned.
    public var problem: String?

    public init(id: String, source: String? = nil, target: String? = nil, sourceText: String? = nil, targetText: String? = nil,
                sourceLanguage: String? = nil, targetLanguage: String? = nil, date: String? = nil, line: Int = 0, problem: String? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.sourceText = sourceText
        self.targetText = targetText
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.date = date
        self.line = line
        self.problem = problem
    }
}

/// A batch manifest: TSV (`source<TAB>target[<TAB>src_lang<TAB>tgt_lang[<TAB>id[<TAB>date]]]`, `#` comments,
/// an optional header row starting with `source`) or JSONL (`{"source": …, "target": …, "src_lang": …,
/// "tgt_lang": …, "id": …, "date": …}`; in streaming input `source_text`/`target_text` carry the texts).
/// Relative paths are taken from the manifest's folder. A row that cannot be read becomes a pair
/// with a `problem`, so that the batch reports it and goes on.
public enum BatchManifest {
    public static func parse(_ text: String, folder: String) -> [BatchPair] {
        var pairs: [BatchPair] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if pairs.isEmpty, trimmed.lowercased().hasPrefix("source\t") { continue }
            pairs.append(trimmed.hasPrefix("{") ? jsonPair(trimmed, line: i + 1, folder: folder) : tsvPair(line, line: i + 1, folder: folder))
        }
        return pairs
    }

    static func tsvPair(_ line: String, line number: Int, folder: String) -> BatchPair {
        let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard cols.count >= 2, !cols[0].isEmpty, !cols[1].isEmpty else {
            return BatchPair(id: "line \(number)", line: number, problem: "line \(number): \(cols.count) column(s); a row needs a source and a target path")
        }
        func col(_ k: Int) -> String? { k < cols.count && !cols[k].isEmpty ? cols[k] : nil }
        return checkedDate(BatchPair(id: col(4) ?? "\(cols[0])\t\(cols[1])", source: resolve(cols[0], folder), target: resolve(cols[1], folder),
                                     sourceLanguage: col(2), targetLanguage: col(3), date: col(5), line: number))
    }

    /// A row whose date is not a calendar date (2025-02-30) fails, rather than putting that date in the TMX.
    static func checkedDate(_ pair: BatchPair) -> BatchPair {
        var p = pair
        if let date = p.date, p.problem == nil, !DocumentParser.isISODate(date[...]) {
            p.problem = "line \(p.line): date '\(date)' is not a calendar date (use YYYY-MM-DD)"
        }
        return p
    }

    /// One JSON object: a manifest row or a streaming request.
    public static func jsonPair(_ line: String, line number: Int, folder: String = ".") -> BatchPair {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            return BatchPair(id: "line \(number)", line: number, problem: "line \(number): not a JSON object")
        }
        func string(_ key: String) -> String? {
            if let s = object[key] as? String { return s }
            if let n = object[key] as? NSNumber { return n.stringValue }
            return nil
        }
        var pair = BatchPair(id: string("id") ?? "line \(number)", source: string("source").map { resolve($0, folder) },
                             target: string("target").map { resolve($0, folder) }, sourceText: string("source_text"), targetText: string("target_text"),
                             sourceLanguage: string("src_lang"), targetLanguage: string("tgt_lang"), date: string("date"), line: number)
        if string("id") == nil, let s = string("source"), let t = string("target") { pair.id = "\(s)\t\(t)" }
        let hasSource = pair.source != nil || pair.sourceText != nil, hasTarget = pair.target != nil || pair.targetText != nil
        if !hasSource || !hasTarget {
            pair.problem = "line \(number): needs \"source\" and \"target\" (paths) or \"source_text\" and \"target_text\""
        }
        return checkedDate(pair)
    }

    static func resolve(_ path: String, _ folder: String) -> String {
        path.hasPrefix("/") || folder == "." || folder.isEmpty ? path : folder + "/" + path
    }
}
