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

        /// Pairs with languages filled from --src-lang/--tgt-lang where the row has none.
        func withDefaults(_ pair: BatchPair) -> BatchPair {
            var p = pair
            p.sourceLanguage = p.sourceLanguage ?? aligning.srcLang
            p.targetLanguage = p.targetLanguage ?? aligning.tgtLang
            return p
        }

        func stream(_ aligner: BatchAligner) async throws {
            var lineNumber = 0
            let requests = AnySequence {
                AnyIterator { () -> BatchPair? in
                    while let line = readLine(strippingNewline: true) {
                        lineNumber += 1
                        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                        return withDefaults(BatchManifest.jsonPair(line, line: lineNumber))
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
    var reportPath: String {
        if let report { return report }
        if let output { return (output.hasSuffix(".tmx") ? String(output.dropLast(4)) : output) + ".report.jsonl" }
        if let perPair { return perPair + "/report.jsonl" }
        return memory.resolvedPath + ".report.jsonl"
    }

    func runManifest(_ aligner: BatchAligner) async throws {
        let path = manifest!
        let text = try aligning.input.loader.text(at: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let pairs = BatchManifest.parse(text, folder: path.contains("/") ? folder : ".").map(withDefaults)
        var seenIDs = Set<String>()
        for p in pairs where !seenIDs.insert(p.id).inserted {
            throw BitextError.malformed(path, line: p.line, reason: "id '\(p.id)' given twice (ids name outputs and let --resume skip done pairs)")
        }
        let inputs = [path] + aligning.glossary.glossaries + pairs.flatMap { [$0.source, $0.target].compactMap { $0 } }
        try FileIdentity.refuseOverwriting([output, reportPath], inputs: inputs)
        let perPairExporter = ExporterRegistry.standard.exporter(named: format?.name ?? "tmx")!
        let perPairExtension = perPairExporter.fileExtensions[0]
        if perPair != nil { try Self.refuseFileNameCollisions(pairs, manifest: path, fileExtension: perPairExtension) }
        let previous = resume ? BatchReport.doneIDs(at: reportPath) : []
        let todo = pairs.filter { !previous.contains($0.id) }
        if let perPair { try FileManager.default.createDirectory(atPath: perPair, withIntermediateDirectories: true) }
        let writer = TMXWriter(creationDate: reproducibleNow(), minConfidence: minConfidence)
        let perPairSettings = ExportSettings(minConfidence: minConfidence, creationDate: writer.creationDate)
        let spool = try output.map { try BatchTMXSpool(path: $0, writer: writer, resume: resume) }
        let store = intoMemory ? try memory.open(create: true) : nil
        let reportFile = try BatchReport(path: reportPath, append: resume)
        let progress = ProgressBar(total: todo.count, unit: "pairs", quiet: aligning.quiet)
        var done = previous, failed = 0, unrelated = 0, srclang: String?
        let force = aligning.force
        let (minimum, user) = (minConfidence, memory.resolvedUser)
        let rendersUnits = spool != nil
        // The TMX units are rendered by the workers; the writer only appends them, in order.
        try await OrderedParallelMap.run(todo, window: width * 2, parallelism: width, transform: { pair -> (BatchResult, String?) in
            let result = aligner.run(pair)
            return (result, rendersUnits ? result.alignment.map { BatchTMXSpool.units($0, writer: writer) } : nil)
        }) { rendered in
            var (result, units) = rendered
            if result.unrelated { unrelated += 1 }
            if let a = result.alignment, force || !result.unrelated {
                do {
                    if let units { try spool?.append(units: units, id: result.pair.id) }
                    if let perPair {
                        try AtomicFile.write(perPairExporter.export(a, settings: perPairSettings),
                                             to: perPair + "/" + BitextCommand.Batch.fileName(result.pair.id) + "." + perPairExtension)
                    }
                    try store?.add(MemoryEntry.entries(from: a, minConfidence: minimum, user: user))
                    srclang = srclang ?? a.source.language.tag
                } catch let error as BitextError {
                    result.alignment = nil
                    result.error = error.description
                }
            }
            if result.succeeded { done.insert(result.pair.id) } else { failed += 1 }
            try reportFile.append(result.report)
            progress.advance()
        }
        progress.finish()
        if let spool {
            let units = try spool.finish(keep: done, srclang: srclang ?? aligning.srcLang ?? "en")
            FileHandle.standardError.write(Data("bitext: \(units) units in \(spool.path)\n".utf8))
        }
        let skipped = pairs.count - todo.count
        FileHandle.standardError.write(Data(("bitext: \(todo.count - failed) pairs aligned, \(failed) failed"
            + (unrelated > 0 ? ", \(unrelated) not the same story (\(force ? "written with --force" : "no units written; see the report"))" : "")
            + (skipped > 0 ? ", \(skipped) already done" : "") + "; report \(reportPath)\n").utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    /// Refuses, before anything is aligned, two ids that `--per-pair` would write to one file (`a/b`, `a_b`, `a:b`).
    static func refuseFileNameCollisions(_ pairs: [BatchPair], manifest: String, fileExtension: String = "tmx") throws {
        var firstID: [String: String] = [:]
        for p in pairs {
            let name = fileName(p.id)
            if let other = firstID[name.lowercased()] {
                throw BitextError.malformed(manifest, line: p.line, reason: "ids '\(other)' and '\(p.id)' both make the file name \(name).\(fileExtension) under --per-pair; rename one")
            }
            firstID[name.lowercased()] = p.id
        }
    }

    /// An id as a file name: letters, digits, `-`, `_`, `.` kept, anything else `_`.
    static func fileName(_ id: String) -> String {
        let safe = String(id.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
        return safe.isEmpty || safe.hasPrefix(".") ? "pair" + safe : safe
    }
}
