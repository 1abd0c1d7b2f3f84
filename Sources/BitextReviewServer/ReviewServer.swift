import Bitext
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The review server: the page and a small JSON API over one `ReviewState`. Loopback unless told
/// otherwise; every request carries the token; request bodies are small and checked; no request names a file.
public enum ReviewServer {
    /// Largest request body accepted: an edit is a few dozen bytes.
    public static let maxBody = 16 * 1024

    public static func router(state: ReviewState, token: ReviewToken, title: String, host: String = "127.0.0.1") -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard(token: token, host: host))
        router.get("/") { _, _ -> Response in
            let nonce = ReviewToken.random().value.prefix(24)
            var headers = securityHeaders
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.contentSecurityPolicy] = "default-src 'none'; script-src 'nonce-\(nonce)'; style-src 'nonce-\(nonce)'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: ReviewPage.live(title: title, nonce: String(nonce)))))
        }
        router.get("/api/state") { _, _ in json(["view": await state.view()]) }
        router.post("/api/edit") { request, _ in
            try await handle(request) { (body: EditRequest) in json(["view": try await state.apply(body.edit())]) }
        }
        router.post("/api/undo") { _, _ in try await answer { json(["view": try await state.undo()]) } }
        router.post("/api/redo") { _, _ in try await answer { json(["view": try await state.redo()]) } }
        router.post("/api/save") { _, _ in try await answer { json(["saved": try await state.save()]) } }
        router.post("/api/export") { _, _ in try await answer { json(try await state.export()) } }
        router.post("/api/candidates") { request, _ in
            try await handle(request) { (body: CandidateRequest) in json(["view": try await state.decide(candidate: body.index, accept: body.accept, source: body.source, target: body.target)]) }
        }
        return router
    }

    /// By default, a connection that sends nothing for this long is closed (one that never finishes its header, too).
    public static let defaultIdleSeconds = 30
    /// Connections held at once; one more is closed as it opens. A browser opens a handful.
    public static let maxConnections = 256

    /// Serves until interrupted (SIGINT or SIGTERM end it cleanly). `ready` gets the port actually bound.
    public static func run(state: ReviewState, token: ReviewToken, title: String, host: String, port: Int,
                           idleSeconds: Int = defaultIdleSeconds, ready: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "bitext-review")
        logger.logLevel = .error
        let connections = ConnectionCount(limit: maxConnections)
        let app = Application(router: router(state: state, token: token, title: title, host: host),
                              server: .http1(configuration: .init(additionalChannelHandlers: [ConnectionLimit(connections)],
                                                                  idleTimeout: .seconds(Int64(idleSeconds)))),
                              configuration: .init(address: .hostname(host, port: port), serverName: nil),
                              onServerRunning: { channel in await ready(channel.localAddress?.port ?? port) },
                              logger: logger)
        try await app.runService()
    }

    static let securityHeaders: HTTPFields = [
        .cacheControl: "no-store",
        .init("X-Content-Type-Options")!: "nosniff",
        .init("Referrer-Policy")!: "no-referrer",
    ]

    /// Reads a bounded body, decodes it, and runs `body`; malformed or oversized requests get 4xx.
    static func handle<Body: Decodable>(_ request: Request, _ body: (Body) async throws -> Response) async throws -> Response {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxBody)
        } catch {
            return failure(.contentTooLarge, "request body over \(maxBody) bytes")
        }
        let decoded: Body
        do {
            decoded = try JSONDecoder().decode(Body.self, from: Data(buffer.readableBytesView))
        } catch {
            return failure(.badRequest, "malformed request: expected a JSON object with the fields of this action")
        }
        return try await answer { try await body(decoded) }
    }

    /// An edit the document refuses is the reviewer's mistake (422); a file that cannot be written is ours (500).
    static func answer(_ work: () async throws -> Response) async throws -> Response {
        do {
            return try await work()
        } catch let error as ReviewEditError {
            return failure(.unprocessableContent, error.description)
        } catch let error as BitextError {
            return failure(.internalServerError, error.description)
        }
    }

    static func json(_ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        var headers = securityHeaders
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func failure(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var response = json(["error": message])
        response.status = status
        return response
    }
}

/// What every request must show before it reaches the review:
/// - the token: in the `X-Bitext-Token` header, or for a page load (GET) also as `token` in the query;
/// - a `Host` that is this server's own address (a loopback name or the address it was started on), so that a
///   page of another site cannot reach it through a name that resolves to 127.0.0.1 (DNS rebinding);
/// - for a request that changes something: the token in the header only, a JSON body type (a cross-site form
///   can send neither), and no `Origin` but the server's own.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let token: ReviewToken
    /// The address the server was started on, besides the loopback names.
    let host: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let authority = request.head.authority, !isOwn(RequestGuard.hostName(authority)) {
            return ReviewServer.failure(.forbidden, "this server answers to its own address only")
        }
        let header = request.headers[HTTPField.Name("X-Bitext-Token")!].map { Substring($0) }
        let changes = request.method != .get && request.method != .head
        let given = changes ? header : header ?? request.uri.queryParameters["token"]
        guard token.matches(given) else { return ReviewServer.failure(.forbidden, "missing or wrong token: open the URL bitext review printed") }
        if changes {
            guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                return ReviewServer.failure(.unsupportedMediaType, "send JSON (Content-Type: application/json)")
            }
            if let origin = request.headers[.origin], !isOwn(RequestGuard.hostName(RequestGuard.authority(ofOrigin: origin))) {
                return ReviewServer.failure(.forbidden, "a request from another site is refused")
            }
        }
        return try await next(request, context)
    }

    func isOwn(_ name: String) -> Bool {
        ["127.0.0.1", "localhost", "::1"].contains(name.lowercased()) || name.lowercased() == RequestGuard.hostName(host).lowercased()
    }

    /// The host of `host[:port]` or `[v6]:port`, without brackets or port.
    static func hostName(_ authority: String) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 ? String(parts[0]) : authority
    }

    /// `http://127.0.0.1:8080` → `127.0.0.1:8080`.
    static func authority(ofOrigin origin: String) -> String {
        let rest = origin.range(of: "://").map { String(origin[$0.upperBound...]) } ?? origin
        return String(rest.prefix { $0 != "/" })
    }
}
