import Foundation

/// Paths to the project's fixtures, found from this source file's location.
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent("fixtures/" + relative).path }
    static func text(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }
    static func lines(_ relative: String) throws -> [String] {
        try text(relative).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
    static let seed000 = "seeds/000_16a4560da9b5d69e.txt"
    static let seed001 = "seeds/001_4bdbc64759555825.txt"
    static let glossaryFolder = root.appendingPathComponent("Sources/BitextGlossary/Resources/Glossaries").path
}
