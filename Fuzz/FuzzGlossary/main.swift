import Bitext
import CFuzzing
import Foundation

/// Every glossary import format on any text: entries or an error naming the line, never a crash. What is
/// read writes back as TSV that reads again to the same entries.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    let formats = GlossaryFormat.allCases
    let format = formats[Int(data[0]) % formats.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    if let g = try? Glossary(tsv: text, origin: "fuzz.tsv") {
        let again = try? Glossary(tsv: g.tsv(), origin: "again.tsv")
        precondition(again?.entries == g.entries, "TSV round trip changed the entries")
    }
    _ = try? GlossaryExchange.read(text, format: format, name: "fuzz", source: .english, target: .korean)
    return 0
}

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
exit(bitext_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
