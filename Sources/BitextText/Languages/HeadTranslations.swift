/// The head words of organisation and place names in each language, by concept (`Resources/Languages/common/
/// heads.tsv`): the part of a name that is translated (`Centre` / `센터` / `Trung tâm`) while the rest is read
/// or kept as it is.
public struct HeadTranslations: Sendable {
    public struct Head: Sendable, Equatable {
        public let concept: String
        /// The glossary kind a name with this head has (`org`, `place`).
        public let kind: String
        /// The form in its language, as written in the table.
        public let form: String
        /// The form's words.
        public let words: [String]
    }

    /// Language code → heads, longer forms first (`Foreign Ministry` before `Ministry`, `외교부` before `부`).
    let heads: [String: [Head]]

    /// Reads the table: a header `concept kind <language>…`, then one concept a row, forms separated by `|`.
    public init(parsing text: String, name: String) throws {
        var heads: [String: [Head]] = [:]
        var columns: [String]?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard let header = columns else {
                guard cells.count >= 3, cells[0] == "concept", cells[1] == "kind" else {
                    throw BitextError.malformed(name, line: index + 1, reason: "header must be 'concept<TAB>kind' and language codes")
                }
                columns = cells
                continue
            }
            guard cells.count == header.count else {
                throw BitextError.malformed(name, line: index + 1, reason: "\(cells.count) columns where the header has \(header.count)")
            }
            for (language, cell) in zip(header.dropFirst(2), cells.dropFirst(2)) {
                for form in cell.split(separator: "|").map({ String($0.trimmingSpaces) }) where !form.isEmpty {
                    let words = form.split(separator: " ").map(String.init)
                    heads[language, default: []].append(Head(concept: cells[0], kind: cells[1], form: form, words: words))
                }
            }
        }
        guard columns != nil else { throw BitextError.malformed(name, line: 1, reason: "no header row") }
        self.heads = heads.mapValues { $0.sorted { ($0.form.count, $0.form) > ($1.form.count, $1.form) } }
    }

    /// The table shipped with Bitext (empty if it does not parse; a test reads it with its error).
    public static let standard: HeadTranslations = {
        (try? HeadTranslations(parsing: Resources.text(path), name: path)) ?? HeadTranslations(empty: ())
    }()

    public static let path = "Languages/common/heads.tsv"

    /// The shipped table's text, for the test that reads it.
    public static var shippedText: String { Resources.text(path) }

    init(empty: Void) { heads = [:] }

    /// The heads of a language, longer forms first.
    public func heads(of language: LanguageCode) -> [Head] {
        heads[language.primary] ?? []
    }
}
