/// A data table of forms by language (`common/heads.tsv`, `common/region-names.tsv`, `common/demonyms.tsv`): a
/// header naming the table's own columns, then language codes; one row each, the forms of a cell separated by
/// `|`; `#` opens a comment line.
package struct FormTable: Sendable {
    package struct Row: Sendable {
        /// The cells of the table's own columns.
        package let cells: [String]
        /// Language code → forms, in the cell's order (empty cells left out).
        package let forms: [(language: String, forms: [String])]
    }

    package let rows: [Row]

    /// `columns`: the table's own columns, which open the header.
    package init(parsing text: String, name: String, columns: [String]) throws {
        var header: [String]?
        var rows: [Row] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard let header else {
                guard cells.count > columns.count, Array(cells.prefix(columns.count)) == columns else {
                    throw BitextError.malformed(name, line: index + 1, reason: "header must be '\(columns.joined(separator: "<TAB>"))' and language codes")
                }
                header = cells
                continue
            }
            guard cells.count == header.count else {
                throw BitextError.malformed(name, line: index + 1, reason: "\(cells.count) columns where the header has \(header.count)")
            }
            let forms = zip(header.dropFirst(columns.count), cells.dropFirst(columns.count)).compactMap { language, cell in
                let list = cell.split(separator: "|").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
                return list.isEmpty ? nil : (language, list)
            }
            rows.append(Row(cells: Array(cells.prefix(columns.count)), forms: forms))
        }
        guard header != nil else { throw BitextError.malformed(name, line: 1, reason: "no header row") }
        self.rows = rows
    }

    /// A table shipped in `Resources/`, or nil when it does not parse (a test reads each with its error).
    package static func shipped(_ path: String, columns: [String]) -> FormTable? {
        try? FormTable(parsing: Resources.text(path), name: path, columns: columns)
    }
}
