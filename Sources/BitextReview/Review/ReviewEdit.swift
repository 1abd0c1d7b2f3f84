import BitextText
import BitextAlignment
import Foundation

/// What a reviewer can do to an alignment. Beads are addressed by their index in the document as it
/// is when the edit arrives; "next" is the bead below.
public enum ReviewEdit: Sendable, Equatable {
    public enum Side: String, Sendable, Codable { case source, target }

    /// Keep the bead as it is.
    case accept(bead: Int)
    /// Join the bead with the next one (1-1 and 1-1 become 2-2).
    case join(bead: Int)
    /// Cut the bead on one side before `segment` (an index on that side); with `offset` (UTF-16 units
    /// into that segment's text, as a browser counts a cursor), first cut the segment itself there.
    /// The part from the cut on becomes a bead of its own below, with nothing on the other side.
    case split(bead: Int, side: Side, segment: Int, offset: Int?)
    /// Separate the two sides: an n-m bead becomes n-0 and 0-m.
    case unlink(bead: Int)
    /// Pair a source-only bead with the target-only bead next to it (1-0 and 0-1 become 1-1).
    case link(bead: Int)

    public var name: String {
        switch self {
        case .accept: "accept"
        case .join: "join"
        case .split: "split"
        case .unlink: "unlink"
        case .link: "link"
        }
    }

    public var bead: Int {
        switch self {
        case .accept(let b), .join(let b), .split(let b, _, _, _), .unlink(let b), .link(let b): b
        }
    }
}

/// An edit that does not apply to the document as it is; the message says why, for the reviewer.
public struct ReviewEditError: Error, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension ReviewDocument {
    /// The document after `edit`, made by `user` at `time`; the history records it.
    public func applying(_ edit: ReviewEdit, by user: String, at time: String) throws(ReviewEditError) -> ReviewDocument {
        let k = edit.bead
        guard beads.indices.contains(k) else { throw ReviewEditError("there is no bead \(k) (the alignment has \(beads.count))") }
        var next = self
        let stamp = { (bead: Bead, status: ReviewedBead.Status) in ReviewedBead(bead: bead, status: status, changedBy: user, changedAt: time) }
        var detail: String?
        switch edit {
        case .accept:
            next.beads[k] = stamp(beads[k].bead, beads[k].status == .edited ? .edited : .accepted)
        case .join:
            guard k + 1 < beads.count else { throw ReviewEditError("bead \(k) is the last; there is nothing below to join it with") }
            let a = beads[k].bead, b = beads[k + 1].bead
            guard let source = ReviewDocument.union(a.source, b.source), let target = ReviewDocument.union(a.target, b.target) else {
                throw ReviewEditError("beads \(k) and \(k + 1) are not next to each other in the documents; only neighbours join")
            }
            next.beads.replaceSubrange(k...(k + 1), with: [stamp(Bead(source: source, target: target, confidence: min(a.confidence, b.confidence)), .edited)])
        case .split(_, let side, let segment, let offset):
            let range = side == .source ? beads[k].bead.source : beads[k].bead.target
            guard range.contains(segment) else { throw ReviewEditError("\(side.rawValue) segment \(segment) is not in bead \(k)") }
            var cut = segment
            if let offset {
                let text = (side == .source ? source : target).segments[segment].text
                let units = Array(text.utf16)
                guard (0...units.count).contains(offset) else { throw ReviewEditError("offset \(offset) is outside the segment (\(units.count) UTF-16 units)") }
                // A cut inside a surrogate pair or a character's combining marks would save half a character.
                guard text.utf16.index(text.utf16.startIndex, offsetBy: offset).samePosition(in: text) != nil else {
                    throw ReviewEditError("offset \(offset) falls inside a character; cut between two characters")
                }
                if offset == units.count {
                    cut = segment + 1
                } else if offset > 0 {
                    let left = String(decoding: units[..<offset], as: UTF16.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    let right = String(decoding: units[offset...], as: UTF16.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !left.isEmpty, !right.isEmpty else { throw ReviewEditError("the cursor leaves nothing on one side of the cut") }
                    next.cutSegment(side: side, at: segment, left: left, right: right)
                    cut = segment + 1
                    detail = "segment \(segment) cut at \(offset)"
                }
            }
            let grown = side == .source ? next.beads[k].bead.source : next.beads[k].bead.target
            guard grown.lowerBound < cut, cut < grown.upperBound else {
                throw ReviewEditError("the cut falls at the edge of bead \(k); put the cursor inside a segment or between two")
            }
            var first = next.beads[k].bead, second = next.beads[k].bead
            if side == .source {
                first.source = grown.lowerBound..<cut
                second.source = cut..<grown.upperBound
                second.target = first.target.upperBound..<first.target.upperBound
            } else {
                first.target = grown.lowerBound..<cut
                second.target = cut..<grown.upperBound
                second.source = first.source.upperBound..<first.source.upperBound
            }
            next.beads.replaceSubrange(k...k, with: [stamp(first, .edited), stamp(second, .edited)])
        case .unlink:
            let b = beads[k].bead
            guard !b.source.isEmpty, !b.target.isEmpty else { throw ReviewEditError("bead \(k) has only one side; there is nothing to unlink") }
            next.beads.replaceSubrange(k...k, with: [
                stamp(Bead(source: b.source, target: b.target.lowerBound..<b.target.lowerBound, confidence: b.confidence), .edited),
                stamp(Bead(source: b.source.upperBound..<b.source.upperBound, target: b.target, confidence: b.confidence), .edited),
            ])
        case .link:
            guard k + 1 < beads.count else { throw ReviewEditError("bead \(k) is the last; there is nothing below to link it with") }
            let a = beads[k].bead, b = beads[k + 1].bead
            let oneSided = { (x: Bead) in x.source.isEmpty != x.target.isEmpty }
            guard oneSided(a), oneSided(b), a.source.isEmpty != b.source.isEmpty else {
                throw ReviewEditError("link pairs a source-only bead with a target-only one next to it; use join for others")
            }
            let source = a.source.isEmpty ? b.source : a.source, target = a.target.isEmpty ? b.target : a.target
            next.beads.replaceSubrange(k...(k + 1), with: [stamp(Bead(source: source, target: target, confidence: 1), .edited)])
        }
        next.history.append(ReviewEvent(action: edit.name, bead: k, by: user, at: time, detail: detail))
        return next
    }

    /// Two ranges of one side as one, when they touch (or one is empty).
    static func union(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int>? {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        if a.upperBound == b.lowerBound { return a.lowerBound..<b.upperBound }
        if b.upperBound == a.lowerBound { return b.lowerBound..<a.upperBound }
        return nil
    }

    /// Replaces segment `index` of one side by two; every bead's indices after it move down by one.
    private mutating func cutSegment(side: ReviewEdit.Side, at index: Int, left: String, right: String) {
        func shift(_ r: Range<Int>) -> Range<Int> {
            (r.lowerBound > index ? r.lowerBound + 1 : r.lowerBound)..<(r.upperBound > index ? r.upperBound + 1 : r.upperBound)
        }
        func cut(_ s: inout Alignment.Side) {
            let old = s.segments[index]
            s.segments.replaceSubrange(index...index, with: [Segment(text: left, paragraph: old.paragraph, kind: old.kind),
                                                              Segment(text: right, paragraph: old.paragraph, kind: old.kind)])
        }
        if side == .source { cut(&source) } else { cut(&target) }
        for k in beads.indices {
            if side == .source { beads[k].bead.source = shift(beads[k].bead.source) } else { beads[k].bead.target = shift(beads[k].bead.target) }
        }
    }
}
