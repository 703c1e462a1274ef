import Foundation
import LetterExtractor
import LetterModel
import LetterXML
import XCTest
#if canImport(Glibc)
import Glibc
private func closeSocket(_ fd: Int32) { _ = Glibc.close(fd) }
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Darwin)
import Darwin
private func closeSocket(_ fd: Int32) { _ = Darwin.close(fd) }
private let streamSocket = SOCK_STREAM
#endif

/// Hostile and broken HTML: every case must end, without a crash, in a clear one-line error
/// or a best-effort letter, and must never reach the network or the file system.
///
/// No wall-clock bounds are asserted (the machine is shared); finishing is the check.
final class HostileHTMLTests: XCTestCase {
    private func extract(_ html: String) throws -> Letter {
        try extract(Data(html.utf8))
    }

    private func extract(_ data: Data) throws -> Letter {
        try LetterExtractor.extract(data: data, name: "hostile.html", format: .html)
    }

    func testExternalEntitiesAndDTDAreNeitherFetchedNorExpanded() throws {
        // A listening socket on loopback: any fetch of the DTD or entity would connect to it.
        let listener = try LoopbackListener()
        defer { listener.close() }
        let url = "http://127.0.0.1:\(listener.port)"
        let html = """
        <!DOCTYPE html SYSTEM "\(url)/evil.dtd" [
          <!ENTITY secret SYSTEM "file:///etc/passwd">
          <!ENTITY remote SYSTEM "\(url)/remote">
        ]>
        <html><body><p>Dear friends, &secret; &remote; here.</p><img src="\(url)/pixel.png"></body></html>
        """
        let letter = try extract(html)
        let json = String(decoding: try CanonicalJSON.encode(letter), as: UTF8.self)
        XCTAssertFalse(json.contains("root:"), "file entity must not be expanded")
        XCTAssertTrue(json.contains("Dear friends"))
        XCTAssertEqual(listener.acceptedConnections(), 0, "nothing may be fetched")
    }

    func testBillionLaughsIsInert() throws {
        var dtd = "<!ENTITY lol \"lol\">\n"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">\n" }
        let html = "<!DOCTYPE html [\n\(dtd)]>\n<html><body><p>Dear all, &lol9;</p><p>We write.</p></body></html>"
        let letter = try extract(html)
        let json = try CanonicalJSON.encode(letter)
        XCTAssertLessThan(json.count, 100_000, "entities must not expand")
    }

    func testTenThousandDeepNestingIsCutWithAWarning() throws {
        let depth = 10_000
        let html = "<html><body><p>Dear all,</p>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth) + "<p>Yours,</p></body></html>"
        let letter = try extract(html)
        XCTAssertTrue(letter.warnings.contains { $0.message.contains("nested deeper than") }, "\(letter.warnings)")
        XCTAssertFalse(letter.body.contains { $0.text.contains("deep text") })

        let inline = String(repeating: "<b><i>", count: depth) + "x"
        _ = try extract("<p>" + inline + "</p>") // unclosed inline elements, also deep
    }

    func testScriptsMalformedTagsAndHugeAttributeGiveBestEffortLetter() throws {
        let huge = String(repeating: "A", count: 8 * 1024 * 1024)
        let html = """
        <html><head><script>while(true){}</script></head><body>
        <p title="\(huge)">Dear Minister,</p>
        <p>We <b>urge <i>you</b> to act</i> now.<p>Unclosed <span><<<>>> &bogus; &#xFFFFFFF; &#0;
        <div <p>>Broken</div></td></tr></table>
        <script>document.write('<p>injected</p>')</script><!-- <p>comment</p> --><![CDATA[ cdata ]]>
        <p>Yours sincerely,</p><p>Ana Pérez</p></body></html>
        """
        let letter = try extract(html)
        XCTAssertEqual(letter.salutation, "Dear Minister,")
        let text = letter.body.map(\.text).joined(separator: " ")
        XCTAssertTrue(text.contains("We urge you to act now."), text)
        XCTAssertFalse(text.contains("injected"))
        XCTAssertFalse(text.contains("comment"))
        XCTAssertFalse(text.contains("while(true)"))
    }

    func testThousandsOfMarkersAndNotesStayLinear() throws {
        let markers = String(repeating: "word<sup><a href=\"#fn1\">1</a></sup> ", count: 5_000)
        let notes = (1...2_000).map { "<li id=\"fn\($0)\">Note \($0).</li>" }.joined()
        let html = "<p>Dear all,</p><p>\(markers)</p><p>Yours,</p><p>Ana Pérez</p><ol class=\"footnotes\">\(notes)</ol>"
        let letter = try extract(html)
        XCTAssertEqual(letter.footnotes.count, 2_000)
        let tei = TEIWriter.write(letter)
        XCTAssertEqual(XMLValidation.wellFormednessErrors(tei), [])
    }

    func testOversizeFileIsRefusedWithOneLineReason() {
        let data = Data(count: HTMLLimits.maxBytes + 1)
        XCTAssertThrowsError(try extract(data)) { error in
            let reason = (error as? ExtractionError)?.reason ?? ""
            XCTAssertTrue(reason.hasPrefix("file too large for HTML"), reason)
            XCTAssertFalse(reason.contains("\n"))
        }
    }

    func testEmptyAndBinaryInput() throws {
        XCTAssertThrowsError(try extract(Data())) { error in
            XCTAssertEqual((error as? ExtractionError)?.reason, "empty file")
        }
        var bytes = Data()
        for i in 0..<4096 { bytes.append(UInt8((i * 7919) % 256)) }
        let letter = try extract(bytes) // garbage: any letter, with warnings, and no crash
        XCTAssertFalse(letter.warnings.isEmpty)
    }
}

/// A TCP socket listening on 127.0.0.1 that counts connections without serving them.
final class LoopbackListener {
    private let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { closeSocket(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        self.fd = fd
        self.port = UInt16(bigEndian: address.sin_port)
    }

    /// Connections waiting to be accepted (each one accepted and closed).
    func acceptedConnections() -> Int {
        var count = 0
        while true {
            let client = accept(fd, nil, nil)
            if client < 0 { break }
            closeSocket(client)
            count += 1
        }
        return count
    }

    func close() { closeSocket(fd) }
}
