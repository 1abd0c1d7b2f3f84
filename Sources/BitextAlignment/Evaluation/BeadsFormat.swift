import BitextText

/// The benchmarks' alignment format: one bead a line, `[i,j]:[k]`, 0-based sentence indices,
/// `[]` for an empty side; Bitext adds a tab and the confidence when writing.
public enum BeadsFormat {
    public struct Link: Sendable, Equatable, Hashable {
        public var source: [Int]
        public var target: [Int]

        public init(source: [Int], target: [Int]) {
            self.source = source
            self.target = target
        }
    }

    public static func write(_ alignment: Alignment) -> String {
        alignment.beads.map { line($0) + "\n" }.joined()
    }

    /// One bead's line, without its newline.
    package static func line(_ b: Bead) -> String {
        "[\(b.source.map(String.init).joined(separator: ","))]:[\(b.target.map(String.init).joined(separator: ","))]\t\(Confidence.format(b.confidence))"
    }

    public static func parse(_ text: String, name: String) throws -> [Link] {
        var links: [Link] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "\t").first.map { $0.trimmingSpaces } ?? ""
            if line.isEmpty || line.hasPrefix("#") { continue }
            let sides = line.split(separator: ":", omittingEmptySubsequences: false)
            guard sides.count == 2, let s = parseList(sides[0]), let t = parseList(sides[1]) else {
                throw BitextError.malformed(name, line: n + 1, reason: "expected a bead like [0,1]:[2], got '\(line)'")
            }
            links.append(Link(source: s, target: t))
        }
        return links
    }

    static func parseList(_ s: Substring) -> [Int]? {
        let t = s.trimmingSpaces
        guard t.hasPrefix("["), t.hasSuffix("]") else { return nil }
        let inner = t.dropFirst().dropLast().trimmingSpaces
        if inner.isEmpty { return [] }
        var out: [Int] = []
        for part in inner.split(separator: ",") {
            guard let v = Int(part.trimmingSpaces), v >= 0 else { return nil }
            out.append(v)
        }
        return out
    }
}

/// Confidence as written in every format: three decimals.
public enum Confidence {
    public static func format(_ value: Double) -> String {
        let v = (value * 1000).rounded() / 1000
        var s = String(v)
        if s.hasPrefix("0.") || s == "1.0" || s == "0.0" {
            if s == "1.0" { s = "1" } else if s == "0.0" { s = "0" }
        }
        return s
    }
}
