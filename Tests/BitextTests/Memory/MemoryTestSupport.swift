import Foundation
@testable import BitextMemory

/// A memory in a fresh temporary folder, removed with the value.
final class ScratchMemory {
    let folder: URL
    let memory: TranslationMemory
    var path: String { memory.path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-tm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        memory = try TranslationMemory(path: folder.appendingPathComponent("test.tm").path, create: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

func entry(_ en: String, _ ko: String, document: String? = nil, confidence: Double? = nil) -> MemoryEntry {
    MemoryEntry(variants: [MemoryVariant(language: "en", text: en), MemoryVariant(language: "ko", text: ko)],
                origins: [MemoryOrigin(document: document, confidence: confidence)])
}

func tmxFixture(_ name: String) -> URL { URL(fileURLWithPath: Fixtures.path("tmx/" + name)) }
