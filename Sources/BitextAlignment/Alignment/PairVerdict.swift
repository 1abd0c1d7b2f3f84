/// What two texts are to each other, judged from their alignment: a translation (or close adaptation), two
/// accounts of one event, or texts that do not tell the same story. Unrelated texts still get beads (the
/// dynamic program always finds a path), and their TMX would look confident; the verdict says so first.
public struct PairVerdict: Sendable, Equatable, Codable {
    public enum Relation: String, Sendable, Codable, CaseIterable {
        case translation
        case sameEvent = "same-event"
        case unrelated

        public var description: String {
            switch self {
            case .translation: "a translation"
            case .sameEvent: "two accounts of one event"
            case .unrelated: "not the same story"
            }
        }
    }

    public var relation: Relation
    /// Sentences of both sides in linked beads that share a specific anchor (a name, number or term found in
    /// one or two sentences a side) with the bead's other side.
    public var linkedSentences: Int
    /// All sentences of both sides.
    public var sentences: Int
    /// Sentences of both sides in 1-0 or 0-1 beads.
    public var oneSidedSentences: Int

    public init(relation: Relation, linkedSentences: Int, sentences: Int, oneSidedSentences: Int) {
        self.relation = relation
        self.linkedSentences = linkedSentences
        self.sentences = sentences
        self.oneSidedSentences = oneSidedSentences
    }

    /// The evidence in words, as `bitext align` prints it on standard error.
    public var summary: String {
        "\(linkedSentences) of \(sentences) sentences linked by names, numbers or cognates: \(relation.description)"
    }

    /// Below this share of linked sentences, two texts share too few specific names and numbers to be one story,
    /// provided their anchors say anything: at least `judgedAnchoredShare` of the sentences carry a specific anchor
    /// found in the other text, or at least `sparseAnchoredShare` do and fewer than `minimumLinkedOfAnchored` of
    /// them are linked (the anchors two unrelated texts share by chance are not where a path can pair them); and
    /// never where three quarters of the anchored sentences are linked, as in a translation with few names (a
    /// novel, a technical report), whose anchors are few but nearly all where the path pairs them.
    static let minimumLinkedShare = 0.38
    static let judgedAnchoredShare = 0.3
    static let sparseAnchoredShare = 0.15
    static let minimumLinkedOfAnchored = 0.5
    /// … and only where the aligner left at least this share of sentences one-sided: unrelated texts leave many,
    /// since nothing ties them; a translation with names in few sentences (news lines put together) leaves few.
    static let unrelatedOneSided = 0.15
    /// At most this share of one-sided sentences, with at least `translationLinkedShare` of all sentences linked
    /// (or, in a text with few names, `translationLinkedOfAnchored` of the anchored ones), reads as a translation;
    /// more, as two accounts that each report what the other leaves out.
    static let maximumTranslationOneSided = 0.12
    static let translationLinkedShare = 0.5
    static let translationLinkedOfAnchored = 0.75

    /// `comparable`: the beads are the comparable matcher's, which links only the pairs it is sure of and leaves
    /// the rest one-sided; a related pair's share of linked sentences then says little (a translation with its
    /// paragraphs shuffled links 14–67% of them), and such a pair is never judged unrelated. `--mode auto` sends
    /// unrelated texts to the parallel aligner (their few confident links stand in one order), where it is.
    public static func judge(beads: [Bead], features: PairFeatures, comparable: Bool = false) -> PairVerdict {
        let specific = { (id: UInt32) in features.weights[Int(id)] >= NullModel.specificWeight }
        var linked = 0, oneSided = 0
        for bead in beads {
            if bead.isInsertionOrDeletion {
                oneSided += bead.source.count + bead.target.count
                continue
            }
            let sourceAnchors = SentenceFeatures.merged(features.source[bead.source]).anchors
            let targetAnchors = SentenceFeatures.merged(features.target[bead.target]).anchors
            for (members, opposite) in [(bead.source.map { features.source[$0] }, targetAnchors),
                                        (bead.target.map { features.target[$0] }, sourceAnchors)] {
                for member in members where NullModel.shares(member.anchors.filter(specific), opposite) { linked += 1 }
            }
        }
        let sentences = features.source.count + features.target.count
        let anchored = (features.source + features.target).filter { $0.anchors.contains(where: specific) }.count
        let share = { (n: Int) in sentences == 0 ? 0 : Double(n) / Double(sentences) }
        let linkedShare = share(linked), oneSidedShare = share(oneSided)
        let linkedOfAnchored = anchored == 0 ? 0 : Double(linked) / Double(anchored)
        let anchorsSpeak = linkedOfAnchored < translationLinkedOfAnchored
            && (share(anchored) >= judgedAnchoredShare || (share(anchored) >= sparseAnchoredShare && linkedOfAnchored < minimumLinkedOfAnchored))
        let relation: Relation
        if !comparable && linkedShare < minimumLinkedShare && anchorsSpeak && oneSidedShare >= unrelatedOneSided {
            relation = .unrelated
        } else if oneSidedShare <= maximumTranslationOneSided
                    && (linkedShare >= translationLinkedShare || linkedOfAnchored >= translationLinkedOfAnchored) {
            relation = .translation
        } else {
            relation = .sameEvent
        }
        return PairVerdict(relation: relation, linkedSentences: linked, sentences: sentences, oneSidedSentences: oneSided)
    }
}
