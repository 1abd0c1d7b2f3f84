import Foundation

/// Runs the built `bitext` binary the way a user does.
struct BitextBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("bitext")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let bundle = Bundle.main.bundleURL.appendingPathComponent("bitext")
        if FileManager.default.isExecutableFile(atPath: bundle.path) { return bundle }
        return root.appendingPathComponent(".build/debug/bitext")
    }()

    /// A user data folder of the tests' own, so that no test reads or changes the real user's glossary.
    static let isolatedDataHome = FileManager.default.temporaryDirectory
        .appendingPathComponent("bitext-tests-data-\(ProcessInfo.processInfo.processIdentifier)").path

    static func fixture(_ relative: String) -> String { root.appendingPathComponent("fixtures/" + relative).path }

    /// Runs `bitext ARGS` in the project's root (where the fixtures are), with optional standard input.
    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = root, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment
            .merging(["XDG_DATA_HOME": isolatedDataHome]) { _, new in new }
            .merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting so that a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
