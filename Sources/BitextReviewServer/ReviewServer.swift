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

    public static func router(state: ReviewState, token: ReviewToken, title: String) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: TokenCheck(token: token))
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
            try await handle(request) { (body: CandidateRequest) in json(["view": try await state.decide(candidate: body.index, accept: body.accept)]) }
        }
        return router
    }

    /// Serves until interrupted (SIGINT or SIGTERM end it cleanly). `ready` gets the port actually bound.
    public static func run(state: ReviewState, token: ReviewToken, title: String, host: String, port: Int,
                           ready: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "bitext-review")
        logger.logLevel = .error
        let app = Application(router: router(state: state, token: token, title: title),
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

/// Refuses any request without the token (header `X-Bitext-Token`, or `token` in the query for the page itself).
struct TokenCheck<Context: RequestContext>: RouterMiddleware {
    let token: ReviewToken

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let given = request.headers[HTTPField.Name("X-Bitext-Token")!].map { Substring($0) } ?? request.uri.queryParameters["token"]
        guard token.matches(given) else { return ReviewServer.failure(.forbidden, "missing or wrong token: open the URL bitext review printed") }
        return try await next(request, context)
    }
}
