import BitextAlignment
import BitextFormats
import Foundation

/// One language's text of a unit.
public struct MemoryVariant: Sendable, Equatable {
    /// As written in the source (`ko-KR`), canonical case.
    public var language: String
    public var text: String

    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }

    /// The primary subtag (`ko` of `ko-KR`): what searches match by default.
    public var base: String { language.split(separator: "-").first.map { $0.lowercased() } ?? language.lowercased() }
}

/// Where a unit came from: an aligned article pair or an imported file, with what it said about it.
public struct MemoryOrigin: Sendable, Equatable {
    public var document: String?
    public var documentTarget: String?
    /// The articles' date (`YYYY-MM-DD`).
    public var documentDate: String?
    /// The file imported, or `align` for units stored straight from an alignment.
    public var source: String?
    public var confidence: Double?
    /// `1-1`, `2-1`…
    public var bead: String?
    /// `comparable` for links between independent accounts.
    public var mode: String?
    /// `title`, `caption`… for units that are not body text.
    public var kind: String?
    /// TMX dates (`YYYYMMDDThhmmssZ`) and user ids from the file, where it had them.
    public var created: String?
    public var creator: String?
    public var changed: String?
    public var changer: String?
    /// When the memory received it (set by the store).
    public var added: String?
    /// Props Bitext has no column for, in file order: kept and exported again.
    public var props: [[String]] = []
    public var notes: [String] = []
    /// Other `<tu>` attributes (usagecount, lastusagedate…).
    public var attributes: [String: String] = [:]

    public init(document: String? = nil, documentTarget: String? = nil, documentDate: String? = nil, source: String? = nil,
                confidence: Double? = nil, bead: String? = nil, mode: String? = nil, kind: String? = nil,
                created: String? = nil, creator: String? = nil) {
        self.document = document
        self.documentTarget = documentTarget
        self.documentDate = documentDate
        self.source = source
        self.confidence = confidence
        self.bead = bead
        self.mode = mode
        self.kind = kind
        self.created = created
        self.creator = creator
    }

    /// Identifies the same provenance arriving twice (re-importing a file), ignoring when it arrived.
    var fingerprint: Int64 {
        let fields: [String?] = [document, documentTarget, documentDate, source, confidence.map { Confidence.format($0) }, bead, mode, kind,
                                 created, creator, changed, changer]
        let extra = props.map { $0.joined(separator: "\u{1F}") } + ["\u{1D}"] + notes + ["\u{1D}"]
            + attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return SegmentKey.hash((fields.map { $0 ?? "\u{0}" } + extra).joined(separator: "\u{1E}"))
    }
}

/// A unit to store: its texts and where they came from.
public struct MemoryEntry: Sendable, Equatable {
    public var variants: [MemoryVariant]
    public var origins: [MemoryOrigin]

    public init(variants: [MemoryVariant], origins: [MemoryOrigin]) {
        self.variants = variants
        self.origins = origins
    }
}

/// A stored unit, as searches and exports see it.
public struct MemoryUnit: Sendable, Equatable {
    public var id: Int64
    public var variants: [MemoryVariant]
    public var origins: [MemoryOrigin]
    public var created: String
    public var changed: String
    public var creator: String?
    public var changer: String?
    /// The best confidence any origin gave (nil for human translations imported without one).
    public var confidence: Double?
    public var bead: String?

    public func text(in language: String) -> String? {
        variants.first { MemoryLanguage.matches($0.language, language) }?.text
    }
}

/// Language matching in the memory: `en` finds `en`, `en-US` and `en-GB`; `en-US` finds only `en-US`.
public enum MemoryLanguage {
    public static func matches(_ stored: String, _ wanted: String) -> Bool {
        wanted.contains("-") ? stored.caseInsensitiveCompare(wanted) == .orderedSame
            : (stored.split(separator: "-").first.map { $0.lowercased() } ?? "") == wanted.lowercased()
    }
}
