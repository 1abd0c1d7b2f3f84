import BitextAlignment
import Foundation

/// A bead as a reviewer sees it: the aligner's proposal, or what a person made of it.
public struct ReviewedBead: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        /// As the aligner proposed it.
        case proposed
        /// Checked and kept as it is.
        case accepted
        /// Made or changed by a reviewer (join, split, unlink, link).
        case edited
    }

    public var bead: Bead
    public var status: Status
    /// Who last accepted or changed it, and when (ISO 8601).
    public var changedBy: String?
    public var changedAt: String?

    public init(bead: Bead, status: Status = .proposed, changedBy: String? = nil, changedAt: String? = nil) {
        self.bead = bead
        self.status = status
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}

/// One reviewer action, as the history of a review keeps it.
public struct ReviewEvent: Sendable, Equatable, Codable {
    public var action: String
    /// Index of the bead acted on, as it was before the action.
    public var bead: Int
    public var by: String
    public var at: String
    public var detail: String?

    public init(action: String, bead: Int, by: String, at: String, detail: String? = nil) {
        self.action = action
        self.bead = bead
        self.by = by
        self.at = at
        self.detail = detail
    }
}
