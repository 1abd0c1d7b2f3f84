import Foundation

/// Gale-Church length model with the ratio and variance taken from the document pair itself:
/// target length ≈ ratio × source length, deviation normal with variance ∝ length.
public struct LengthModel: Sendable, Equatable {
    /// Expected target units per source unit.
    public var ratio: Double
    /// Variance of the deviation per unit of length.
    public var variance: Double

    public init(ratio: Double, variance: Double) {
        self.ratio = ratio
        self.variance = variance
    }

    /// The ratio of the two documents' total lengths; variance starts at Gale and Church's 6.8.
    public static func estimate(source: [SentenceFeatures], target: [SentenceFeatures]) -> LengthModel {
        let s = source.reduce(0) { $0 + $1.length }, t = target.reduce(0) { $0 + $1.length }
        let ratio = s > 0 && t > 0 ? t / s : 1
        return LengthModel(ratio: min(max(ratio, 0.1), 10), variance: 6.8)
    }

    /// −log of the two-sided tail probability of the observed length difference.
    public func cost(source: Double, target: Double) -> Double {
        LengthModel.tailTable.withUnsafeBufferPointer { cost(source: source, target: target, table: $0) }
    }

    /// The same with `tailTable` already in hand (the dynamic program reads it tens of millions of times).
    @inline(__always) func cost(source: Double, target: Double, table: UnsafeBufferPointer<Double>) -> Double {
        cost(source: source, scaledTarget: target / ratio, table: table)
    }

    /// The same with the target length already divided by the ratio (the dynamic program divides each
    /// target span once, not once per cell).
    @inline(__always) func cost(source: Double, scaledTarget: Double, table: UnsafeBufferPointer<Double>) -> Double {
        if source == 0 && scaledTarget == 0 { return 0 }
        return LengthModel.tailCost(z(source: source, scaledTarget: scaledTarget), table)
    }

    /// The length difference in standard deviations.
    @inline(__always) func z(source: Double, scaledTarget: Double) -> Double {
        let mean = max((source + scaledTarget) / 2, 1)
        return abs(scaledTarget - source) / (variance * mean).squareRoot()
    }

    /// `z` of one source length against `count` scaled target lengths, into `out`: a loop of square roots
    /// and divisions alone, which the compiler turns into vector instructions (they were most of the
    /// dynamic program's time when each cell took its own).
    @inline(__always) func z(source: Double, scaledTargets: UnsafePointer<Double>, count: Int, into out: UnsafeMutablePointer<Double>) {
        for k in 0..<count { out[k] = z(source: source, scaledTarget: scaledTargets[k]) }
    }

    /// −log erfc(z/√2), read from a table with linear interpolation below z = 32 (erfc and log cost
    /// more than the rest of a cell). The table's error is under 1e-6 of a cost unit.
    @inline(__always) static func tailCost(_ z: Double, _ table: UnsafeBufferPointer<Double>) -> Double {
        let x = z * tableScale
        if x < Double(table.count - 1) {
            let k = Int(x)
            let f = x - Double(k)
            return table[k] + f * (table[k + 1] - table[k])
        }
        return -logErfc(z / 2.0.squareRoot())
    }

    static let tableScale = 256.0
    static let tailTable: [Double] = (0...(32 * 256)).map { -logErfc(Double($0) / 256.0 / 2.0.squareRoot()) }

    /// log(erfc(x)) for x ≥ 0, stable far into the tail where erfc underflows.
    static func logErfc(_ x: Double) -> Double {
        if x < 5 { return Foundation.log(erfc(x)) }
        let x2 = x * x
        // erfc(x) ~ exp(-x²)/(x√π) · (1 − 1/(2x²) + 3/(4x⁴))
        return -x2 - Foundation.log(x * Double.pi.squareRoot()) + Foundation.log(1 - 1 / (2 * x2) + 3 / (4 * x2 * x2))
    }
}
