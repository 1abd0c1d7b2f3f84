@testable import Bitext
import BitextReviewServer
@testable import BitextReview
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `bitext review` as a user starts it: a real server on loopback, reached over HTTP from this process.
@Suite(.serialized) struct ReviewCommandTests {
    /// Starts the server, returns the process and the URL it printed.
    private func start(_ arguments: [String], in folder: URL) throws -> (Process, URL) {
        let process = Process()
        process.executableURL = BitextBinary.executable
        process.arguments = ["review"] + arguments + ["--port", "0", "--quiet"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line += byte
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("Review at "), let url = URL(string: String(text.dropFirst("Review at ".count))) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no URL printed: \(text)"])
        }
        return (process, url)
    }

    private func request(_ url: URL, method: String = "GET", token: String? = nil, body: String? = nil) async throws -> (Int, String) {
        var r = URLRequest(url: url)
        r.httpMethod = method
        if let token { r.setValue(token, forHTTPHeaderField: "X-Bitext-Token") }
        // As the page sends every change: a JSON body type (the server refuses others with 415).
        if method != "GET" { r.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        if let body { r.httpBody = Data(body.utf8) }
        let (data, response) = try await URLSession.shared.data(for: r)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Idle sockets are closed after --idle-timeout, and past the connection limit a new one is closed as it
    /// opens: a flood of half-open connections does not starve the reviewer's requests.
    @Test func idleAndSurplusConnectionsAreClosed() async throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func connect(_ port: UInt16) -> Int32 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let ok = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            return ok == 0 ? fd : -1
        }
        /// How many of the sockets the server has closed (a read that returns 0), waiting up to `seconds`
        /// for `expected` of them.
        func closedByServer(_ fds: [Int32], expected: Int, within seconds: Double) -> Int {
            var closed = Set<Int32>()
            let deadline = Date().addingTimeInterval(seconds)
            repeat {
                for fd in fds where !closed.contains(fd) {
                    var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    var byte: UInt8 = 0
                    if poll(&poller, 1, 0) == 1, read(fd, &byte, 1) == 0 { closed.insert(fd) }
                }
                if closed.count >= expected { break }
                usleep(50_000)
            } while Date() < deadline
            return closed.count
        }
        // Past the limit a connection is closed as it opens; the others, under a long idle timeout, stay.
        let (server, url) = try start([BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--no-glossary", "--idle-timeout", "120"], in: folder)
        defer { server.terminate(); server.waitUntilExit() }
        let port = UInt16(url.port ?? 0)
        let sockets = (0..<(ReviewServer.maxConnections + 20)).map { _ in connect(port) }
        #expect(sockets.allSatisfy { $0 >= 0 })
        #expect(closedByServer(sockets, expected: 20, within: 20) == 20)
        sockets.forEach { close($0) }
        let token = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "token" }?.value)
        var answered = 0
        for _ in 0..<50 where answered != 200 {
            answered = (try? await request(try #require(URL(string: "http://127.0.0.1:\(port)/api/state")), token: token).0) ?? 0
            if answered != 200 { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(answered == 200)
        // A connection that sends nothing is closed after --idle-timeout.
        let (quick, quickURL) = try start([BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--no-glossary", "--idle-timeout", "1"], in: folder)
        defer { quick.terminate(); quick.waitUntilExit() }
        let idle = connect(UInt16(quickURL.port ?? 0))
        defer { close(idle) }
        #expect(closedByServer([idle], expected: 1, within: 10) == 1)
    }

    /// A TMX opens with its units as the beads (it is not read as plain text and aligned again).
    @Test func aTMXOpensWithItsUnitsAsBeads() async throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, url) = try start([BitextBinary.fixture("tmx/duplicate_conflict.tmx")], in: folder)
        defer { process.terminate(); process.waitUntilExit() }
        let token = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "token" }?.value)
        let state = try await request(try #require(URL(string: "http://127.0.0.1:\(url.port ?? 0)/api/state")), token: token)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(state.1.utf8)) as? [String: Any])
        let view = try #require((json["view"] as? [String: Any]) ?? json)
        #expect((view["beads"] as? [Any])?.count == 4)
        #expect(((view["source"] as? [String: Any])?["language"] as? String) == "en")
    }

    @Test func servesTheSeedPairOnLoopbackBehindTheToken() async throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, url) = try start([BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--no-glossary"], in: folder)
        defer { process.terminate(); process.waitUntilExit() }
        #expect(url.host == "127.0.0.1")
        let token = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "token" }?.value)
        #expect(token.count == 64)
        let page = try await request(url)
        #expect(page.0 == 200 && page.1.contains("<title>Bitext review"))
        let api = try #require(URL(string: "http://127.0.0.1:\(url.port ?? 0)/api"))
        #expect(try await request(api.appendingPathComponent("state")).0 == 403)
        let state = try await request(api.appendingPathComponent("state"), token: token)
        #expect(state.0 == 200 && state.1.contains("\"beads\""))
        let joined = try await request(api.appendingPathComponent("edit"), method: "POST", token: token, body: #"{"action":"join","bead":1}"#)
        #expect(joined.0 == 200)
        let exported = try await request(api.appendingPathComponent("export"), method: "POST", token: token, body: "{}")
        #expect(exported.0 == 200)
        // Saved at once under the default name; the TMX beside it.
        let saved = try String(contentsOf: folder.appendingPathComponent("001_4bdbc64759555825.review.json"), encoding: .utf8)
        #expect(saved.contains(#""action" : "join""#))
        let tmx = try String(contentsOf: folder.appendingPathComponent("001_4bdbc64759555825.review.tmx"), encoding: .utf8)
        #expect(tmx.contains("<prop type=\"x-bead\">2-2</prop>") || tmx.contains("<prop type=\"x-bead\">1-2</prop>") || tmx.contains("<prop type=\"x-bead\">2-1</prop>"))

        // Reopening the saved file gives the same beads.
        process.terminate()
        process.waitUntilExit()
        let (again, url2) = try start(["001_4bdbc64759555825.review.json"], in: folder)
        defer { again.terminate(); again.waitUntilExit() }
        let token2 = try #require(URLComponents(url: url2, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "token" }?.value)
        #expect(token2 != token)
        let reopened = try await request(try #require(URL(string: "http://127.0.0.1:\(url2.port ?? 0)/api/state")), token: token2)
        #expect(reopened.1.contains(#""status":"edited""#))
    }

    /// Two thousand edits from this process, eight at a time, against the server process: every answer
    /// is 200 or a 422 that says why, and the saved alignment stays consistent and holds every edit made.
    @Test func aLoadOfEditsLeavesTheSavedAlignmentConsistent() async throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, url) = try start([BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--no-glossary", "--save", "load.json"], in: folder)
        defer { process.terminate(); process.waitUntilExit() }
        let token = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "token" }?.value)
        let edit = try #require(URL(string: "http://127.0.0.1:\(url.port ?? 0)/api/edit"))
        let actions = ["accept", "join", "unlink", "link", "accept", "unlink"]
        let requests = 2000
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            var statuses: [Int] = []
            for k in 0..<requests {
                if k >= 8, let s = try await group.next() { statuses.append(s) }
                group.addTask {
                    let body = #"{"action":"\#(actions[k % actions.count])","bead":\#((k * 7) % 14)}"#
                    return try await request(edit, method: "POST", token: token, body: body).0
                }
            }
            for try await s in group { statuses.append(s) }
            return statuses
        }
        #expect(statuses.count == requests)
        #expect(statuses.allSatisfy { $0 == 200 || $0 == 422 }, "\(Set(statuses))")
        let applied = statuses.filter { $0 == 200 }.count
        #expect(applied > 100)
        // The saved file: valid, every sentence in one bead, one history event per applied edit.
        let saved = try Data(contentsOf: folder.appendingPathComponent("load.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: saved) as? [String: Any])
        #expect((object["history"] as? [Any])?.count == applied)
        let document = try AlignmentJSON.decode(saved, name: "load.json")
        #expect(document.problem() == nil)
        #expect(document.history.count == applied)
    }

    @Test func exportAddsToTheDefaultMemoryWhenItExists() async throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = BitextBinary.fixture("seeds/001_4bdbc64759555825.txt")
        try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/props_roundtrip.tmx")], in: folder, environment: ["BITEXT_MEMORY": ""])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("bitext.tm").path))
        let (process, url) = try start([seed, "--no-glossary"], in: folder)
        defer { process.terminate(); process.waitUntilExit() }
        let token = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "token" }?.value)
        let exported = try await request(try #require(URL(string: "http://127.0.0.1:\(url.port ?? 0)/api/export")), method: "POST", token: token, body: "{}")
        #expect(exported.0 == 200)
        #expect(exported.1.contains("adding 11 units to bitext.tm"), "\(exported.1)")
        // The memory is written in the background; the page reads the outcome from the state.
        var outcome = ""
        for _ in 0..<100 where !outcome.contains("units added to bitext.tm") {
            try await Task.sleep(nanoseconds: 100_000_000)
            outcome = try await request(try #require(URL(string: "http://127.0.0.1:\(url.port ?? 0)/api/state")), method: "GET", token: token, body: nil).1
        }
        #expect(outcome.contains("units added to bitext.tm"), "\(outcome)")
    }

    @Test func aBrokenSavedAlignmentIsOneLineAndExit1() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"format":"bitext-alignment"}"#.write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let r = try BitextBinary.run(["review", "bad.json"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr == "bitext: error: bad.json:1: not a Bitext alignment: missing 'version'\n")
    }

    @Test func alignWritesTheJSONAlignmentAndAnHTMLReport() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = BitextBinary.fixture("seeds/001_4bdbc64759555825.txt")
        try BitextBinary.run(["align", seed, "-o", folder.appendingPathComponent("a.json").path, "--quiet"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("a.json"))) as? [String: Any]
        #expect(json?["format"] as? String == "bitext-alignment")
        #expect((json?["beads"] as? [Any])?.count == 12)
        try BitextBinary.run(["align", seed, "-o", folder.appendingPathComponent("a.html").path, "--quiet"])
        let html = try String(contentsOf: folder.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains(#""readOnly":true"#))
        #expect(!html.contains("src=\"http"))
        // Readable without JavaScript: the rows are in the HTML, and no folder of this machine is.
        let body = html.components(separatedBy: "<tbody id=\"rows\">")[1].components(separatedBy: "</tbody>")[0]
        #expect(body.components(separatedBy: "<tr class=").count - 1 == 12)
        #expect(body.hasPrefix("<tr class=\"high\" data-bead=\"0\"><td class=\"num\">1</td><td class=\"shape\"><span class=\"badge\">0-1</span></td>"))
        #expect(body.contains("<mark class=\"entity\" title=\"entity: ahn-gyu-back\">안규백</mark>"))
        #expect(html.contains("<th id=\"source-head\">001_4bdbc64759555825.txt#en (en)</th>"))
        #expect(html.contains("<body class=\"read-only\">"))
        #expect(!html.contains(BitextBinary.root.path))
    }

    @Test func staticRowsEscapeTextAndKeepHighlights() throws {
        let view = ReviewView.SegmentView(text: "Kim <b>\"met\"</b> 350 troops", kind: .body,
                                          highlights: [ReviewHighlight(start: 0, end: 3, kind: .name, key: "kim \"k\""),
                                                       ReviewHighlight(start: 17, end: 20, kind: .number, key: "350")])
        #expect(ReviewTable.segment(view) == "<span class=\"seg kind-body\"><mark class=\"name\" title=\"name: kim &quot;k&quot;\">Kim</mark>"
            + " &lt;b&gt;\"met\"&lt;/b&gt; <mark class=\"number\" title=\"number: 350\">350</mark> troops</span>")
    }
}
