import ArgumentParser
import Bitext
import Foundation

/// Writes to a file atomically, or to standard output when no path is given.
func emit(_ text: String, to path: String?) throws {
    if let path, path != "-" {
        try AtomicFile.write(text, to: path)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
