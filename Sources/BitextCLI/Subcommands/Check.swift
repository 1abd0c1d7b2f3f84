import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Translation QA: names, numbers, untranslated targets, glossary terms and inconsistent translations.",
            discussion: """
            Give a source and its translation (aligned first), one file holding both, a TMX (each unit checked, and \
            sources translated two ways across the file), or --memory alone (sources translated two ways across the \
            translation memory). Exit status 0 when nothing is found, 3 when findings are reported, 1 on an error.
            """)

        @Argument(help: "SOURCE [TARGET], one file holding two languages, or a TMX.") var files: [String] = []
        @Option(name: .customLong("src-lang"), help: "Source language (BCP 47); detected when omitted (a TMX: its srclang).") var srcLang: String?
        @Option(name: .customLong("tgt-lang"), help: "Target language (BCP 47); detected when omitted (a TMX: its other language).") var tgtLang: String?
        @Option(name: .customLong("glossary"), help: "Glossary TSV file or folder laid over the bundled one and the others (repeatable).")
        var glossaries: [String] = []
        @Flag(help: "Input already has one sentence per line.") var presegmented = false
        @Option(help: "text, json, csv or html; inferred from --output's extension (.txt, .json, .csv, .html), text otherwise.")
        var format: QualityReportFormat?
        @Option(name: .shortAndLong, help: "Write the report to this file (atomically); standard output when omitted.") var output: String?
        @Option(name: .customLong("memory"), help: "Check the translation memory at this path for sources translated more than one way.")
        var memoryPath: String?
        @OptionGroup var input: InputOptions

        func validate() throws {
            guard (memoryPath != nil && files.isEmpty) || (1...2).contains(files.count) else {
                throw ValidationError("give SOURCE [TARGET], a TMX, or --memory PATH")
            }
        }

        func run() throws {
            var found = 0
            try reportingErrors {
                try FileIdentity.refuseOverwriting([output], inputs: files + glossaries + [memoryPath].compactMap { $0 })
                let reportFormat = try format?.format ?? output.map(Self.inferredFormat) ?? .text
                let report = try memoryPath != nil && files.isEmpty ? checkMemory() : checkTexts()
                found = report.findings.count
                try emit(report.rendered(reportFormat), to: output)
                FileHandle.standardError.write(Data("bitext: \(report.summary)\n".utf8))
            }
            if found > 0 { throw ExitCode(3) }
        }

        /// The format an output file's extension names; an extension no report format has is refused.
        static func inferredFormat(_ output: String) throws -> QualityReport.Format {
            guard let format = QualityReport.Format.infer(output) else {
                throw BitextError.unknownOutputExtension(output, extension: (output as NSString).pathExtension,
                                                         formats: QualityReport.Format.allCases.map(\.rawValue))
            }
            return format
        }

        func checkTexts() throws -> QualityReport {
            let layers = GlossaryLayers(environment: ProcessInfo.processInfo.environment)
            let glossary = try layers.load(named: glossaries)
            let alignment: Alignment
            if files.count == 1, let units = try TMXAlignment.read(files[0], source: parseLanguage(srcLang), target: parseLanguage(tgtLang)) {
                alignment = units
            } else {
                let (src, tgt) = try loadPair(files, srcLang: srcLang, tgtLang: tgtLang, presegmented: presegmented, loader: input.loader)
                alignment = try AlignmentPipeline(glossary: glossary, presegmented: presegmented).align(src, tgt, mode: .auto)
            }
            let findings = QualityChecks.standard.run(alignment, context: QualityContext(glossary: glossary, terminology: try layers.loadOwn(named: glossaries), matcher: try NameMatcher()))
            return QualityReport(findings: findings, inputs: files, sourceLanguage: alignment.source.language.tag,
                                 targetLanguage: alignment.target.language.tag, glossaries: glossary.sources)
        }

        func checkMemory() throws -> QualityReport {
            let memory = try TranslationMemory(path: memoryPath!, create: false)
            let conflicts = try memory.conflicts(from: parseLanguage(srcLang)?.tag, to: parseLanguage(tgtLang)?.tag)
            var findings: [QualityFinding] = []
            for c in conflicts {
                for t in c.translations.dropFirst() {
                    findings.append(QualityFinding(kind: .inconsistent, unit: Int(t.units.first ?? 0), sourceSentences: [], targetSentences: [],
                                                   message: "translated differently in unit \(c.translations[0].units.first ?? 0): '\(c.translations[0].text)'",
                                                   sourceText: c.sourceText, targetText: t.text))
                }
            }
            return QualityReport(findings: findings, inputs: [memoryPath!], sourceLanguage: srcLang ?? conflicts.first?.from ?? "",
                                 targetLanguage: tgtLang ?? conflicts.first?.to ?? "", glossaries: [])
        }
    }
}

/// `--format` of `check`.
struct QualityReportFormat: ExpressibleByArgument {
    let format: QualityReport.Format
    init?(argument: String) {
        guard let f = QualityReport.Format(rawValue: argument) else { return nil }
        format = f
    }
    static var allValueStrings: [String] { QualityReport.Format.allCases.map(\.rawValue) }
}
