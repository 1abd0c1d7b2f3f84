import Bitext

/// The bodies the review page sends. Every field is checked before it reaches the document.
struct EditRequest: Decodable {
    var action: String
    var bead: Int
    var side: String?
    var segment: Int?
    var offset: Int?

    func edit() throws(ReviewEditError) -> ReviewEdit {
        switch action {
        case "accept": return .accept(bead: bead)
        case "join": return .join(bead: bead)
        case "unlink": return .unlink(bead: bead)
        case "link": return .link(bead: bead)
        case "split":
            guard let side, let parsed = ReviewEdit.Side(rawValue: side), let segment else {
                throw ReviewEditError("split needs side (source or target) and segment")
            }
            return .split(bead: bead, side: parsed, segment: segment, offset: offset)
        default: throw ReviewEditError("unknown action '\(action)' (accept, join, split, unlink, link)")
        }
    }
}

struct CandidateRequest: Decodable {
    var index: Int
    var accept: Bool
    /// The forms as the reviewer corrected them, when they were.
    var source: String?
    var target: String?
}
