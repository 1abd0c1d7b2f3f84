/// A phrase of a sentence that may be a name, as glossary extraction reads it: the form an entry would
/// hold (with the prefix or suffix its language writes as part of the name: `ROKS Marado`, `마라도함`,
/// `đường Bắc Sơn`), the core that is compared with the other language (`Marado`, `마라도`, `Bắc Sơn`), and
/// the kind the words around it point to (a title, a classifier, a head word).
public struct NameCandidate: Sendable, Hashable {
    public var form: String
    public var core: String
    /// `person`, `place`, `org`, `ship` … (the glossary's kinds), when a cue says it.
    public var kind: String?
    /// Words of the form.
    public var words: Int
    /// A piece of a longer run of name words (`Mutiara` of `Mutiara SIS Al-Jufri Airport`): paired with
    /// another piece, it makes no entry.
    public var partial = false
    /// A preposition of place stands before it (`in`, `tại`): a weaker cue than a title or a head word.
    public var placeContext = false

    public init(form: String, core: String? = nil, kind: String? = nil) {
        self.form = form
        self.core = core ?? form
        self.kind = kind
        words = form.split(separator: " ").count
    }
}
