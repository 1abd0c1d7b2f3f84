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
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { throw BitextError.writeFailed(path, reason: "not a file name") }
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(base).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw BitextError.writeFailed(path, reason: errnoText()) }
        let tempPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(tempPath) }
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                Glibc.write(fd, buf.baseAddress! + written, buf.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = errnoText()
                close(fd)
                throw BitextError.writeFailed(path, reason: reason)
            }
            written += n
        }
        // Keep the permissions an existing file had; new files get the usual 0644.
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        fchmod(fd, mode)
        guard fsync(fd) == 0 else {
            let reason = errnoText()
            close(fd)
            throw BitextError.writeFailed(path, reason: reason)
        }
        close(fd)
        guard rename(tempPath, path) == 0 else { throw BitextError.writeFailed(path, reason: errnoText()) }
        ok = true
        // Make the rename itself durable.
        let dirFD = open(folder.isEmpty ? "/" : folder, O_RDONLY)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
