#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old content or the new, never half of it:
/// a temporary file in the same folder, fsync, then rename over the target.
public enum AtomicFile {
    /// `sweepingStale`: first remove the temporaries a killed writer of the same path left (a scan of the
    /// folder; a batch writing thousands of files into one folder leaves it off).
    public static func write(_ text: String, to path: String, sweepingStale: Bool = true) throws {
        try write(Array(text.utf8), to: path, sweepingStale: sweepingStale)
    }

    public static func write(_ bytes: [UInt8], to path: String, sweepingStale: Bool = true) throws {
        let file = try AtomicFileWriter(path: path, sweepingStale: sweepingStale)
        try file.write(bytes)
        try file.commit()
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// Where the bytes written to a path end up.
///
/// A rename replaces whatever directory entry stands at the path, so it is only right for a regular file
/// (or a name that does not exist yet). A device, a FIFO or `/dev/stdout` is written through in place, and
/// a symbolic link is followed so that its target is replaced and the link stays a link.
enum OutputTarget: Equatable {
    /// Write a temporary file beside `path`, then rename it over `path`.
    case replace(path: String)
    /// Open `path` for writing and write into it (a device, a FIFO, a terminal).
    case writeThrough(path: String)
    /// One of this process's own descriptors, named as `/dev/stdout`, `/dev/fd/N` or `/proc/self/fd/N`:
    /// written as it stands, so that `>>` keeps appending and a pipe stays a pipe.
    case descriptor(Int32)

    /// Symbolic links followed before giving up, as the kernel's own limit (ELOOP).
    static let maxLinks = 40

    static func resolve(_ path: String) throws -> OutputTarget {
        if let fd = ownDescriptor(path) { return .descriptor(fd) }
        var current = path
        for _ in 0..<maxLinks {
            var st = stat()
            guard lstat(current, &st) == 0 else {
                if errno == ENOENT { return .replace(path: current) }
                throw BitextError.writeFailed(path, reason: AtomicFile.errnoText())
            }
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                return .replace(path: current)
            case S_IFDIR:
                throw BitextError.writeFailed(path, reason: "is a directory")
            case S_IFLNK:
                // A link whose target exists but is not a regular file (/dev/stdout -> /proc/self/fd/1 -> pipe:[…])
                // is opened through the link: the kernel resolves /proc's links, which readlink cannot.
                var target = stat()
                if stat(current, &target) == 0, target.st_mode & S_IFMT != S_IFREG {
                    if target.st_mode & S_IFMT == S_IFDIR { throw BitextError.writeFailed(path, reason: "is a directory") }
                    return .writeThrough(path: current)
                }
                current = try linkTarget(of: current, original: path)
            case S_IFSOCK:
                throw BitextError.writeFailed(path, reason: "is a socket, not a file")
            default:
                return .writeThrough(path: current)
            }
        }
        throw BitextError.writeFailed(path, reason: "too many levels of symbolic links")
    }

    /// The descriptor a path names when it is one of the process's own: the shell's redirection is what the user meant.
    static func ownDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let n = Int32(path.dropFirst(prefix.count)), n >= 0 { return n }
        }
        return nil
    }

    /// The path a link points to, relative targets taken from the link's own folder.
    private static func linkTarget(of link: String, original: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(link, &buffer, buffer.count - 1)
        guard n > 0 else { throw BitextError.writeFailed(original, reason: AtomicFile.errnoText()) }
        let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        guard let slash = link.lastIndex(of: "/") else { return target }
        return String(link[...slash]) + target
    }
}

/// A file written piece by piece (an export of a million units) that appears under its name only
/// when `commit` succeeds; dropped without commit, it leaves what was there before untouched.
///
/// A path naming a device, a FIFO or standard output is written through instead (there is nothing to
/// replace atomically), and a symbolic link has its target replaced, the link kept.
public final class AtomicFileWriter {
    public let path: String
    private let destination: String
    private let tempPath: String?
    private let folder: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var committed = false

    public init(path: String, sweepingStale: Bool = true) throws {
        self.path = path
        switch try OutputTarget.resolve(path) {
        case .descriptor(let own):
            destination = path
            folder = "."
            tempPath = nil
            fd = dup(own)
            guard fd >= 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
        case .writeThrough(let target):
            destination = target
            folder = "."
            tempPath = nil
            fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard fd >= 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
        case .replace(let target):
            destination = target
            let slash = target.lastIndex(of: "/")
            let folder = slash.map { String(target[..<$0]) } ?? "."
            let base = slash.map { String(target[target.index(after: $0)...]) } ?? target
            guard !base.isEmpty else { throw BitextError.writeFailed(path, reason: "not a file name") }
            self.folder = folder.isEmpty ? "/" : folder
            if sweepingStale { TemporaryFiles.sweepStale(folder: self.folder, base: base) }
            // The process id in the name tells a later writer whether its writer is still alive.
            var template = Array("\(self.folder)/\(TemporaryFiles.prefix(of: base))\(getpid())-XXXXXX".utf8CString)
            fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
            let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            tempPath = temporary
            TemporaryFiles.shared.register(temporary)
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !committed {
            if fd >= 0 { close(fd) }
            if let tempPath { unlink(tempPath); TemporaryFiles.shared.unregister(tempPath) }
        }
    }

    public func write(_ text: String) throws {
        try write(text.utf8)
    }

    public func write(_ bytes: some Collection<UInt8>) throws {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        var written = 0
        while written < buffer.count {
            let n = buffer.withUnsafeBytes { buf in
                Glibc.write(fd, buf.baseAddress! + written, buf.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw BitextError.writeFailed(path, reason: AtomicFile.errnoText())
            }
            written += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the file into place (or, written through, flushes and closes it).
    public func commit() throws {
        try flush()
        guard let tempPath else {
            close(fd)
            fd = -1
            committed = true
            return
        }
        // Keep the permissions an existing file had; new files get the usual 0644.
        var st = stat()
        let mode: mode_t = stat(destination, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        fchmod(fd, mode)
        guard fsync(fd) == 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
        close(fd)
        fd = -1
        guard rename(tempPath, destination) == 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
        TemporaryFiles.shared.unregister(tempPath)
        committed = true
        // Make the rename itself durable.
        let dirFD = open(folder, O_RDONLY)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }
}
