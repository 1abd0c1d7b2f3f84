import Bitext
import CFuzzing
import Foundation

/// The splitter of two-language files: runs by language over any paragraphs, every paragraph in one run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguageSplitter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let paragraphs = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    let runs = LanguageSplitter().runs(paragraphs)
    // Every paragraph in exactly one run, in order (no run at all when no paragraph's language can be told).
    precondition(runs.isEmpty || runs.flatMap(\.paragraphs) == paragraphs)
    _ = try? LanguageSplitter().split(Document(name: "fuzz", language: .english, paragraphs: paragraphs))
    return 0
}

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
exit(bitext_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
