import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Batch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "Align many document pairs on every core: one TMX, a TMX per pair, or the translation memory, with a JSONL report.",
            discussion: """
            MANIFEST lists the pairs: TSV rows `source<TAB>target[<TAB>src_lang<TAB>tgt_lang[<TAB>id[<TAB>date]]]` \
            or JSON lines {"source", "target", "src_lang", "tgt_lang", "id", "date"}; paths relative to the manifest. \
            A pair that fails (missing file, bad UTF-8, wrong language) is reported and skipped; the batch goes on \
            and exits with status 1 at the end. --resume skips the pairs the report says are done.

            With --jsonl - Bitext reads one JSON object a line on standard input ({"id", "source_text", \
            "target_text", "src_lang", "tgt_lang", "date"}) and writes one result a line on standard output, \
            in input order, in constant memory: the interface for Spark's RDD.pipe and other pipelines.
            """
        )

        @Argument(help: "The manifest (TSV or JSONL).") var manifest: String?
        @Option(help: "'-': stream JSON lines from standard input to standard output.") var jsonl: String?
        @Option(name: .shortAndLong, help: "One TMX for the whole batch (written atomically at the end).") var output: String?
        @Option(name: .customLong("per-pair"), help: "A folder for one file per pair, named by id (TMX unless --format says otherwise).") var perPair: String?
        @Option(help: "The format of the --per-pair files (default: tmx).") var format: FormatName?
        @Flag(name: .customLong("into-memory"), help: "Store every pair's units in the translation memory (see --memory).")
        var intoMemory = false
        @Option(help: "The JSONL report (default: beside the output, as NAME.report.jsonl).") var report: String?
        @Flag(help: "Skip pairs the report lists as done.") var resume = false
        @Option(help: "Pairs aligned at once (default: the number of cores).") var jobs: Int?
        @Option(help: ArgumentHelp("Read only files inside this folder (after resolving .. and links).",
                                   discussion: "Without it, paths are read as the manifest or request gives them; give it when they come from elsewhere."))
        var root: String?
        @Option(name: .customLong("min-confidence"), help: "Leave beads under this confidence out of TMX and the memory.")
        var minConfidence: Double = 0
        @OptionGroup var aligning: AlignmentOptions
        @OptionGroup var memory: MemoryOptions

        func validate() throws {
            if jsonl != nil {
                guard jsonl == "-" else { throw ValidationError("--jsonl takes '-' (standard input to standard output)") }
                guard manifest == nil, output == nil, perPair == nil, !intoMemory else {
                    throw ValidationError("--jsonl - reads pairs from standard input and writes results to standard output; drop the manifest and outputs")
                }
            } else {
                guard manifest != nil else { throw ValidationError("give a MANIFEST, or --jsonl - to stream") }
                guard output != nil || perPair != nil || intoMemory else { throw ValidationError("say where the units go: -o FILE.tmx, --per-pair DIR or --into-memory") }
            }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if format != nil, perPair == nil { throw ValidationError("--format names the format of the --per-pair files; -o writes one TMX") }
            guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        }

        var width: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

        func run() async throws {
            try await reportingErrors {
                let aligner = BatchAligner(pipeline: try aligning.pipeline(), mode: aligning.alignmentMode, loader: aligning.input.loader)
                if jsonl != nil {
                    try await stream(aligner)
                } else {
                    try await runManifest(aligner)
                }
            }
        }

        /// Pairs with languages filled from --src-lang/--tgt-lang where the row has none, and paths outside
        /// --root failing.
        func withDefaults(_ pair: BatchPair, root: ManifestRoot?) -> BatchPair {
            var p = root?.check(pair) ?? pair
            p.sourceLanguage = p.sourceLanguage ?? aligning.srcLang
            p.targetLanguage = p.targetLanguage ?? aligning.tgtLang
            return p
        }

        func stream(_ aligner: BatchAligner) async throws {
            let root = try self.root.map(ManifestRoot.init)
            var lineNumber = 0
            let requests = AnySequence {
                AnyIterator { () -> BatchPair? in
                    while let line = readLine(strippingNewline: true) {
                        lineNumber += 1
                        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                        return withDefaults(BatchManifest.jsonPair(line, line: lineNumber), root: root)
                    }
                    return nil
                }
            }
            let progress = ProgressBar(total: nil, unit: "pairs", quiet: aligning.quiet)
            var failed = 0
            let minimum = minConfidence, force = aligning.force
            try await OrderedParallelMap.run(requests, window: width * 4, parallelism: width, transform: { aligner.run($0) }) { result in
                if !result.succeeded { failed += 1 }
                FileHandle.standardOutput.write(Data((BatchJSON.result(result, minConfidence: minimum, force: force) + "\n").utf8))
                progress.advance()
            }
            progress.finish()
            if failed > 0 {
                FileHandle.standardError.write(Data("bitext: \(failed) of \(progress.done) pairs failed\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

extension BitextCommand.Batch {
    var job: BatchJob {
        BatchJob(aligning: aligning, memory: memory, output: output, perPair: perPair, format: format, intoMemory: intoMemory,
                 report: report, resume: resume, width: width, minConfidence: minConfidence)
    }

    func runManifest(_ aligner: BatchAligner) async throws {
        let path = manifest!
        let text = try aligning.input.loader.text(at: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let root = try self.root.map(ManifestRoot.init)
        let pairs = BatchManifest.parse(text, folder: path.contains("/") ? folder : ".").map { withDefaults($0, root: root) }
        try await job.run(pairs, aligner: aligner, listedIn: path)
    }
}
