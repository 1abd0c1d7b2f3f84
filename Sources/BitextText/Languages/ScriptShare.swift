/// A condition on a text's letters by script, as a profile's `detect` line writes it: `hangul >= 1/4` (a
/// quarter of the letters are Hangul), `kana+han > 1/3`, `vietnamese/latin >= 1/40` (of the Latin letters,
/// one in forty is a Vietnamese one). Compared in integers, so that a share is exactly the fraction written.
public struct ScriptShare: Sendable, Equatable, CustomStringConvertible {
    /// The counts of `ScriptProfile` by name: `latin`, `hangul`, `han`, `kana`, `other`, `vietnamese`.
    public var counted: [String]
    /// The counts it is a share of; empty for all letters.
    public var of: [String]
    public var strict: Bool
    public var numerator: Int
    public var denominator: Int

    public var description: String {
        counted.joined(separator: "+") + (of.isEmpty ? "" : "/" + of.joined(separator: "+")) + (strict ? " > " : " >= ") + "\(numerator)/\(denominator)"
    }

    init?(parsing text: String) {
        let parts = text.split(separator: " ").map(String.init)
        guard parts.count == 3, parts[1] == ">=" || parts[1] == ">" else { return nil }
        let sides = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        guard sides.count <= 2 else { return nil }
        counted = sides[0].split(separator: "+").map(String.init)
        of = sides.count == 2 ? sides[1].split(separator: "+").map(String.init) : []
        guard !counted.isEmpty, (counted + of).allSatisfy(ScriptShare.countNames.contains) else { return nil }
        strict = parts[1] == ">"
        let fraction = parts[2].split(separator: "/")
        guard fraction.count == 2, let n = Int(fraction[0]), let d = Int(fraction[1]), n >= 0, d > 0 else { return nil }
        numerator = n
        denominator = d
    }

    static let countNames: Set<String> = ["latin", "hangul", "han", "kana", "other", "vietnamese"]

    public func holds(for profile: ScriptProfile) -> Bool {
        let part = counted.reduce(0) { $0 + ScriptShare.count($1, profile) }
        let whole = of.isEmpty ? profile.letters : of.reduce(0) { $0 + ScriptShare.count($1, profile) }
        let left = part * denominator, right = numerator * whole
        return strict ? left > right : left >= right
    }

    static func count(_ name: String, _ p: ScriptProfile) -> Int {
        switch name {
        case "latin": p.latin
        case "hangul": p.hangul
        case "han": p.han
        case "kana": p.kana
        case "vietnamese": p.vietnamese
        default: p.other
        }
    }
}
