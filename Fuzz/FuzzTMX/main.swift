import Bitext
import CFuzzing
import Foundation

/// The streaming TMX reader on any text: units, or one error with a line and column.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTMX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? TMXReader().read(text, name: "fuzz.tmx")
    return 0
}

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
exit(bitext_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
