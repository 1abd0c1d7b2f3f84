import Foundation

/// The text of a progress line (the terminal handling is the command line's).
public enum ProgressText {
    /// `[#########-----------] 120/1000 pairs  35.2/s  0:25 left`, or `120 pairs  35.2/s` when the total is unknown.
    public static func line(done: Int, total: Int?, unit: String, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        guard let total, total > 0 else { return "\(done) \(unit)  \(String(format: "%.1f", rate))/s" }
        let width = 20
        let filled = min(width, done * width / total)
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(done)/\(total) \(unit)  \(String(format: "%.1f", rate))/s  \(left / 60):\(String(format: "%02d", left % 60)) left"
    }
}
