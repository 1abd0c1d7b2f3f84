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
        for row in try FormTable(parsing: text, name: name, columns: ["concept", "kind"]).rows {
            for (language, forms) in row.forms {
                for form in forms {
                    heads[language, default: []].append(Head(concept: row.cells[0], kind: row.cells[1], form: form,
                                                             words: form.split(separator: " ").map(String.init)))
                }
            }
        }
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
