import Foundation
import LetterArchive
import LetterModel

/// A response of the web view, before HTTP: status, type, extra headers and bytes.
public struct WebResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var headers: [(String, String)]
    public var body: Data

    init(status: Int = 200, contentType: String = "text/html; charset=utf-8", headers: [(String, String)] = [], body: Data) {
        self.status = status
        self.contentType = contentType
        self.headers = headers
        self.body = body
    }

    static func html(_ page: String, status: Int = 200) -> WebResponse { WebResponse(status: status, body: Data(page.utf8)) }

    /// Headers every response carries: no script may run, nothing is sniffed into another type,
    /// no page of the archive is framed by another site.
    public static let securityHeaders: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ]
}

/// The archive's web view: every page, built from the archive and a request target, with no
/// HTTP in it (``WebServer`` serves it; tests call ``respond(method:target:)`` directly too).
///
/// Read-only by construction: the archive is opened read-only, and only GET and HEAD are
/// answered (anything else is 405). Access to the store is serialized, since the PostgreSQL
/// store holds one connection.
public final class WebSite: @unchecked Sendable {
    let archive: Archive
    private let lock = NSLock()
    /// Results per search page.
    public static let pageSize = 20

    public init(archive: Archive) { self.archive = archive }

    public func respond(method: String, target: String) -> WebResponse {
        guard method == "GET" || method == "HEAD" else {
            return WebResponse(status: 405, contentType: "text/plain; charset=utf-8", headers: [("Allow", "GET, HEAD")],
                               body: Data("This archive is read-only: only GET and HEAD.\n".utf8))
        }
        let (rawPath, rawQuery) = target.firstIndex(of: "?").map { (target[..<$0], target[target.index(after: $0)...]) } ?? (target[...], "")
        let path = rawPath.split(separator: "/", omittingEmptySubsequences: true).map { $0.removingPercentEncoding ?? String($0) }
        let parameters = Self.formParameters(rawQuery)
        lock.lock()
        defer { lock.unlock() }
        do {
            return try route(path, parameters)
        } catch let error as ArchiveError where error.isUsageError {
            return .html(HTML.page(title: "Not understood", body: "<p class=\"error\">\(HTML.escape(error.message))</p>"), status: 400)
        } catch {
            return .html(HTML.page(title: "Archive error", body: "<p class=\"error\">The archive could not answer: \(HTML.escape("\(error)"))</p>"), status: 500)
        }
    }

    private func route(_ path: [String], _ parameters: [String: String]) throws -> WebResponse {
        switch path.count {
        case 0: return try searchPage(parameters)
        case 2 where path[0] == "letters":
            if path[1].hasSuffix(".json"), let id = Int64(path[1].dropLast(5)) { return try json(id) }
            if path[1].hasSuffix(".tei.xml"), let id = Int64(path[1].dropLast(8)) { return try tei(id) }
            if let id = Int64(path[1]) { return try letterPage(id) }
        case 3 where path[0] == "letters":
            guard let id = Int64(path[1]) else { break }
            if path[2] == "source" { return try source(id) }
            if path[2] == "versions" { return try versionsPage(id, parameters) }
        case 2 where path[0] == "signatories": return try signatoryPage(path[1])
        case 1 where path[0] == "diff": return try diffPage(parameters)
        default: break
        }
        return notFound()
    }

    /// `a=1&b=two+words` as a form sends it (`+` is a space, then percent-decoding); the first
    /// value of a repeated name wins.
    static func formParameters(_ query: Substring) -> [String: String] {
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let name = decode(parts[0])
            if parameters[name] == nil { parameters[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return parameters
    }

    func notFound(_ what: String = "No such page.") -> WebResponse {
        .html(HTML.page(title: "Not found", body: "<h1>Not found</h1><p>\(HTML.escape(what))</p><p><a href=\"/\">Search the archive</a></p>"), status: 404)
    }
}
