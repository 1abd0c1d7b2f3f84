import ArgumentParser
import Bitext
import Foundation

/// Many pairs aligned on every core into one TMX, a file per pair or the memory, with a JSONL report:
/// `bitext batch MANIFEST` and `bitext align DIR_A DIR_B` share it.
struct BatchJob {
    var aligning: AlignmentOptions
    var memory: MemoryOptions
    var output: String?
    var perPair: String?
    var format: FormatName?
    var intoMemory: Bool
    var report: String?
    var resume: Bool
    var width: Int
    var minConfidence: Double

    var reportPath: String {
        if let report { return report }
        if let output { return (output.hasSuffix(".tmx") ? String(output.dropLast(4)) : output) + ".report.jsonl" }
        if let perPair { return perPair + "/report.jsonl" }
        return memory.resolvedPath + ".report.jsonl"
    }

    /// Aligns `pairs` (read from `listedIn`: a manifest, or the folders named) and writes every output.
    func run(_ pairs: [BatchPair], aligner: BatchAligner, listedIn path: String) async throws {
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
                                             to: perPair + "/" + BatchJob.fileName(result.pair.id) + "." + perPairExtension, sweepingStale: false)
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
