#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The temporary files this process is writing (the `.NAME.tmp-PID-XXXXXX` beside an atomic write), so that
/// an interrupted program can remove them (`removeAll`, called from the command line's signal handler) and
/// a later writer of the same path can remove those a killed process left (`sweepStale`).
public final class TemporaryFiles: Sendable {
    public static let shared = TemporaryFiles()
    private let paths = Mutex<Set<String>>([])
    private let interrupted = Atomic<Bool>(false)

    /// Whether `removeAll` has run: a write that fails from then on failed because its file was taken away.
    public var wasInterrupted: Bool { interrupted.load(ordering: .acquiring) }

    func register(_ path: String) { paths.withLock { _ = $0.insert(path) } }
    func unregister(_ path: String) { paths.withLock { _ = $0.remove(path) } }

    /// Unlinks every temporary still being written; what is committed is left alone.
    public func removeAll() {
        interrupted.store(true, ordering: .releasing)
        let all = paths.withLock { current -> Set<String> in
            let taken = current
            current.removeAll()
            return taken
        }
        for path in all { unlink(path) }
    }

    /// The prefix of a temporary of `base`, the file name of the path it will become.
    static func prefix(of base: String) -> String { ".\(base).tmp-" }

    /// Removes the temporaries of `base` in `folder` whose writing process no longer exists (killed
    /// before it could clean up). Another live writer's temporary is never touched.
    static func sweepStale(folder: String, base: String) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let prefix = Self.prefix(of: base)
        var stale: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            guard name.hasPrefix(prefix) else { continue }
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == -1, errno == ESRCH { stale.append(folder + "/" + name) }
        }
        for path in stale { unlink(path) }
    }
}
