import Bitext
import CFuzzing
import Foundation

/// The batch manifest (TSV or JSONL) and the streaming mode's request lines: pairs or failed pairs
/// with a reason, one per line, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = BatchManifest.parse(text, folder: "/nonexistent")
    for (n, line) in text.split(separator: "\n").prefix(64).enumerated() {
        _ = BatchManifest.jsonPair(String(line), line: n + 1)
    }
    return 0
}

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
exit(bitext_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
