import BitextText
import BitextAlignment
import BitextReview
import Foundation

/// Bitext's JSON alignment format: both documents with their segments, the beads (segment indices of
/// each side, confidence, review status, who changed it last) and the history of review actions.
/// `bitext align --format json` writes it, `bitext review` saves and reopens it.
public enum AlignmentJSON {
    public static let formatName = "bitext-alignment"
    public static let version = 1

    struct File: Codable {
        var format: String
        var version: Int
        var mode: AlignmentMode
        var source: Alignment.Side
        var target: Alignment.Side
        var beads: [BeadRecord]
        var history: [ReviewEvent]?
        var verdict: PairVerdict?
        var glossaries: [String]?
    }

    struct BeadRecord: Codable {
        var source: [Int]
        var target: [Int]
        var confidence: Double
        var status: ReviewedBead.Status?
        var changedBy: String?
        var changedAt: String?
    }

    public static func encode(_ document: ReviewDocument) -> Data {
        let file = File(format: formatName, version: version, mode: document.mode, source: document.source, target: document.target,
                        beads: document.beads.map {
                            BeadRecord(source: Array($0.bead.source), target: Array($0.bead.target),
                                       confidence: $0.bead.confidence, status: $0.status,
                                       changedBy: $0.changedBy, changedAt: $0.changedAt)
                        }, history: document.history, verdict: document.verdict,
                        glossaries: document.glossaries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        return (try? encoder.encode(file)).map { $0 + Data("\n".utf8) } ?? Data()
    }

    public static func encode(_ alignment: Alignment) -> Data { encode(ReviewDocument(alignment)) }

    /// Reads and checks a saved alignment: the format and version, every bead's indices consecutive and
    /// inside the documents, every segment in exactly one bead.
    public static func decode(_ data: Data, name: String) throws -> ReviewDocument {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw BitextError.malformed(name, line: 1, reason: "not a Bitext alignment: \(describe(error))")
        } catch {
            throw BitextError.malformed(name, line: 1, reason: "not a Bitext alignment: \(error)")
        }
        guard file.format == formatName else { throw BitextError.malformed(name, line: 1, reason: "format is '\(file.format)', expected '\(formatName)'") }
        guard file.version <= version else {
            throw BitextError.malformed(name, line: 1, reason: "written by a newer Bitext (format version \(file.version); this one reads \(version))")
        }
        var beads: [ReviewedBead] = []
        for (k, record) in file.beads.enumerated() {
            guard let source = consecutive(record.source), let target = consecutive(record.target) else {
                throw BitextError.malformed(name, line: 1, reason: "bead \(k): segment indices must be consecutive and ascending")
            }
            beads.append(ReviewedBead(bead: Bead(source: source, target: target, confidence: record.confidence),
                                      status: record.status ?? .proposed, changedBy: record.changedBy, changedAt: record.changedAt))
        }
        // An empty side sits where its neighbours leave off (only for readability of later edits).
        for k in beads.indices {
            if file.beads[k].source.isEmpty { let at = k > 0 ? beads[k - 1].bead.source.upperBound : 0; beads[k].bead.source = at..<at }
            if file.beads[k].target.isEmpty { let at = k > 0 ? beads[k - 1].bead.target.upperBound : 0; beads[k].bead.target = at..<at }
        }
        let document = ReviewDocument(source: file.source, target: file.target, mode: file.mode, beads: beads, history: file.history ?? [], verdict: file.verdict,
                                      glossaries: file.glossaries ?? [])
        if let problem = document.problem() { throw BitextError.malformed(name, line: 1, reason: problem) }
        return document
    }

    /// `[3, 4, 5]` → 3..<6; `[]` → an empty range (placed later); anything else → nil.
    private static func consecutive(_ indices: [Int]) -> Range<Int>? {
        guard let first = indices.first else { return 0..<0 }
        for (k, i) in indices.enumerated() where i != first + k { return nil }
        return first..<(first + indices.count)
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let c): return c.underlyingError.map { "invalid JSON (\($0.localizedDescription))" } ?? "invalid JSON"
        case .keyNotFound(let key, let c): return "missing '\(key.stringValue)'" + path(c.codingPath)
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "wrong type" + path(c.codingPath) + ": " + c.debugDescription
        @unknown default: return "invalid JSON"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.isEmpty ? "" : " at " + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
