import Bitext
import CFuzzing
import Foundation

/// Bitext's JSON alignment reader: a document that passes its checks, or an error. A document it
/// accepts is consistent, survives a round trip, and takes an edit without breaking.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAlignmentJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? AlignmentJSON.decode(bytes, name: "fuzz.json") else { return 0 }
    precondition(document.problem() == nil)
    let again = try? AlignmentJSON.decode(AlignmentJSON.encode(document), name: "again.json")
    precondition(again == document, "round trip changed the document")
    for edit in [ReviewEdit.join(bead: 0), .unlink(bead: 0), .link(bead: 0)] {
        if let next = try? document.applying(edit, by: "fuzz", at: "t") { precondition(next.problem() == nil) }
    }
    return 0
}

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
exit(bitext_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
