import Bitext
import CFuzzing
import Foundation

/// The decoder and normaliser on any bytes: a string or one of Bitext's errors, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextDecoder(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = try? TextDecoder(maxBytes: 1 << 20).decode(bytes, name: "fuzz") else { return 0 }
    if let document = try? DocumentLoader().parse(text, name: "fuzz", language: .english) {
        // Paragraphs are what the aligner sees: none empty, none holding a line break.
        precondition(document.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
    }
    return 0
}

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
exit(bitext_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
