import Bitext
import CFuzzing
import Foundation

/// The streaming TMX reader on any text: units, or one error with a line and column.
func fuzzTMX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? TMXReader().read(text, name: "fuzz.tmx")
    return 0
}

/// The entry libFuzzer's own main() calls when the linker picks it.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzTMX(data, size) }

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
var count = CommandLine.argc
exit(LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTMX(data, size) })
