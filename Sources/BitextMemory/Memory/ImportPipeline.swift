import BitextText
import BitextFormats
import Foundation

/// Reads a TMX file on a thread of its own and prepares its units (mapping, checks, analysis) on one
/// thread per core, handing prepared batches in file order to the thread that writes them. Batches go to
/// the preparing threads in turn and come back in the same turn, so order needs no sorting; each stage
/// waits when the next falls behind, so memory holds a few batches whatever the file's size.
struct ImportPipeline: Sendable {
    enum Batch: Sendable {
        /// Prepared entries, and the units among them refused for their texts (`skipInvalid`).
        case entries([PreparedEntry], refused: [String])
        /// The file is read: units the reader refused.
        case end(invalid: [String], invalidCount: Int)
    }

    let url: URL
    let source: String
    let skipInvalid: Bool
    /// Read each `<tu>` on its own past damage (a file that is not well-formed).
    let recovering: Bool
    let now: String
    static let batchSize = 256
    /// Preparing is most of an import's work: one thread per core (the reader and the writer need less).
    static let workers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))

    private enum Parsed: Sendable {
        case units([(unit: TranslationUnit, line: Int)])
        case end(invalid: [String], invalidCount: Int)
    }

    private struct Stopped: Error {}

    /// Starts the stages; `body` receives the prepared batches in file order through `next`, which returns
    /// nil after the `.end` batch. An error of any stage reaches `body` through `next`, after the batches
    /// before it; an error `body` throws stops the stages, which have finished when this returns.
    func run(_ body: (_ next: () throws -> Batch?) throws -> Void) throws {
        let count = ImportPipeline.workers
        let inputs = (0..<count).map { _ in BoundedQueue<Parsed>(capacity: 4) }
        let outputs = (0..<count).map { _ in BoundedQueue<Batch>(capacity: 4) }
        let queue = DispatchQueue.global()
        let done = DispatchGroup()
        let (url, recovering) = (url, recovering)
        queue.async(group: done) {
            do {
                var batch: [(unit: TranslationUnit, line: Int)] = []
                var turn = 0
                let each: (TranslationUnit, Int) throws -> Void = { unit, line in
                    batch.append((unit, line))
                    if batch.count == ImportPipeline.batchSize {
                        guard inputs[turn].push(.units(batch)) else { throw Stopped() }
                        turn = (turn + 1) % count
                        batch = []
                    }
                }
                let invalid: [String], invalidCount: Int
                if recovering {
                    (invalid, invalidCount) = try TMXUnitScanner(url: url).scan(each)
                } else {
                    let summary = try TMXReader().read(contentsOf: url, each: each)
                    (invalid, invalidCount) = (summary.invalid, summary.invalidCount)
                }
                if !batch.isEmpty {
                    inputs[turn].push(.units(batch))
                    turn = (turn + 1) % count
                }
                // The end goes to the worker whose turn is next, where the writer looks for it.
                inputs[turn].push(.end(invalid: invalid, invalidCount: invalidCount))
                for input in inputs { input.close() }
            } catch {
                for input in inputs { input.close(throwing: error) }
            }
        }
        for k in 0..<count {
            queue.async(group: done) {
                do {
                    try prepare(from: inputs[k], to: outputs[k])
                    outputs[k].close()
                } catch {
                    inputs[k].cancel()
                    outputs[k].close(throwing: error)
                }
            }
        }
        defer {
            for queue in outputs { queue.cancel() }
            for queue in inputs { queue.cancel() }
            done.wait()
        }
        var turn = 0
        var finished = false
        try body {
            guard !finished, let batch = try outputs[turn].pop() else { return nil }
            if case .end = batch { finished = true } else { turn = (turn + 1) % count }
            return batch
        }
    }

    /// Maps each unit to an entry (refusing what TMX or Bitext forbids) and analyses it for storage.
    private func prepare(from parsed: BoundedQueue<Parsed>, to prepared: BoundedQueue<Batch>) throws {
        let tokenizer = WordTokenizer()
        while let item = try parsed.pop() {
            switch item {
            case .units(let units):
                var entries: [PreparedEntry] = []
                var refused: [String] = []
                entries.reserveCapacity(units.count)
                for (unit, line) in units {
                    let entry: MemoryEntry
                    do {
                        entry = try TMXUnitMapping.entry(from: unit, source: source)
                    } catch let error as BitextError {
                        guard skipInvalid else { throw BitextError.invalidUnits(url.path, line: line, reason: error.description) }
                        refused.append("unit \(unit.tuid ?? "?") (line \(line)): \(error.description)")
                        continue
                    }
                    entries.append(try PreparedEntry(entry, tokenizer: tokenizer, now: now))
                }
                guard prepared.push(.entries(entries, refused: refused)) else { throw Stopped() }
            case .end(let invalid, let invalidCount):
                prepared.push(.end(invalid: invalid, invalidCount: invalidCount))
            }
        }
    }
}
