import Bitext
import CFuzzing

/// ICU sentences plus Bitext's exception rules on any text, in the language the first byte picks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    let languages: [LanguageCode] = [.english, .korean, .vietnamese, .japanese, .chinese]
    let language = languages[Int(data[0]) % languages.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    guard let segmenter = try? SentenceSegmenter(language: language) else { return 0 }
    for paragraph in text.split(separator: "\n") {
        let sentences = segmenter.sentences(of: String(paragraph))
        // Sentences are trimmed and never empty.
        precondition(sentences.allSatisfy { !$0.isEmpty && $0.trimmingCharacters(in: .whitespacesAndNewlines) == $0 })
    }
    return 0
}

import Foundation

// libFuzzer runs the target: corpus folders and -flags as on any libFuzzer command line.
exit(bitext_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
