import Bitext
@testable import BitextReviewServer
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Testing

private let token = ReviewToken(value: "secret-token")

private func document() -> ReviewDocument {
    let src = ["The <script>alert(1)</script> ship sailed.", "Two planes flew. Then they landed.", "Three men spoke."]
    let tgt = ["배 한 척이 출항했다.", "비행기 두 대가 날았다.", "세 사람이 말했다."]
    let side = { (texts: [String], lang: LanguageCode, name: String) in
        Alignment.Side(name: name, language: lang, segments: texts.enumerated().map { Segment(text: $0.element, paragraph: $0.offset) })
    }
    return ReviewDocument(Alignment(source: side(src, .english, "a.en"), target: side(tgt, .korean, "a.ko"),
                                    beads: (0..<3).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: 0.4 + 0.2 * Double($0)) }))
}

/// The outcome of the memory write an Export started, once it is there (within 20 s).
func finishedMemoryWrite(_ state: ReviewState) async throws -> String {
    for _ in 0..<200 {
        if let write = await state.memoryWrite, !write.running { return write.note }
        try await Task.sleep(nanoseconds: 100_000_000)
    }
    return "still running"
}

/// What the server answered: status, headers, body.
struct TestResponse {
    var status: Int
    var headers: [String: String]
    var body: Data
}

/// A client of a review server running on loopback in this process.
struct TestClient {
    let port: Int

    func execute(_ path: String, method: String, headers: [String: String] = [:], body: String? = nil) async throws -> TestResponse {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        request.httpBody = body.map { Data($0.utf8) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        var fields: [String: String] = [:]
        for (k, v) in http?.allHeaderFields ?? [:] { fields[String(describing: k).lowercased()] = String(describing: v) }
        return TestResponse(status: http?.statusCode ?? 0, headers: fields, body: data)
    }
}

/// A review over a fresh temporary folder, served on a free loopback port for the length of `test`.
private func withServer(memoryLockWait: TimeInterval = ReviewState.defaultMemoryLockWait,
                        _ test: @Sendable (TestClient, URL, ReviewState) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let glossary = folder.appendingPathComponent("added.tsv").path
    try "id\tkind\ten\tko\tnote\n".write(toFile: glossary, atomically: true, encoding: .utf8)
    let state = ReviewState(document: document(), glossary: nil,
                            outputs: ReviewOutputs(alignment: folder.appendingPathComponent("a.review.json").path,
                                                   tmx: folder.appendingPathComponent("a.review.tmx").path,
                                                   memory: folder.appendingPathComponent("a.tm").path, glossary: glossary),
                            user: "ana", memoryLockWait: memoryLockWait, clock: { Date(timeIntervalSince1970: 1_790_000_000) })
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            let app = Application(router: ReviewServer.router(state: state, token: token, title: "a"),
                                  configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                  onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) })
            try await app.run()
        }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        try await test(TestClient(port: port), folder, state)
        group.cancelAll()
    }
}

private let auth = ["X-Bitext-Token": token.value, "Content-Type": "application/json"]

private func post(_ client: TestClient, _ path: String, _ body: String, headers: [String: String] = auth) async throws -> TestResponse {
    try await client.execute(path, method: "POST", headers: headers, body: body)
}

private func view(_ response: TestResponse) throws -> ReviewView {
    struct Envelope: Decodable { var view: ReviewView }
    return try JSONDecoder().decode(Envelope.self, from: response.body).view
}

private func error(_ response: TestResponse) -> String? {
    (try? JSONSerialization.jsonObject(with: response.body) as? [String: String])?["error"]
}

@Suite struct ReviewServerTests {
    @Test func everyEditIsAppliedAndSavedAtOnce() async throws {
        try await withServer { client, folder, _ in
            let saved = folder.appendingPathComponent("a.review.json")
            var r = try await post(client, "/api/edit", #"{"action":"join","bead":0}"#)
            #expect(r.status == 200)
            #expect(try view(r).beads.map(\.shape) == ["2-2", "1-1"])
            #expect(try AlignmentJSON.decode(Data(contentsOf: saved), name: "s").beads.map(\.bead.shape) == ["2-2", "1-1"])
            r = try await post(client, "/api/edit", #"{"action":"accept","bead":1}"#)
            let accepted = try view(r)
            #expect(accepted.beads[1].status == .accepted && accepted.beads[1].changedBy == "ana")
            #expect(accepted.counts.accepted == 1 && accepted.counts.edited == 1)
            r = try await post(client, "/api/edit", #"{"action":"unlink","bead":1}"#)
            #expect(try view(r).beads.map(\.shape) == ["2-2", "1-0", "0-1"])
            r = try await post(client, "/api/edit", #"{"action":"link","bead":1}"#)
            #expect(try view(r).beads.map(\.shape) == ["2-2", "1-1"])
            r = try await post(client, "/api/edit", #"{"action":"split","bead":0,"side":"source","segment":1,"offset":16}"#)
            let split = try view(r)
            #expect(split.beads.map(\.shape) == ["2-2", "1-0", "1-1"])
            #expect(split.source.segments.map(\.text)[1...2] == ["Two planes flew.", "Then they landed."])
            #expect(split.counts.edited == 3 && split.counts.accepted == 0)
            let reopened = try AlignmentJSON.decode(Data(contentsOf: saved), name: "s")
            #expect(reopened.history.map(\.action) == ["join", "accept", "unlink", "link", "split"])
            #expect(reopened.history.allSatisfy { $0.by == "ana" })
        }
    }

    @Test func undoAndRedoGoThroughTheServer() async throws {
        try await withServer { client, _, _ in
            _ = try await post(client, "/api/edit", #"{"action":"join","bead":0}"#)
            var r = try await post(client, "/api/undo", "{}")
            #expect(try view(r).beads.map(\.shape) == ["1-1", "1-1", "1-1"])
            #expect(try view(r).canRedo)
            r = try await post(client, "/api/redo", "{}")
            #expect(try view(r).beads.map(\.shape) == ["2-2", "1-1"])
        }
    }

    /// Holds the memory's lock on a thread of its own until `release` is signalled.
    static func holdingTheLock(of memory: String, _ body: () async throws -> Void) async throws {
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? FileLock.withLock(on: memory) {
                holding.signal()
                release.wait()
            }
            released.signal()
        }
        holding.wait()
        defer { release.signal(); released.wait() }
        try await body()
    }

    /// While another process holds the memory, Export and every other request answer (the write waits in the
    /// background: the state says so while the lock is still held), and the write goes through once it is free.
    @Test func exportWhileAnotherProcessWritesTheMemoryBlocksNoRequest() async throws {
        try await withServer(memoryLockWait: 120) { client, folder, reviewState in
            let memory = folder.appendingPathComponent("a.tm").path
            try await Self.holdingTheLock(of: memory) {
                let r = try await post(client, "/api/export", "{}")
                let state = try await client.execute("/api/state", method: "GET", headers: auth)
                #expect(r.status == 200 && state.status == 200)
                let report = try JSONDecoder().decode(ReviewState.ExportReport.self, from: r.body)
                #expect(report.memory?.hasPrefix("adding ") == true && report.memory?.contains(memory) == true)
                #expect(FileManager.default.fileExists(atPath: report.tmx))
                #expect(try view(state).memoryWrite?.running == true)
            }
            #expect(try await finishedMemoryWrite(reviewState).hasPrefix("3 units added to \(memory)"))
        }
    }

    /// A lock not free within the wait is reported, not waited out: the export stands.
    @Test func aMemoryLockedPastTheWaitIsReported() async throws {
        try await withServer(memoryLockWait: 0.5) { client, folder, reviewState in
            let memory = folder.appendingPathComponent("a.tm").path
            try await Self.holdingTheLock(of: memory) {
                let r = try await post(client, "/api/export", "{}")
                #expect(r.status == 200)
                #expect(try await finishedMemoryWrite(reviewState).hasPrefix("\(memory) not updated: another bitext is changing it (waited"))
            }
        }
    }

    @Test func exportWritesTMXAndTheMemoryAndAReopenedFileIsTheSame() async throws {
        try await withServer { client, folder, state in
            _ = try await post(client, "/api/edit", #"{"action":"unlink","bead":1}"#)
            let r = try await post(client, "/api/export", "{}")
            #expect(r.status == 200)
            let report = try JSONDecoder().decode(ReviewState.ExportReport.self, from: r.body)
            #expect(report.units == 2)
            #expect(try await finishedMemoryWrite(state).hasPrefix("2 units added"))
            let tmx = try String(contentsOfFile: report.tmx, encoding: .utf8)
            #expect(tmx.components(separatedBy: "<tu ").count - 1 == 2)
            #expect(tmx.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let memory = try TranslationMemory(path: folder.appendingPathComponent("a.tm").path, create: false)
            #expect(try memory.stats().units == 2)
            let reopened = try AlignmentJSON.decode(Data(contentsOf: folder.appendingPathComponent("a.review.json")), name: "s")
            #expect(reopened == (await state.document))
        }
    }

    @Test func candidatesAreAcceptedIntoTheNamedGlossaryOnly() async throws {
        try await withServer { client, _, _ in
            let r = try await post(client, "/api/candidates", #"{"index":0,"accept":true}"#)
            // The sample pair has no names to propose: the index is refused, nothing is written.
            #expect(r.status == 422)
            #expect(error(r) == "there is no candidate 0")
        }
    }

    @Test func everyRequestNeedsTheToken() async throws {
        try await withServer { client, _, _ in
            for (uri, method) in [("/", "GET"), ("/api/state", "GET"), ("/api/edit", "POST"), ("/api/export", "POST")] {
                let none = try await client.execute(uri, method: method)
                #expect(none.status == 403, "\(uri)")
                let wrong = try await client.execute(uri + "?token=secret-tokeN", method: method)
                #expect(wrong.status == 403, "\(uri)")
            }
            let page = try await client.execute("/?token=secret-token", method: "GET")
            #expect(page.status == 200)
            #expect(page.headers["content-security-policy"]?.contains("script-src 'nonce-") == true)
            #expect(page.headers["referrer-policy"] == "no-referrer")
        }
    }

    @Test func changesNeedTheTokenInAHeaderJSONAndNoForeignOrigin() async throws {
        try await withServer { client, _, _ in
            // The token in the query opens the page, but changes nothing.
            let queried = try await client.execute("/api/undo?token=secret-token", method: "POST", headers: ["Content-Type": "application/json"])
            #expect(queried.status == 403)
            // A cross-site form can send text/plain only.
            let plain = try await post(client, "/api/undo", "{}", headers: ["X-Bitext-Token": token.value, "Content-Type": "text/plain"])
            #expect(plain.status == 415)
            #expect(error(plain) == "send JSON (Content-Type: application/json)")
            let foreign = try await post(client, "/api/undo", "{}", headers: auth.merging(["Origin": "http://evil.example"]) { $1 })
            #expect(foreign.status == 403)
            #expect(error(foreign) == "a request from another site is refused")
            let own = try await post(client, "/api/save", "{}", headers: auth.merging(["Origin": "http://127.0.0.1:\(client.port)"]) { $1 })
            #expect(own.status == 200)
        }
    }

    @Test func aForeignHostNameIsRefused() async throws {
        // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1.
        try await withServer { client, _, _ in
            let rebound = try await client.execute("/api/state", method: "GET", headers: ["X-Bitext-Token": token.value, "Host": "evil.example:\(client.port)"])
            #expect(rebound.status == 403)
            #expect(error(rebound) == "this server answers to its own address only")
            let named = try await client.execute("/api/state", method: "GET", headers: ["X-Bitext-Token": token.value, "Host": "localhost:\(client.port)"])
            #expect(named.status == 200)
        }
        #expect(RequestGuard<BasicRequestContext>.hostName("[::1]:8080") == "::1")
        #expect(RequestGuard<BasicRequestContext>.hostName("example.org") == "example.org")
        #expect(RequestGuard<BasicRequestContext>.authority(ofOrigin: "https://a.example:8443/path") == "a.example:8443")
    }

    @Test func tokensCompareWholly() {
        #expect(token.matches("secret-token"))
        #expect(!token.matches("secret-toke"))
        #expect(!token.matches("secret-token-and-more"))
        #expect(!token.matches(""))
        #expect(!token.matches(nil))
        #expect(ReviewToken.random().value.count == 64)
        #expect(ReviewToken.random() != ReviewToken.random())
    }

    @Test func malformedOversizedAndImpossibleRequestsGet4xx() async throws {
        try await withServer { client, folder, _ in
            var r = try await post(client, "/api/edit", "{not json")
            #expect(r.status == 400)
            r = try await post(client, "/api/edit", #"{"action":"join"}"#)
            #expect(r.status == 400)
            r = try await post(client, "/api/edit", String(repeating: " ", count: ReviewServer.maxBody + 1) + "{}")
            #expect(r.status == 413)
            r = try await post(client, "/api/edit", #"{"action":"rm -rf","bead":0}"#)
            #expect(r.status == 422)
            #expect(error(r) == "unknown action 'rm -rf' (accept, join, split, unlink, link)")
            r = try await post(client, "/api/edit", #"{"action":"join","bead":-1}"#)
            #expect(r.status == 422)
            r = try await post(client, "/api/edit", #"{"action":"split","bead":0,"side":"../../etc/passwd","segment":0}"#)
            #expect(r.status == 422)
            // A path in a request is only ever data: nothing but the review's own files exists in the folder.
            r = try await post(client, "/api/save", #"{"path":"/tmp/elsewhere.json"}"#)
            #expect(r.status == 200)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(files == ["a.review.json", "added.tsv"])
        }
    }

    @Test func theLivePageHoldsNoDocumentTextAndEscapesTheTitle() async throws {
        let html = ReviewPage.live(title: "<b>x</b>", nonce: "abc")
        #expect(html.contains("&lt;b&gt;x&lt;/b&gt;"))
        #expect(html.contains(#"<script type="application/json" id="bitext-data">null</script>"#))
        #expect(html.contains(#"<script nonce="abc">"#))
    }
}

@Suite struct ReviewCandidateTests {
    /// The glossary panel shows a proposal with its evidence, and a reviewer's corrected form is what the
    /// glossary receives, with the kind the text suggested.
    @Test func aCorrectedFormIsAcceptedWithItsKind() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("added.tsv").path
        try "id\tkind\ten\tko\tnote\n".write(toFile: glossary, atomically: true, encoding: .utf8)
        let side = { (texts: [String], lang: LanguageCode) in
            Alignment.Side(name: "a", language: lang, segments: texts.enumerated().map { Segment(text: $0.element, paragraph: $0.offset) })
        }
        let doc = ReviewDocument(Alignment(source: side(["The ship left Kuantan on Monday."], .english), target: side(["배는 월요일 쿠안탄을 떠났다."], .korean),
                                           beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.99)]))
        let state = ReviewState(document: doc, glossary: nil,
                                outputs: ReviewOutputs(alignment: folder.appendingPathComponent("a.json").path, tmx: folder.appendingPathComponent("a.tmx").path,
                                                       glossary: glossary), user: "ana")
        let view = await state.view()
        let candidate = try #require(view.candidates.first { $0.source == "Kuantan" })
        #expect(candidate.target == "쿠안탄" && candidate.kind == "place" && candidate.acceptable)
        _ = try await state.decide(candidate: candidate.index, accept: true, source: "Kuantan City", target: nil)
        let entry = try #require(try GlossaryFile(path: glossary).load().entries.first)
        #expect(entry.forms == ["en": ["Kuantan City"], "ko": ["쿠안탄"]] && entry.kind == .place)
        await #expect(throws: (any Error).self) { _ = try await state.decide(candidate: candidate.index, accept: true) }
    }
}
