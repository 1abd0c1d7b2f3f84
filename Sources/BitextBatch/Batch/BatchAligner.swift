import BitextText
import BitextAlignment
import Foundation

/// What became of one pair: its alignment, or why there is none; and the figures the report shows.
public struct BatchResult: Sendable {
    public var pair: BatchPair
    public var alignment: Alignment?
    public var error: String?
    public var seconds: Double

    public var succeeded: Bool { alignment != nil }
    /// Aligned, but judged not to be the same story: reported, its units written nowhere (unless forced).
    public var unrelated: Bool { alignment?.verdict?.relation == .unrelated }

    /// One line of the batch report.
    public var report: BatchReportLine {
        var line = BatchReportLine(id: pair.id, source: pair.source, target: pair.target,
                                   status: !succeeded ? "failed" : unrelated ? "unrelated" : "ok",
                                   error: error, seconds: (seconds * 1000).rounded() / 1000)
        if let a = alignment {
            line.sourceSentences = a.source.segments.count
            line.targetSentences = a.target.segments.count
            line.beads = a.beads.count
            let linked = a.beads.filter { !$0.isInsertionOrDeletion }
            line.meanConfidence = linked.isEmpty ? 0 : (linked.reduce(0) { $0 + $1.confidence } / Double(linked.count) * 1000).rounded() / 1000
            line.mode = a.mode.rawValue
            line.sourceLanguage = a.source.language.tag
            line.targetLanguage = a.target.language.tag
            line.verdict = a.verdict?.relation.rawValue
            line.glossaries = a.glossaries
            line.evidence = a.verdict?.summary
        }
        return line
    }
}

/// The JSON report of one pair.
public struct BatchReportLine: Codable, Sendable, Equatable {
    public var id: String
    public var source: String?
    public var target: String?
    public var status: String
    public var error: String?
    public var seconds: Double
    public var sourceSentences: Int?
    public var targetSentences: Int?
    public var beads: Int?
    public var meanConfidence: Double?
    public var mode: String?
    public var sourceLanguage: String?
    public var targetLanguage: String?
    /// What the texts are to each other (`translation`, `same-event`, `unrelated`) and the evidence in words.
    public var verdict: String?
    public var evidence: String?
    /// The glossary files the pair was aligned with.
    public var glossaries: [String]?

    enum CodingKeys: String, CodingKey {
        case id, source, target, status, error, seconds, beads, mode, verdict, evidence, glossaries
        case sourceSentences = "source_sentences", targetSentences = "target_sentences", meanConfidence = "mean_confidence"
        case sourceLanguage = "src_lang", targetLanguage = "tgt_lang"
    }
}

/// Aligns one pair of a batch the way `bitext align` would, turning every failure into a result.
public struct BatchAligner: Sendable {
    public var pipeline: AlignmentPipeline
    public var mode: AlignmentMode
    public var loader: DocumentLoader

    public init(pipeline: AlignmentPipeline, mode: AlignmentMode = .auto, loader: DocumentLoader = DocumentLoader()) {
        self.pipeline = pipeline
        self.mode = mode
        self.loader = loader
    }

    public func run(_ pair: BatchPair) -> BatchResult {
        let started = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(pair: pair, alignment: nil, error: pair.problem, seconds: 0)
        if pair.problem == nil {
            do {
                let source = try document(path: pair.source, text: pair.sourceText, side: "source", language: pair.sourceLanguage, date: pair.date, id: pair.id)
                let target = try document(path: pair.target, text: pair.targetText, side: "target", language: pair.targetLanguage, date: pair.date, id: pair.id)
                result.alignment = try pipeline.align(source, target, mode: mode)
            } catch let error as BitextError {
                result.error = error.description
            } catch let error as ICUError {
                result.error = error.description
            } catch {
                result.error = "\(error)"
            }
        }
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return result
    }

    private func document(path: String?, text: String?, side: String, language: String?, date: String?, id: String) throws -> Document {
        let code = try language.map { try LanguageCode($0) }
        var document: Document
        if let path {
            document = try loader.load(path, language: code, presegmented: pipeline.presegmented)
        } else {
            let name = "\(id)#\(side)"
            guard let text, !text.isEmpty else { throw BitextError.emptyInput(name) }
            document = try loader.parse(text, name: name, language: code, presegmented: pipeline.presegmented)
        }
        if let date, document.date == nil { document.date = date }
        return document
    }
}
