/// What the words around a name say it names, for one language (`name-cues.txt` in its folder): a title
/// before or after a person's name, a word that opens a ship's or a street's name, a word inside an
/// organisation's name, a particle-like suffix on a Korean ship or province. Kinds are the glossary's
/// (`person`, `place`, `org`, `unit`, `ship`, `title`), given as text so that this module knows no glossary.
public struct NameCues: Sendable, Equatable {
    /// One cue: its words (one or more, as written) and the kind they point to.
    public struct Cue: Sendable, Equatable {
        public var words: [String]
        public var kind: String

        public init(words: [String], kind: String) {
            self.words = words
            self.kind = kind
        }
    }

    /// Titles written before a name (`Gen.`, `Đại tướng`); not part of the name.
    public var titlesBefore: [Cue] = []
    /// Titles written after a name (`장관`, `준장`); not part of the name.
    public var titlesAfter: [Cue] = []
    /// Words before a name that say its kind and belong to it (`ROKS`, `đường`, `sân bay`, `lớp`).
    public var prefixes: [Cue] = []
    /// Words before a name that say its kind and do not belong to it (`tàu`, `tỉnh`).
    public var classifiers: [Cue] = []
    /// Words inside or at the end of a name that say its kind (`Ministry`, `Province`, `Bộ`).
    public var heads: [String: String] = [:]
    /// The heads of more than one word (`Cơ quan`, `Liên minh`), which open a name's run together.
    public var multiWordHeads: [Cue] = []
    /// Endings attached to the last word (`함`, `청`, `공항`): part of the name, kind by the ending.
    public var suffixes: [Cue] = []
    /// Lower-case words that join the words of one name (`of`, `the`, `for`).
    public var connectors: Set<String> = []
    /// Words that open a sentence or a name's run without being a name (`The`, `Sáng`).
    public var notNames: Set<String> = []

    public init() {}

    /// Parses lines of `cue<TAB>kind<TAB>word | word | …`; `#` opens a comment.
    public init(parsing text: String, name: String) throws {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t").map { String($0.trimmingSpaces) }
            guard cols.count == 3 else {
                throw BitextError.malformed(name, line: index + 1, reason: "expected a cue, a kind and words, separated by tabs")
            }
            let entries = cols[2].split(separator: "|").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
            let cues = entries.map { Cue(words: $0.split(separator: " ").map(String.init), kind: cols[1]) }
            switch cols[0] {
            case "title-before": titlesBefore += cues
            case "title-after": titlesAfter += cues
            case "prefix": prefixes += cues
            case "classifier": classifiers += cues
            case "head":
                for e in entries { heads[e] = cols[1] }
                multiWordHeads += cues.filter { $0.words.count > 1 }
            case "suffix": suffixes += cues
            case "connector": connectors.formUnion(entries)
            case "not-name": notNames.formUnion(entries)
            default:
                throw BitextError.malformed(name, line: index + 1,
                                            reason: "cue '\(cols[0])' is none of title-before, title-after, prefix, classifier, head, suffix, connector, not-name")
            }
        }
        // Longer cues first: `Lt. Gen.` before `Gen.`, `사령부` before `부`.
        let longerFirst = { (a: Cue, b: Cue) in (a.words.count, a.words.joined().count) > (b.words.count, b.words.joined().count) }
        titlesBefore.sort(by: longerFirst)
        titlesAfter.sort(by: longerFirst)
        prefixes.sort(by: longerFirst)
        classifiers.sort(by: longerFirst)
        suffixes.sort(by: longerFirst)
        multiWordHeads.sort(by: longerFirst)
    }
}
