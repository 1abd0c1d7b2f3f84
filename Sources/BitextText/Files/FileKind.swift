import Foundation

/// What stands at a path, for the places that choose between a file and a folder.
public enum FileKind {
    /// Whether the path names a folder (a link to one counts).
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
