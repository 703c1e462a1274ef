import Foundation
import LetterModel
@testable import LetterTEI
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A footnote listing thousands of URLs (a signatory list with a link per name) is written in
/// time linear in its length: every URL the text prints becomes one `<ref>`, in order, and the
/// URLs it does not print follow. Timings are in docs/reliability.md, not asserted.
final class ManyURLsTests: XCTestCase {
    static func note(urls count: Int) -> Footnote {
        let urls = (0..<count).map { "https://example.org/signatory/\($0)" }
        // Printed in the text: all but the last ten; a longer URL that contains a shorter one
        // (…/1 inside …/10) must win where both start.
        let text = "Signatories: " + urls.dropLast(10).map { "\($0) (org \($0.count))" }.joined(separator: "; ") + "."
        return Footnote(label: "1", text: text, urls: urls)
    }

    func testTwoThousandURLsInOneFootnote() throws {
        let note = Self.note(urls: 2_000)
        let letter = Letter(source: Source(file: "many.txt", sha256: String(repeating: "0", count: 64), format: .text),
                            body: [BodyBlock(kind: .paragraph, text: "See the list.", footnoteRefs: ["1"])], footnotes: [note])
        let started = Date()
        let xml = TEIWriter.write(letter)
        if let out = ProcessInfo.processInfo.environment["LETTERS_MANY_URLS_OUT"] {
            try xml.write(to: URL(fileURLWithPath: out))
            print("TEI with 2000 URLs written in \(Date().timeIntervalSince(started)) s")
        }
        // The note, read back with XMLParser: its refs (target and text) and its whole text.
        let reader = NoteReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), "well-formed")
        XCTAssertEqual(reader.refs.count, 2_000)
        XCTAssertEqual(reader.refs.map(\.target), note.urls)
        XCTAssertEqual(reader.refs.map(\.text), note.urls)
        // Text and refs together give the note back, then the ten unprinted URLs after a space each.
        XCTAssertEqual(reader.text, note.text + note.urls.suffix(10).map { " " + $0 }.joined())
    }

    func testScannerPrefersEarliestThenLongest() {
        let scanner = URLScanner(text: "a http://x.org/1 b http://x.org/10 c http://y.org", urls: ["http://x.org/1", "http://x.org/10", "http://z.org"])
        let (hits, occurring) = scanner.scan()
        XCTAssertEqual(hits.map(\.url), ["http://x.org/1", "http://x.org/10"])
        XCTAssertEqual(occurring, ["http://x.org/1", "http://x.org/10"])
        XCTAssertEqual(scanner.slice(0..<2), "a ")
    }
}

/// Collects the footnote's text and its `<ref>`s.
private final class NoteReader: NSObject, XMLParserDelegate {
    var refs: [(target: String, text: String)] = []
    var text = ""
    private var inNote = false, inRef = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "note", attributes["place"] == "foot" { inNote = true }
        if inNote, name == "ref" { inRef = true; refs.append((attributes["target"] ?? "", "")) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "ref" { inRef = false }
        if name == "note" { inNote = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inNote else { return }
        text += string
        if inRef { refs[refs.count - 1].text += string }
    }
}
