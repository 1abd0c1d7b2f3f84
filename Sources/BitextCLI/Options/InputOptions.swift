import ArgumentParser
import Bitext
import Foundation

struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-input-bytes"), help: "Refuse inputs larger than this many bytes.")
    var maxInputBytes: Int = 512 * 1024 * 1024
    @Option(name: .customLong("max-sentence-chars"), help: "Refuse a sentence longer than this many characters (a text without sentence ends).")
    var maxSentenceChars: Int = AlignmentPipeline.defaultMaxSentenceCharacters

    /// Reads plain text and the formats of `InputReaders.standard` (HTML, DOCX, XLIFF).
    var loader: DocumentLoader {
        var loader = DocumentLoader(maxBytes: maxInputBytes)
        loader.readers = InputReaders.standard
        return loader
    }
}
