#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path names, through any spelling of it (`./a.txt`, `../x/a.txt`, a symbolic or hard link):
/// the device and inode the kernel resolves it to.
public struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The identity of an existing regular file; nil for a path that does not exist, standard input (`-`),
    /// or something that is not a regular file (writing to /dev/null never destroys an input).
    public init?(_ path: String) {
        guard path != "-" else { return nil }
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    /// Refuses an output that would replace one of the inputs (`align a.txt b.txt -o a.txt`): the error
    /// names both, and nothing is read or written.
    public static func refuseOverwriting(_ outputs: [String?], inputs: [String]) throws {
        let named = inputs.compactMap { path in FileIdentity(path).map { ($0, path) } }
        guard !named.isEmpty else { return }
        for case let output? in outputs {
            guard let id = FileIdentity(output), let input = named.first(where: { $0.0 == id }) else { continue }
            let same = input.1 == output ? "" : " (as \(input.1))"
            throw BitextError.invalidArgument("\(output): is one of the inputs\(same); write the output elsewhere")
        }
    }
}
