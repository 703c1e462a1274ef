import Foundation
@testable import PDFText
import XCTest

private let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private func fixture(_ name: String) -> String { repoRoot.appendingPathComponent("Tests/Fixtures/\(name)").path }
private let sample = repoRoot.appendingPathComponent("samples/seed-word.pdf").path

/// Bad inputs: each gives its own typed error, naming the file as the caller did.
final class PDFTextReaderErrorTests: XCTestCase {
    private func error(reading path: String, name: String? = nil, file: StaticString = #filePath, line: UInt = #line) -> PDFTextError? {
        do {
            let document = try PDFTextReader.read(path: path, name: name)
            XCTFail("read \(document.pages.count) pages from \(path)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testMissingFile() {
        let path = repoRoot.appendingPathComponent("Tests/Fixtures/does-not-exist.pdf").path
        let e = error(reading: path)
        XCTAssertEqual(e?.code, .unreadable)
        XCTAssertEqual(e?.file, path)
        XCTAssertEqual(e?.detail, "no such file")
        XCTAssertEqual(e?.description, "\(path): cannot read file: no such file")
    }

    func testEmptyFile() {
        let e = error(reading: fixture("empty.pdf"))
        XCTAssertEqual(e?.code, .empty)
        XCTAssertEqual(e?.reason, "empty file")
    }

    func testTextFileNamedPDF() {
        let e = error(reading: fixture("text-named.pdf"), name: "letter.pdf")
        XCTAssertEqual(e?.code, .notPDF)
        XCTAssertEqual(e?.file, "letter.pdf")
        XCTAssertTrue(e?.reason.contains("not a PDF") == true)
    }

    func testTruncatedPDF() {
        let e = error(reading: fixture("truncated.pdf"))
        XCTAssertEqual(e?.code, .damaged)
        XCTAssertTrue(e?.reason.hasPrefix("damaged PDF") == true, e?.reason ?? "")
    }

    func testEncryptedPDF() {
        let e = error(reading: fixture("encrypted.pdf"))
        XCTAssertEqual(e?.code, .encrypted)
        XCTAssertTrue(e?.reason.contains("password") == true)
    }

    func testImageOnlyPDF() {
        let e = error(reading: fixture("image-only.pdf"))
        XCTAssertEqual(e?.code, .noTextLayer)
        XCTAssertTrue(e?.reason.contains("no text layer") == true)
    }

    /// A PDF header followed by garbage: Poppler cannot open it.
    func testHeaderOnlyData() {
        do {
            _ = try PDFTextReader.read(data: Data("%PDF-1.7\nnot really\n".utf8), name: "junk.pdf")
            XCTFail("read junk")
        } catch {
            XCTAssertEqual(error.code, .damaged)
            XCTAssertEqual(error.file, "junk.pdf")
        }
    }

    /// The fixtures are what their names say (so the tests above test what they claim).
    func testFixturesAreWhatTheyClaim() throws {
        let size = { (name: String) in (try FileManager.default.attributesOfItem(atPath: fixture(name))[.size] as? Int) ?? -1 }
        XCTAssertEqual(try size("empty.pdf"), 0)
        let text = try Data(contentsOf: URL(fileURLWithPath: fixture("text-named.pdf")))
        XCTAssertNil(text.range(of: Data("%PDF".utf8)))
        let truncated = try Data(contentsOf: URL(fileURLWithPath: fixture("truncated.pdf")))
        let whole = try Data(contentsOf: URL(fileURLWithPath: sample))
        XCTAssertTrue(whole.starts(with: truncated))
        XCTAssertLessThan(truncated.count, whole.count / 2)
        let encrypted = try Data(contentsOf: URL(fileURLWithPath: fixture("encrypted.pdf")))
        XCTAssertNotNil(encrypted.range(of: Data("/Encrypt".utf8)))
        for name in ["empty.pdf", "text-named.pdf", "truncated.pdf", "encrypted.pdf", "image-only.pdf"] {
            XCTAssertLessThan(try size(name), 100_000, name)
        }
    }
}

/// The LibreOffice sample: 3 A4 pages in Liberation Serif (regular and bold), footnotes whose
/// URLs are printed text; its 16 link annotations are internal (marker ↔ footnote, `/Dest`),
/// not URIs, so the reader reports no links. Checked with pdfinfo, pdffonts and qpdf --qdf.
final class PDFTextReaderSampleTests: XCTestCase {
    nonisolated(unsafe) private static var cached: PDFDocumentText?

    private func document() throws -> PDFDocumentText {
        if let cached = Self.cached { return cached }
        let document = try PDFTextReader.read(path: sample)
        Self.cached = document
        return document
    }

    func testPagesAndInfo() throws {
        let document = try document()
        XCTAssertGreaterThanOrEqual(document.pages.count, 3)
        XCTAssertEqual(document.info.pageCount, document.pages.count)
        XCTAssertEqual(document.pages.map(\.number), Array(1...document.pages.count))
        XCTAssertEqual(document.info.producer, "LibreOffice 7.4")
        XCTAssertEqual(document.info.title, "Letter in Solidarity with Núcleo de la Sociedad Civil para el Gobierno Abierto en México")
        XCTAssertEqual(document.info.created, "2026-11-29T00:03:23Z")
        for page in document.pages {
            XCTAssertEqual(page.width, 595.304, accuracy: 0.01)
            XCTAssertEqual(page.height, 841.89, accuracy: 0.01)
        }
    }

    func testWords() throws {
        let document = try document()
        for page in document.pages { XCTAssertFalse(page.words.isEmpty, "page \(page.number) has no words") }
        let words = document.pages.flatMap(\.words)
        XCTAssertTrue(words.contains { $0.text == "Solidarity" })
        XCTAssertTrue(words.contains { $0.text == "Solidarity," }, "closing 'Yours in Solidarity,'")
        XCTAssertFalse(words.contains { $0.text.contains(" ") || $0.text.isEmpty })
        // The footnote URL is printed as text.
        XCTAssertTrue(words.contains { $0.text.contains("opengovpartnership.org") })
    }

    func testFonts() throws {
        let words = try document().pages.flatMap(\.words)
        XCTAssertTrue(words.allSatisfy { $0.font.size > 0 })
        // pdffonts: BAAAAA+LiberationSerif, CAAAAA+LiberationSerif-Bold; the subset tag is dropped.
        XCTAssertEqual(Set(words.map(\.font.name)), ["LiberationSerif", "LiberationSerif-Bold"])
        let bold = words.filter(\.font.isBold)
        XCTAssertFalse(bold.isEmpty)
        XCTAssertTrue(bold.allSatisfy { $0.font.name == "LiberationSerif-Bold" })
        XCTAssertFalse(words.contains(where: \.font.isItalic))
        // Footnotes are set smaller than the body.
        XCTAssertGreaterThan(Set(words.map(\.font.size)).count, 1)
    }

    /// The per-page cache of font styles gives what a fresh FontStyle would, for names seen
    /// again at other sizes, with and without a subset tag, and names that differ by a tag.
    func testFontStyleCacheMatchesFreshStyles() {
        var cache = PDFTextReader.FontStyleCache()
        let names = ["ABCDEF+Calibri-Bold", "Calibri-Bold", "ABCDEG+Calibri-Bold", "Helvetica-Oblique", "", "+Bold", "ABCDE+Italic",
                     "ABCDEF+", "ÀBCDEF+Black", "ABCDEF+Calibri-Bold", "Helvetica-Oblique", ""]
        for (i, name) in names.enumerated() {
            for size in [10.0, 9.5, Double(i)] {
                XCTAssertEqual(cache.style(name: name, size: size), FontStyle(name: PDFTextReader.stripSubsetPrefix(name), size: size), name)
            }
        }
    }

    /// Creation dates written by arithmetic read as ISO8601DateFormatter writes them: leap
    /// days, century years, the ends of the range and a spread of instants in between.
    func testCreationDateTextMatchesTheFormatter() {
        var instants: [Int64] = [0, 1, 59, 60, 86_399, 86_400, 951_782_400, 951_868_800, 4_107_542_400, 4_107_456_000,
                                 1_456_790_400, 1_709_164_800, 253_402_300_799, 253_402_300_800, 253_402_300_801]
        var x: Int64 = 12_345
        for _ in 0..<2_000 {
            x = (x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407) & 0x7FFF_FFFF_FFFF_FFFF
            instants.append(x % 253_402_300_800)
        }
        for seconds in instants {
            XCTAssertEqual(PDFTextReader.isoDate(seconds: seconds), PDFTextReader.formatterDate(seconds: seconds), "\(seconds)")
        }
    }

    func testFontStyleFromName() {
        XCTAssertTrue(FontStyle(name: "Calibri-Bold", size: 10).isBold)
        XCTAssertTrue(FontStyle(name: "MinionPro-SemiboldIt", size: 10).isBold)
        XCTAssertTrue(FontStyle(name: "ArialBlack", size: 10).isBold)
        XCTAssertFalse(FontStyle(name: "Calibri-Bol", size: 10).isBold)
        XCTAssertFalse(FontStyle(name: "Bol", size: 10).isBold)
        XCTAssertTrue(FontStyle(name: "TimesNewRomanPS-ItalicMT", size: 10).isItalic)
        XCTAssertTrue(FontStyle(name: "Helvetica-Oblique", size: 10).isItalic)
        XCTAssertFalse(FontStyle(name: "Helvetica", size: 10).isItalic)
        XCTAssertFalse(FontStyle(name: "", size: 10).isBold)
        XCTAssertFalse(FontStyle(name: "Bold", size: 10, isBold: false).isBold)
    }

    func testBoxesInsidePage() throws {
        for page in try document().pages {
            for word in page.words {
                let b = word.box
                XCTAssertTrue(b.x0 >= 0 && b.x0 < b.x1 && b.x1 <= page.width, "\(word.text) \(b) on page \(page.number)")
                XCTAssertTrue(b.y0 >= 0 && b.y0 < b.y1 && b.y1 <= page.height, "\(word.text) \(b) on page \(page.number)")
                XCTAssertLessThan(b.height, 3 * word.font.size, word.text)
            }
        }
    }

    /// seed-word links each of its 8 footnote markers to its note and back (16 jumps within the
    /// document, pdfinfo -url lists no URI): all are read as internal links, none as URIs.
    func testFootnoteJumpsAreInternalLinks() throws {
        let links = try document().pages.flatMap(\.links)
        XCTAssertEqual(links.count, 16)
        XCTAssertTrue(links.allSatisfy { $0.isInternal && $0.uri.isEmpty })
    }
}

/// URI links, on a corpus letter that has one (pdfinfo -url: page 1, mailto). The annotation's
/// /Rect is [228.342 566.571 366.934 577.419] with the origin at the bottom-left of an 841.89 pt
/// page; pdftotext -bbox puts the word at x 229.3–365.9, y 265.5–274.3 from the top.
final class PDFTextReaderLinkTests: XCTestCase {
    func testMailtoLinkFlippedToTopLeftOrigin() throws {
        let path = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/letter-034.pdf").path
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "corpus not present beside the repository")
        let document = try PDFTextReader.read(path: path)
        let page = try XCTUnwrap(document.pages.first)
        XCTAssertEqual(page.links.count, 1)
        let link = try XCTUnwrap(page.links.first)
        XCTAssertEqual(link.uri, "mailto:enquiries@aidantparkinson.com")
        XCTAssertEqual(link.box.x0, 228.342, accuracy: 0.01)
        XCTAssertEqual(link.box.x1, 366.934, accuracy: 0.01)
        XCTAssertEqual(link.box.y0, 841.89 - 577.419, accuracy: 0.01)
        XCTAssertEqual(link.box.y1, 841.89 - 566.571, accuracy: 0.01)
        let word = try XCTUnwrap(page.words.first { $0.text.contains("enquiries@aidantparkinson.com") })
        XCTAssertTrue(word.box.x0 >= link.box.x0 && word.box.x1 <= link.box.x1 && word.box.y0 >= link.box.y0 && word.box.y1 <= link.box.y1,
                      "word \(word.box) outside link \(link.box)")
    }
}
