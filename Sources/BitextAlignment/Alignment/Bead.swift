/// A group of consecutive source sentences aligned to a group of consecutive target sentences.
/// Either side may be empty (a sentence with no counterpart).
public struct Bead: Sendable, Equatable, Codable, Hashable {
    public var source: Range<Int>
    public var target: Range<Int>
    /// Posterior probability of this bead in [0, 1].
    public var confidence: Double

    public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// `1-2`, `0-1`, …
    public var shape: String { "\(source.count)-\(target.count)" }
    public var isInsertionOrDeletion: Bool { source.isEmpty || target.isEmpty }
}
