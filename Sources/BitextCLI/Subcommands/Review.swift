import ArgumentParser
import Bitext
import BitextReviewServer
import Foundation

extension BitextCommand {
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Review an alignment in the browser: fix it (accept, join, split, unlink, link, undo), then export.",
            discussion: """
            Aligns SOURCE and TARGET (or reopens a saved ALIGNMENT.json) and serves an editor on \
            http://127.0.0.1:PORT with a random token in the URL. Every edit is saved at once to --save \
            (default: NAME.review.json in the current folder, NAME from the source file); Export writes --export \
            and, with --memory, the translation memory. Accepted glossary candidates go to --add-to-glossary. \
            Ctrl-C stops the server.
            """
        )

        @Argument(help: "SOURCE TARGET, or one file holding two languages, or a saved ALIGNMENT.json.") var files: [String]
        @OptionGroup var aligning: AlignmentOptions
        @Option(help: "Where every edit is saved (Bitext's JSON alignment).") var save: String?
        @Option(name: [.customLong("export"), .customLong("tmx")],
                help: "Where Export writes, in the format its extension names (default: NAME.review.tmx beside --save).") var tmx: String?
        @Option(name: .customLong("memory"), help: "A translation memory Export also adds the reviewed units to (default: $BITEXT_MEMORY or ./bitext.tm when it exists).")
        var memory: String?
        @Option(name: .customLong("add-to-glossary"), help: "Glossary TSV that accepted candidates are added to.") var addToGlossary: String?
        @Option(help: "Address to listen on (loopback unless you give another; anyone who can reach it still needs the token).")
        var host = "127.0.0.1"
        @Option(help: "Port (0: a free one).") var port = 0
        @Option(name: .customLong("idle-timeout"), help: "Seconds a connection may send nothing before it is closed.")
        var idleTimeout = ReviewServer.defaultIdleSeconds
        @Option(help: "Who makes the edits (default $BITEXT_USER, else $USER).") var user: String?
        @Option(name: .customLong("low-confidence"), help: "Beads under this confidence count as low.") var lowConfidence = 0.5

        func validate() throws {
            guard (1...2).contains(files.count) else { throw ValidationError("give SOURCE TARGET, one two-language file, a TMX or TSV, or ALIGNMENT.json") }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            guard idleTimeout >= 1 else { throw ValidationError("--idle-timeout must be at least 1 second") }
            guard (0...1).contains(lowConfidence) else { throw ValidationError("--low-confidence must be between 0 and 1") }
        }

        func run() async throws {
            var state: ReviewState?
            var title = ""
            try reportingErrors {
                let glossary = try aligning.glossary.load()
                let reopening = files.count == 1 && files[0].lowercased().hasSuffix(".json")
                let document = reopening ? try AlignmentJSON.decode(Data(aligning.input.loader.text(at: files[0]).utf8), name: files[0])
                    : try unitFile().map(ReviewDocument.init) ?? ReviewDocument(try aligning.alignPair(files))
                let stem = URL(fileURLWithPath: files[0]).deletingPathExtension().lastPathComponent
                let savePath = save ?? (reopening ? files[0] : "\(stem).review.json")
                let tmxPath = tmx ?? (savePath.hasSuffix(".json") ? String(savePath.dropLast(5)) : savePath) + ".tmx"
                // TMX unless the file's extension names another format (out.tsv, out.jsonl).
                let ext = URL(fileURLWithPath: tmxPath).pathExtension.lowercased()
                let exporter = ExporterRegistry.standard.exporters.first { $0.fileExtensions.contains(ext) } ?? TMXExporter()
                let env = ProcessInfo.processInfo.environment
                let who = user ?? env["BITEXT_USER"] ?? env["USER"] ?? "reviewer"
                let made = ReviewState(document: document, glossary: glossary,
                                       outputs: ReviewOutputs(alignment: savePath, tmx: tmxPath, exporter: exporter, memory: memory ?? existingDefaultMemory(), glossary: addToGlossary),
                                       user: who, lowConfidence: lowConfidence)
                title = ReviewPage.title(document.source.name, document.target.name)
                state = made
            }
            guard let state else { return }
            try await reportingErrors(doing: "cannot serve the review") {
                try await state.save()
                let token = ReviewToken.random()
                let host = self.host
                try await ReviewServer.run(state: state, token: token, title: title, host: host, port: port,
                                           idleSeconds: idleTimeout) { bound in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    // Unbuffered: a script that started the server reads the URL at once.
                    FileHandle.standardOutput.write(Data("Review at http://\(shown):\(bound)/?token=\(token.value)\n".utf8))
                    FileHandle.standardError.write(Data("bitext: saving every edit to \(state.outputs.alignment); Ctrl-C stops\n".utf8))
                }
            }
        }
    }
}

extension BitextCommand.Review {
    /// One TMX or TSV file: its units are the beads, as they are (a TMX is not read as plain text).
    func unitFile() throws -> Alignment? {
        guard files.count == 1 else { return nil }
        let (source, target) = (try parseLanguage(aligning.srcLang), try parseLanguage(aligning.tgtLang))
        if let tmx = try TMXAlignment.read(files[0], source: source, target: target) { return tmx }
        return try TSVAlignment.read(files[0], text: aligning.input.loader.text(at: files[0]), source: source, target: target)
    }
}

/// The memory the `tm` commands use by default, when there is one: Export adds to it as they would.
private func existingDefaultMemory() -> String? {
    let path = TranslationMemory.defaultPath(environment: ProcessInfo.processInfo.environment)
    return FileManager.default.fileExists(atPath: path) ? path : nil
}
