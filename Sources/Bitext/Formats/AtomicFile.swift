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
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFileWriter(path: path)
        try file.write(bytes)
        try file.commit()
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// A file written piece by piece (an export of a million units) that appears under its name only
/// when `commit` succeeds; dropped without commit, it leaves what was there before untouched.
public final class AtomicFileWriter {
    public let path: String
    private let tempPath: String
    private let folder: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var committed = false

    public init(path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { throw BitextError.writeFailed(path, reason: "not a file name") }
        self.folder = folder.isEmpty ? "/" : folder
        var template = Array("\(self.folder)/.\(base).tmp-XXXXXX".utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
        tempPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !committed {
            if fd >= 0 { close(fd) }
            unlink(tempPath)
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

    /// Flushes, syncs and renames the file into place.
    public func commit() throws {
        try flush()
        // Keep the permissions an existing file had; new files get the usual 0644.
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        fchmod(fd, mode)
        guard fsync(fd) == 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
        close(fd)
        fd = -1
        guard rename(tempPath, path) == 0 else { throw BitextError.writeFailed(path, reason: AtomicFile.errnoText()) }
        committed = true
        // Make the rename itself durable.
        let dirFD = open(folder, O_RDONLY)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }
}
