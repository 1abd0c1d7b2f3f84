import Foundation

/// The secret in the review URL. Every request must carry it; it is compared in constant time, so that
/// response timing tells nothing about how much of a guess was right.
public struct ReviewToken: Sendable, Equatable {
    public let value: String

    public init(value: String) {
        self.value = value
    }

    /// 32 random bytes from the system's generator, as hex.
    public static func random() -> ReviewToken {
        var generator = SystemRandomNumberGenerator()
        return ReviewToken(value: (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined())
    }

    public func matches(_ candidate: Substring?) -> Bool {
        guard let candidate else { return false }
        let a = Array(value.utf8), b = Array(candidate.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<a.count { difference |= a[i] ^ (i < b.count ? b[i] : 0) }
        return difference == 0
    }
}
