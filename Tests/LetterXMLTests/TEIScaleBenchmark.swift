import Foundation
import LetterModel
@testable import LetterTEI
import LetterXML
import LibXML
import XCTest

/// Figures for docs/reliability.md, run by scripts/bench-reliability.sh; skipped in a normal
/// test run. LETTERS_BENCH_TEI=N[:old] writes the TEI of a letter whose one footnote lists N
/// URLs; `old` runs the URL search TEIBody used before URLScanner (kept here only to measure).
final class TEIScaleBenchmark: XCTestCase {
    func testBenchmark() throws {
        guard let spec = ProcessInfo.processInfo.environment["LETTERS_BENCH_TEI"] else {
            throw XCTSkip("benchmark: set LETTERS_BENCH_TEI=N or N:old (scripts/bench-reliability.sh)")
        }
        let parts = spec.split(separator: ":")
        let count = Int(parts[0]) ?? 400
        let note = ManyURLsTests.note(urls: count)
        let started = Date()
        if parts.count > 1 {
            let w = XMLWriter()
            w.start("note", mixed: true)
            Self.previousWriteWithURLs(note.text, urls: note.urls, w)
            for url in note.urls where !note.text.contains(url) { w.text(" "); w.element("ref", ["target": url], text: url) }
            w.end()
            _ = w.finish()
        } else {
            let letter = Letter(source: Source(file: "many.txt", sha256: String(repeating: "0", count: 64), format: .text),
                                body: [BodyBlock(kind: .paragraph, text: "See the list.", footnoteRefs: ["1"])], footnotes: [note])
            _ = TEIWriter.write(letter)
        }
        print(String(format: "TEI, one footnote with %d URLs (%@): %.3f s", count, parts.count > 1 ? "previous URL search" : "URLScanner", Date().timeIntervalSince(started)))
    }

    /// The search TEIBody.writeWithURLs made before URLScanner, unchanged.
    static func previousWriteWithURLs(_ text: String, urls: [String], _ w: XMLWriter) {
        var rest = Substring(text)
        while true {
            let hits = urls.compactMap { url -> (Range<Substring.Index>, String)? in
                rest.range(of: url).map { ($0, url) }
            }
            guard let (range, url) = hits.min(by: { $0.0.lowerBound < $1.0.lowerBound || ($0.0.lowerBound == $1.0.lowerBound && $0.1.count > $1.1.count) }) else { break }
            w.text(String(rest[..<range.lowerBound]))
            w.element("ref", ["target": url], text: url)
            rest = rest[range.upperBound...]
        }
        w.text(String(rest))
    }
}
