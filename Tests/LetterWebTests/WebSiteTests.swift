import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import LetterArchive
import LetterModel
import LetterWeb
import XCTest

/// The web view's pages, on SQLite and (with LETTERS_TEST_POSTGRES_URL) PostgreSQL: what they
/// show, that a hostile letter is shown and never run, and that nothing can be written.
class WebSiteScenarios: XCTestCase {
    /// A fresh archive location and its cleanup; SQLite here, PostgreSQL in the subclass.
    func makeLocation() throws -> (String, () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letters-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder.appendingPathComponent("web.sqlite").path, { try? FileManager.default.removeItem(at: folder) })
    }

    static func letter(_ n: Int, subject: String? = nil, body: String? = nil, signer: String = "Jane Smith", date: String? = nil) -> Letter {
        Letter(
            source: Source(file: "letter-\(n).txt", sha256: SHA256.hex(Data("web-\(n)-\(subject ?? "")".utf8)), format: .text),
            language: "en",
            date: LetterDate(text: "", iso: date ?? String(format: "2020-%02d-01", 1 + n % 12), precision: .day),
            addressee: Party(lines: ["Ministry of Tests"]),
            subject: subject ?? "Letter number \(n) about quokkas",
            body: [BodyBlock(kind: .paragraph, text: body ?? "We write about zebrafish\(n) and the quokka habitat. We urge the ministry to act.", footnoteRefs: ["1"])],
            callsToAction: [CallToAction(text: "We urge the ministry to act.", bodyIndex: 0)],
            footnotes: [Footnote(label: "1", text: "See the report.", urls: ["https://example.org/report-\(n)"])],
            signatories: [Signatory(name: signer, kind: .person), Signatory(name: "Quokka Alliance", kind: .organization)])
    }

    static let hostile = Letter(
        source: Source(file: "<evil>.txt", sha256: SHA256.hex(Data("hostile".utf8)), format: .text),
        language: "en",
        date: LetterDate(text: "1 May 2021\"><script>alert('date')</script>", iso: "2021-05-01", precision: .day),
        place: "<img src=x onerror=alert(1)>",
        addressee: Party(lines: ["\"Quoted\" & <b>bold</b> addressee"]),
        subject: "<script>alert('subject')</script> hostile \"quotes\" 'single'",
        body: [BodyBlock(kind: .paragraph, text: "Body with </p><script>alert('body')</script> and a <a href=\"javascript:alert(3)\">link</a>.", footnoteRefs: ["<1>"])],
        callsToAction: [CallToAction(text: "<script>alert('call')</script>", bodyIndex: 0)],
        footnotes: [Footnote(label: "<1>", text: "Note <i>x</i>", urls: ["javascript:alert(2)", "https://example.org/ok?a=1&b=\"2\""])],
        signatories: [Signatory(name: "<b>Evil</b> \"Corp\" <script>alert('name')</script>", kind: .organization)],
        links: [Link(text: "click <me>", uri: "javascript:alert(4)"), Link(text: "data", uri: "data:text/html,<script>alert(5)</script>")])

    /// An archive with `count` ordinary letters and the hostile one; `body` gets the site.
    func withSite(count: Int = 25, _ body: (WebSite, Archive, [Int64]) throws -> Void) throws {
        let (location, cleanup) = try makeLocation()
        defer { cleanup() }
        let writer = try Archive(location: location)
        var ids = try (0..<count).map { try writer.add(Self.letter($0)).id }
        ids.append(try writer.add(Self.hostile).id)
        writer.close()
        let archive = try Archive(location: location, access: .readOnly)
        defer { archive.close() }
        try body(WebSite(archive: archive), archive, ids)
    }

    func get(_ site: WebSite, _ target: String) -> (status: Int, text: String, response: WebResponse) {
        let r = site.respond(method: "GET", target: target)
        return (r.status, String(decoding: r.body, as: UTF8.self), r)
    }

    func scenarioSearchPageFindsCountsAndPages() throws {
        try withSite { site, _, ids in
            let first = get(site, "/?q=quokka*")
            XCTAssertEqual(first.status, 200)
            XCTAssertTrue(first.text.contains("25 letters match; 1–20 shown"), first.text)
            XCTAssertEqual(first.text.components(separatedBy: "<li><a href=\"/letters/").count - 1, 20)
            XCTAssertTrue(first.text.contains("<mark>quokka"), "the snippet marks the match")
            XCTAssertTrue(first.text.contains("href=\"/?q=quokka%2A&amp;page=2\""), first.text)
            let second = get(site, "/?q=quokka%2A&page=2")
            XCTAssertTrue(second.text.contains("25 letters match; 21–25 shown"), second.text)
            XCTAssertTrue(second.text.contains("rel=\"prev\""))
            XCTAssertFalse(second.text.contains("rel=\"next\""))
            // Facets count the matching letters, and link to the filtered search.
            XCTAssertTrue(first.text.contains("<h2>Language</h2><ul><li><a href=\"/?q=quokka%2A&amp;language=en\">en</a><span>25</span>"), first.text)
            XCTAssertTrue(first.text.contains(">Jane Smith</a><span>25</span>"), first.text)
            let typed = get(site, "/?q=zebrafish3+quokka&language=en")
            XCTAssertTrue(typed.text.contains("1 letter match"), "a form's + is a space: \(typed.text)")
            XCTAssertTrue(typed.text.contains("value=\"zebrafish3 quokka\""), typed.text)
            let phrase = get(site, "/?q=%22zebrafish3+and%22")
            XCTAssertTrue(phrase.text.contains("1 letter match"), phrase.text)
            XCTAssertTrue(phrase.text.contains("href=\"/letters/\(ids[3])\""), phrase.text)
            let filtered = get(site, "/?signatory=smith&from=2020-02&to=2020-02")
            XCTAssertTrue(filtered.text.contains("2 letters match"), filtered.text)
            XCTAssertTrue(get(site, "/").text.contains("26 letters match"))
        }
    }

    func scenarioBadFiltersAreSaidNotServed() throws {
        try withSite(count: 2) { site, _, _ in
            for target in ["/?language=xx", "/?from=2021&to=2020", "/?from=2020-13", "/?q=-quokka"] {
                let page = get(site, target)
                XCTAssertEqual(page.status, 400, target)
                XCTAssertTrue(page.text.contains("class=\"error\""), target)
            }
        }
    }

    func scenarioLetterPageAndDownloads() throws {
        try withSite(count: 3) { site, archive, ids in
            let page = get(site, "/letters/\(ids[1])")
            XCTAssertEqual(page.status, 200)
            XCTAssertTrue(page.text.contains("<h1>Letter number 1 about quokkas</h1>"), page.text)
            XCTAssertTrue(page.text.contains("<mark class=\"call\">We urge the ministry to act.</mark>"), page.text)
            XCTAssertTrue(page.text.contains("<sup><a href=\"#note-1\" id=\"ref-note-1-0\">1</a></sup>"), page.text)
            XCTAssertTrue(page.text.contains("<li id=\"note-1\">"), page.text)
            XCTAssertTrue(page.text.contains("<a href=\"/signatories/jane%20smith\">Jane Smith</a>"), page.text)
            XCTAssertTrue(page.text.contains("<a href=\"https://example.org/report-1\" rel=\"nofollow noopener noreferrer\">"), page.text)
            XCTAssertFalse(page.text.contains("/source\""), "no source file recorded, so no link to one")
            let json = get(site, "/letters/\(ids[1]).json")
            XCTAssertEqual(json.response.contentType, "application/json; charset=utf-8")
            XCTAssertEqual(json.text, try archive.store.json(id: ids[1]))
            let tei = get(site, "/letters/\(ids[1]).tei.xml")
            XCTAssertEqual(tei.status, 200)
            XCTAssertTrue(tei.text.contains("<TEI") && tei.text.contains("Letter number 1 about quokkas"), tei.text)
            XCTAssertEqual(get(site, "/letters/424242").status, 404)
            XCTAssertEqual(get(site, "/letters/\(ids[1])/source").status, 404)
            XCTAssertEqual(get(site, "/nowhere").status, 404)

            let signer = get(site, "/signatories/jane%20smith")
            XCTAssertTrue(signer.text.contains("<h1>Jane Smith</h1>"), signer.text)
            XCTAssertTrue(signer.text.contains("3 letters signed"), signer.text)
            XCTAssertEqual(get(site, "/signatories/nobody").status, 404)
        }
    }

    /// Every text of a hostile letter is escaped; no script, event handler or javascript: link
    /// reaches the page, whatever field it sits in.
    func scenarioHostileLetterIsEscaped() throws {
        try withSite(count: 1) { site, _, ids in
            let hostile = ids.last!
            var pages = [get(site, "/letters/\(hostile)").text, get(site, "/?q=hostile").text, get(site, "/?q=%3Cscript%3E%22").text,
                         get(site, "/signatories/" + NameKey.normalize(Self.hostile.signatories[0].name).addingPercentEncoding(withAllowedCharacters: .alphanumerics)!).text,
                         get(site, "/letters/\(hostile)/versions").text, get(site, "/diff?old=\(hostile)&new=\(ids[0])").text]
            pages.append(get(site, "/?signatory=%3Cb%3E%22&addressee=%22%3E%3Cscript%3E").text)
            for page in pages {
                XCTAssertFalse(page.lowercased().contains("<script"), page)
                XCTAssertFalse(page.contains("<img"), page)
                XCTAssertFalse(page.contains("<b>Evil"), page)
                XCTAssertFalse(page.lowercased().contains("href=\"javascript:"), page)
                XCTAssertFalse(page.lowercased().contains("href=\"data:"), page)
            }
            let letter = pages[0]
            XCTAssertTrue(letter.contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; hostile &quot;quotes&quot;"), letter)
            XCTAssertTrue(letter.contains("<span class=\"unsafe-link\">javascript:alert(2)</span>"), letter)
            XCTAssertTrue(letter.contains("<span class=\"unsafe-link\">click &lt;me&gt;</span>"), letter)
            XCTAssertTrue(letter.contains("href=\"https://example.org/ok?a=1&amp;b=&quot;2&quot;\""), letter)
            XCTAssertTrue(pages[3].contains("1 letter signed"), pages[3])
        }
    }

    func scenarioReadOnly() throws {
        try withSite(count: 1) { site, archive, _ in
            for method in ["POST", "PUT", "DELETE", "PATCH"] {
                let r = site.respond(method: method, target: "/letters/1")
                XCTAssertEqual(r.status, 405, method)
                XCTAssertTrue(r.headers.contains { $0.0 == "Allow" && $0.1 == "GET, HEAD" })
            }
            XCTAssertEqual(try archive.store.stats().letters, 2)
        }
    }

    func scenarioVersionsPageShowsTheDiff() throws {
        let (location, cleanup) = try makeLocation()
        defer { cleanup() }
        let writer = try Archive(location: location)
        let text = "We the undersigned call on the ministry to protect the quokka habitat of the island and to publish every study of it before the next season begins."
        let a = try writer.add(Self.letter(1, subject: "Protect the quokka", body: text, date: "2020-01-01")).id
        let b = try writer.add(Self.letter(2, subject: "Protect the quokka", body: text + " We also ask for a public hearing.", date: "2020-02-01")).id
        writer.close()
        let archive = try Archive(location: location, access: .readOnly)
        defer { archive.close() }
        let page = get(WebSite(archive: archive), "/letters/\(b)/versions")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("2 versions"), page.text)
        XCTAssertTrue(page.text.contains("Changes from letter \(a) to letter \(b)"), page.text)
        XCTAssertTrue(page.text.contains("<iframe class=\"diff\" title=\"Changes\" sandbox src=\"/diff?old=\(a)&amp;new=\(b)\"></iframe>"), page.text)
        let diff = get(WebSite(archive: archive), "/diff?old=\(a)&new=\(b)")
        XCTAssertEqual(diff.status, 200)
        XCTAssertTrue(diff.text.contains("<h1>Changes between two versions</h1>"), diff.text)
        XCTAssertTrue(diff.text.contains("<ins>We also ask for a public hearing.</ins>") || diff.text.contains("public hearing"), diff.text)
        XCTAssertEqual(get(WebSite(archive: archive), "/diff?old=\(a)").status, 404)
    }

    /// The real server: a free port on 127.0.0.1, answered over HTTP with the security headers.
    func scenarioServesOverHTTP() async throws {
        let (location, cleanup) = try makeLocation()
        defer { cleanup() }
        let writer = try Archive(location: location)
        try writer.add(Self.letter(1))
        writer.close()
        let archive = try Archive(location: location, access: .readOnly)
        defer { archive.close() }
        let site = WebSite(archive: archive)
        let bound = PortBox()
        let server = Task { try await WebServer.run(site: site, host: "127.0.0.1", port: 0) { bound.set($0) } }
        defer { server.cancel() }
        let port = try await bound.wait()
        let base = URL(string: "http://127.0.0.1:\(port)")!
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/?q=zebrafish1")!)
        let http = try XCTUnwrap(response as? HTTPURLResponse)
        XCTAssertEqual(http.statusCode, 200)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("1 letter match"))
        XCTAssertTrue((http.value(forHTTPHeaderField: "Content-Security-Policy") ?? "").contains("default-src 'none'"))
        XCTAssertEqual(http.value(forHTTPHeaderField: "X-Content-Type-Options"), "nosniff")
        var post = URLRequest(url: base.appendingPathComponent("letters/1"))
        post.httpMethod = "POST"
        post.httpBody = Data("x=1".utf8)
        let (_, posted) = try await URLSession.shared.data(for: post)
        XCTAssertEqual((posted as? HTTPURLResponse)?.statusCode, 405)
        let (json, _) = try await URLSession.shared.data(from: base.appendingPathComponent("letters/1.json"))
        XCTAssertEqual(try JSONDecoder().decode(Letter.self, from: json), Self.letter(1))
    }
}

/// The same pages on PostgreSQL (skipped, saying so, without LETTERS_TEST_POSTGRES_URL).
final class PostgresWebSiteTests: WebSiteScenarios {
    override func makeLocation() throws -> (String, () -> Void) {
        guard let base = ProcessInfo.processInfo.environment["LETTERS_TEST_POSTGRES_URL"] else {
            throw XCTSkip("PostgreSQL tests skipped: set LETTERS_TEST_POSTGRES_URL (.ci/run starts a server and sets it)")
        }
        let schema = "web_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        let location = base + (base.contains("?") ? "&" : "?") + "schema=\(schema)"
        return (location, {
            if let archive = try? Archive(location: base) {
                // A schema's tables go with it; done through the store's own connection.
                _ = try? (archive.store as? PostgresStore)?.run("DROP SCHEMA IF EXISTS \(schema) CASCADE")
                archive.close()
            }
        })
    }

    func testSearchPageFindsCountsAndPages() throws { try scenarioSearchPageFindsCountsAndPages() }
    func testBadFiltersAreSaidNotServed() throws { try scenarioBadFiltersAreSaidNotServed() }
    func testLetterPageAndDownloads() throws { try scenarioLetterPageAndDownloads() }
    func testHostileLetterIsEscaped() throws { try scenarioHostileLetterIsEscaped() }
    func testReadOnly() throws { try scenarioReadOnly() }
    func testVersionsPageShowsTheDiff() throws { try scenarioVersionsPageShowsTheDiff() }
    func testServesOverHTTP() async throws { try await scenarioServesOverHTTP() }
}

final class SQLiteWebSiteTests: WebSiteScenarios {
    func testSearchPageFindsCountsAndPages() throws { try scenarioSearchPageFindsCountsAndPages() }
    func testBadFiltersAreSaidNotServed() throws { try scenarioBadFiltersAreSaidNotServed() }
    func testLetterPageAndDownloads() throws { try scenarioLetterPageAndDownloads() }
    func testHostileLetterIsEscaped() throws { try scenarioHostileLetterIsEscaped() }
    func testReadOnly() throws { try scenarioReadOnly() }
    func testVersionsPageShowsTheDiff() throws { try scenarioVersionsPageShowsTheDiff() }
    func testServesOverHTTP() async throws { try await scenarioServesOverHTTP() }
}

/// The port the server bound, handed from its start callback to the test.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?
    func set(_ value: Int) { lock.withLock { port = value } }
    func wait() async throws -> Int {
        for _ in 0..<200 {
            if let port = lock.withLock({ port }) { return port }
            try await Task.sleep(nanoseconds: 25_000_000)
        }
        struct NotStarted: Error {}
        XCTFail("the server did not start within 5 s")
        throw NotStarted()
    }
}
