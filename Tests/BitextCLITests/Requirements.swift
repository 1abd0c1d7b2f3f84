import Foundation

/// What a test needs from outside the package: a translator tool or a file of ../shared. A test that needs one
/// is enabled where it is present, and always in CI (which installs every tool and has ../shared): there a
/// missing one fails the test instead of letting it pass without checking anything. Elsewhere (a fresh machine
/// running `swift test`) the test is reported as skipped.
enum Requirements {
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static func tool(_ path: String) -> Bool { inCI || FileManager.default.isExecutableFile(atPath: path) }

    static func shared(_ relative: String) -> Bool { inCI || FileManager.default.fileExists(atPath: sharedPath(relative)) }

    static func sharedPath(_ relative: String) -> String {
        BitextBinary.root.deletingLastPathComponent().appendingPathComponent("shared/" + relative).path
    }
}
