import Foundation
import Hummingbird
import HTTPTypes
import Logging

/// Serves a ``WebSite`` over HTTP with Hummingbird: every request goes to the site, whose
/// answers run on a thread of their own (the store blocks), not on the server's.
public enum WebServer {
    /// Binds `host:port` (port 0: any free one) and serves until cancelled or, with
    /// `untilSignal`, until SIGINT or SIGTERM; `started` receives the port bound.
    public static func run(site: WebSite, host: String, port: Int, untilSignal: Bool = false,
                           started: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let queue = DispatchQueue(label: "letters-web")
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            let method = request.method.rawValue
            let target = request.uri.string
            let answer = await withCheckedContinuation { continuation in
                queue.async { continuation.resume(returning: site.respond(method: method, target: target)) }
            }
            var headers = HTTPFields()
            headers[.contentType] = answer.contentType
            for (name, value) in WebResponse.securityHeaders + answer.headers {
                if let field = HTTPField.Name(name) { headers[field] = value }
            }
            let body = method == "HEAD" ? ByteBuffer() : ByteBuffer(bytes: answer.body)
            if method == "HEAD" { headers[.contentLength] = String(answer.body.count) }
            return Response(status: HTTPResponse.Status(code: answer.status), headers: headers, body: ResponseBody(byteBuffer: body))
        }
        var logger = Logger(label: "letters.web")
        logger.logLevel = .warning
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "letters"),
            onServerRunning: { channel in started(channel.localAddress?.port ?? port) },
            logger: logger)
        if untilSignal { try await app.runService() } else { try await app.run() }
    }
}
