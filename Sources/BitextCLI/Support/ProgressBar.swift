import Bitext
import Foundation
import Glibc

#if canImport(Glibc)
#endif

/// A progress line on standard error when it is a terminal: done/total, rate, time left. Silent
/// otherwise (logs and pipes get no control characters) or when asked to be.
final class ProgressBar {
    private let total: Int?
    private let unit: String
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private(set) var done = 0

    init(total: Int?, unit: String, quiet: Bool) {
        self.total = total
        self.unit = unit
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func advance(by n: Int = 1) {
        done += n
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = Date()
        FileHandle.standardError.write(Data(("\r" + ProgressText.line(done: done, total: total, unit: unit, elapsed: Date().timeIntervalSince(started)) + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled, done > 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}

/// A single long alignment's progress on a terminal: which pass of the search and how far.
final class SearchProgress: @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private var shown = false

    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func show(pass: Int, fraction: Double) {
        lock.lock()
        defer { lock.unlock() }
        shown = true
        FileHandle.standardError.write(Data("\rbitext: aligning, pass \(pass) of 2: \(Int(fraction * 100))%\u{1B}[K".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
