#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writers of one file take turns through an advisory lock on a hidden file beside it (`.NAME.lock`): the
/// file itself is replaced by each atomic write, so a lock on it would not hold across writers. Another
/// writer waits up to `wait` seconds, then gets a clear error instead of a lost update.
public enum FileLock {
    public static func withLock<T>(on path: String, wait: TimeInterval = 10, _ body: () throws -> T) throws -> T {
        let url = URL(fileURLWithPath: path)
        let lockPath = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock").path
        let fd = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BitextError.writeFailed(path, reason: "cannot open its lock file \(lockPath): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw BitextError.writeFailed(path, reason: "cannot lock \(lockPath): \(String(cString: strerror(errno)))")
            }
            guard Date() < deadline else {
                throw BitextError.writeFailed(path, reason: "another bitext is changing it (waited \(Int(wait)) s for \(lockPath)); try again")
            }
            usleep(20_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
