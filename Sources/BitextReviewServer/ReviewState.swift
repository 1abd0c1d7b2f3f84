import Bitext
import Foundation

/// Where a review writes, fixed when the server starts: no request names a path.
public struct ReviewOutputs: Sendable {
    /// The alignment JSON, rewritten (atomically) after every edit.
    public var alignment: String
    /// The file Export writes (TMX unless `exporter` says otherwise).
    public var tmx: String
    /// The format Export writes `tmx` in.
    public var exporter: any AlignmentExporter
    /// A translation memory Export also adds to, when one was named.
    public var memory: String?
    /// The glossary accepted candidates go into, when one was named.
    public var glossary: String?

    public init(alignment: String, tmx: String, exporter: any AlignmentExporter = TMXExporter(), memory: String? = nil, glossary: String? = nil) {
        self.alignment = alignment
        self.tmx = tmx
        self.exporter = exporter
        self.memory = memory
        self.glossary = glossary
    }
}

/// The one review a server holds: the session (document, undo, redo), the glossary candidates, and the
/// files it writes. An actor: requests arrive concurrently, edits apply one at a time.
public actor ReviewState {
    private var session: ReviewSession
    private var candidates: [EntryProposal]
    private var decisions: [ReviewView.CandidateView.Decision]
    public nonisolated let outputs: ReviewOutputs
    private let user: String
    private let highlighter: ReviewHighlighter
    private let lowConfidence: Double
    private let clock: @Sendable () -> Date

    public init(document: ReviewDocument, glossary: Glossary?, outputs: ReviewOutputs, user: String, lowConfidence: Double = 0.5,
                memoryLockWait: TimeInterval = ReviewState.defaultMemoryLockWait, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.memoryLockWait = memoryLockWait
        session = ReviewSession(document)
        self.outputs = outputs
        self.user = user
        self.lowConfidence = lowConfidence
        self.clock = clock
        highlighter = ReviewHighlighter(glossary: glossary, source: document.source.language, target: document.target.language)
        let proposals = (try? NameMatcher()).map { EntryExtractor(glossary: glossary ?? Glossary(), matcher: $0).proposals(document.alignment) } ?? []
        candidates = proposals
        decisions = proposals.map { _ in .open }
    }

    public var document: ReviewDocument { session.document }

    public func view() -> ReviewView {
        ReviewView(document: session.document, highlighter: highlighter, lowConfidence: lowConfidence, readOnly: false,
                   canUndo: session.canUndo, canRedo: session.canRedo,
                   candidates: candidates.enumerated().map { k, p in
                       ReviewView.CandidateView(index: k, source: p.source, sourceLanguage: p.sourceLanguage, target: p.target,
                                                targetLanguage: p.targetLanguage, score: (p.score * 1000).rounded() / 1000,
                                                support: p.support, decision: decisions[k], kind: p.kind.rawValue, acceptable: p.acceptable,
                                                reason: p.reviewReason, competitors: Array(p.competitors.prefix(5)))
                   },
                   savePath: outputs.alignment, exportPath: outputs.tmx, memoryWrite: memoryWrite.map { .init(running: $0.running, note: $0.note) })
    }

    /// Applies an edit and saves at once, so that closing the tab loses nothing.
    public func apply(_ edit: ReviewEdit) throws -> ReviewView {
        try session.apply(edit, by: user, at: ISO8601DateFormatter().string(from: clock()))
        try save()
        return view()
    }

    public func undo() throws -> ReviewView {
        if session.undo() { try save() }
        return view()
    }

    public func redo() throws -> ReviewView {
        if session.redo() { try save() }
        return view()
    }

    /// Writes the alignment JSON atomically; returns where.
    @discardableResult
    public func save() throws -> String {
        try AtomicFile.write([UInt8](AlignmentJSON.encode(session.document)), to: outputs.alignment)
        return outputs.alignment
    }

    public struct ExportReport: Sendable, Codable {
        public var tmx: String
        public var units: Int
        public var memory: String?
    }

    /// The reviewed alignment in the export format (TMX: accepted and edited beads at confidence 1), and the
    /// memory when named. The file is written before the answer; the memory is written in the background, so
    /// that a memory another process holds (an import of a million units) freezes no request: the page asks
    /// `memoryWrite` for the outcome. A lock not free within a few seconds is reported, not waited out.
    /// How long the background write waits for a memory another process is writing to.
    public static let defaultMemoryLockWait: TimeInterval = 5
    private let memoryLockWait: TimeInterval

    /// The memory write an Export started: running, or its outcome in words.
    public struct MemoryWrite: Sendable, Codable, Equatable {
        public var running: Bool
        public var note: String
    }

    public private(set) var memoryWrite: MemoryWrite?

    public func export() throws -> ExportReport {
        try save()
        let alignment = session.document.alignment
        try AtomicFile.write(outputs.exporter.export(alignment, settings: ExportSettings(creationDate: clock())), to: outputs.tmx)
        let units = alignment.alignedUnits(minConfidence: 0).count
        guard let path = outputs.memory else { return ExportReport(tmx: outputs.tmx, units: units, memory: nil) }
        if memoryWrite?.running == true {
            return ExportReport(tmx: outputs.tmx, units: units, memory: "\(path) is still being written from the last export; export again when it is done")
        }
        let entries = MemoryEntry.entries(from: alignment, user: user)
        let started = MemoryWrite(running: true, note: "adding \(entries.count) units to \(path)…")
        memoryWrite = started
        // A thread of its own: waiting on another process's lock blocks it, and a blocked thread of Swift's
        // cooperative pool (as many as the cores) would hold up the requests.
        let lockWait = memoryLockWait
        ReviewState.memoryQueue.async { [weak self] in
            let note: String
            do {
                let changes = try TranslationMemory(path: path, create: true, lockWait: lockWait).add(entries)
                note = "\(changes.added) units added to \(path), \(changes.merged) merged, \(changes.unchanged) already there"
            } catch BitextError.writeFailed(_, let reason) {
                // The file is written; the memory is busy or unwritable: say so beside the export, which stands.
                note = "\(path) not updated: \(reason); export again to add the units"
            } catch {
                note = "\(path) not updated: \(error); export again to add the units"
            }
            Task { await self?.finishMemoryWrite(note) }
        }
        return ExportReport(tmx: outputs.tmx, units: units, memory: started.note)
    }

    static let memoryQueue = DispatchQueue(label: "bitext.review.memory")

    private func finishMemoryWrite(_ note: String) {
        memoryWrite = MemoryWrite(running: false, note: note)
    }

    /// Accepts a candidate into the glossary file (validated, written atomically) or rejects it.
    public func decide(candidate index: Int, accept: Bool, source: String? = nil, target: String? = nil) throws -> ReviewView {
        guard candidates.indices.contains(index) else { throw ReviewEditError("there is no candidate \(index)") }
        guard decisions[index] == .open else { throw ReviewEditError("candidate \(index) was already \(decisions[index].rawValue)") }
        if accept {
            guard let path = outputs.glossary else { throw ReviewEditError("no glossary file was named when the review started, so names cannot be added") }
            var p = candidates[index]
            // The reviewer may correct a form before accepting it (a particle left on, a title kept).
            for (language, form) in [(p.sourceLanguage, source), (p.targetLanguage, target)] {
                guard let form = form?.trimmingCharacters(in: .whitespacesAndNewlines) else { continue }
                guard !form.isEmpty, !form.contains(where: { $0.isNewline || $0 == "\t" || $0 == "|" }) else {
                    throw ReviewEditError("a form must be one line without tabs or '|'")
                }
                p.forms[language] = [form]
            }
            try GlossaryFile(path: path).update { glossary in
                for entry in EntryProposals.entries([p], origin: "bitext review") { try glossary.add(entry, origin: path) }
            }
        }
        decisions[index] = accept ? .accepted : .rejected
        return view()
    }
}
