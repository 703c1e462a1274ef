import Foundation
import XCTest

/// Scanned letters through the built binary: the scans in Tests/Fixtures/scans
/// (scripts/fixtures/make-scans.py) against their typed originals in samples/, and bad images.
final class OCRTests: CLITestCase {
    private func scan(_ name: String) -> String { fixture("scans/\(name)") }

    private func json(_ run: Run, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        assertExit(run, 0, file: file, line: line)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], file: file, line: line)
    }

    private func names(_ letter: [String: Any]) -> [String] {
        ((letter["signatories"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
    }

    /// A typed letter whose last page is a scan: pages 1-2 keep Poppler's text, page 3 is read
    /// by OCR, and the signatories (all on page 3) come from the scan.
    func testScannedSignaturePageGivesTheSignatories() throws {
        let typed = try json(try letters("extract", sample("seed-word.pdf")))
        let signedRun = try letters("extract", scan("seed-word-signed-scan.pdf"))
        let signed = try json(signedRun)
        let ocr = try XCTUnwrap((signed["source"] as? [String: Any])?["ocr"] as? [[String: Any]])
        XCTAssertEqual(ocr.map { $0["page"] as? Int }, [3])
        XCTAssertEqual(ocr.first?["reason"] as? String, "no_text_layer")
        XCTAssertGreaterThan(ocr.first?["confidence"] as? Double ?? 0, 80)
        let expected = names(typed), got = names(signed)
        XCTAssertEqual(expected.count, 9)
        XCTAssertEqual(got.count, expected.count)
        // One name in nine is misread today ("(FX1)" for "(FXI)"): at most one may differ.
        XCTAssertGreaterThanOrEqual(Set(got).intersection(expected).count, expected.count - 1, "\(got)")
        XCTAssertNil((typed["source"] as? [String: Any])?["ocr"], "a typed PDF has no source.ocr")
        let written = temp.appendingPathComponent("signed.json")
        try signedRun.stdout.write(to: written)
        XCTAssertNil(try SchemaValidator.errors(files: [written]), "the OCR output follows the schema")
    }

    /// Each scanned seed against its typed original, part by part.
    func testScansReadLikeTheirTypedOriginals() throws {
        for name in ["seed-word", "seed-letterhead", "seed-memo"] {
            let typed = try json(try letters("extract", sample("\(name).pdf")))
            let scanned = try json(try letters("extract", scan("\(name)-scan.pdf")))
            XCTAssertEqual((scanned["source"] as? [String: Any])?["pages"] as? Int, 3, name)
            XCTAssertEqual(((scanned["source"] as? [String: Any])?["ocr"] as? [Any])?.count, 3, name)
            // The same review flags, OCR's own (low page confidence) aside.
            func flags(_ letter: [String: Any]) -> [String] {
                ((letter["warnings"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }.filter { !$0.hasPrefix("ocr_") }
            }
            XCTAssertEqual(flags(scanned), flags(typed), name)
            for key in ["date", "subject", "closing", "salutation", "language"] {
                XCTAssertEqual(try canonical(scanned[key]), try canonical(typed[key]), "\(name): \(key)")
            }
            XCTAssertEqual((scanned["calls_to_action"] as? [Any])?.count, (typed["calls_to_action"] as? [Any])?.count, name)
            // Body text in reading order: within a few percent of the typed letter's.
            func body(_ letter: [String: Any]) -> String {
                ((letter["body"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }.joined(separator: " ")
            }
            let a = body(typed), b = body(scanned)
            XCTAssertGreaterThan(similarity(a, b), 0.97, "\(name): body text")
            // The same signatories, name for name (the memo's three-column list included), and
            // the same paragraphs: a tilted line or an over-wide word box breaks none.
            XCTAssertEqual(names(scanned), names(typed), "\(name): signatories")
            XCTAssertEqual((scanned["body"] as? [Any])?.count, (typed["body"] as? [Any])?.count, "\(name): body blocks")
            // The same notes by label (a label glued to a URL, read by OCR as a letter, included).
            func labels(_ letter: [String: Any]) -> [String] {
                ((letter["footnotes"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
            }
            XCTAssertEqual(labels(scanned), labels(typed), "\(name): footnotes")
        }
    }

    /// The same scan gives the same bytes every time.
    func testOCROutputIsByteIdenticalRunToRun() throws {
        let first = try letters("extract", scan("seed-word-signed-scan.pdf"))
        let second = try letters("extract", scan("seed-word-signed-scan.pdf"))
        assertExit(first, 0)
        XCTAssertEqual(first.stdout, second.stdout)
    }

    func testOCRNeverKeepsTheNoTextLayerError() throws {
        let run = try letters("extract", "--ocr", "never", scan("seed-memo-scan.pdf"))
        assertExit(run, 1)
        XCTAssertEqual(run.err, "letters: \(scan("seed-memo-scan.pdf")): no text layer (image-only PDF; run OCR first)\n")
    }

    func testOCRAlwaysReadsTypedPagesToo() throws {
        let letter = try json(try letters("extract", "--ocr", "always", "--ocr-lang", "en", sample("seed-memo.pdf")))
        let ocr = try XCTUnwrap((letter["source"] as? [String: Any])?["ocr"] as? [[String: Any]])
        XCTAssertEqual(ocr.map { $0["reason"] as? String }, ["forced", "forced", "forced"])
        XCTAssertEqual(ocr.first?["language"] as? String, "eng")
    }

    func testUnknownOCRLanguageIsAOneLineError() throws {
        let run = try letters("extract", "--ocr-lang", "xx1", scan("seed-memo-scan.pdf"))
        assertExit(run, 1)
        XCTAssertTrue(run.err.hasPrefix("letters: "), run.err)
        XCTAssertEqual(run.err.filter { $0 == "\n" }.count, 1, run.err)
    }

    // MARK: - Bad images: a clear line or an empty page, never a crash or a hang

    private func badPDF(_ name: String, width: Double, height: Double, image: Data, pixels: (Int, Int), filter: String?) throws -> String {
        let path = temp.appendingPathComponent(name).path
        try ImagePDF.make(width: width, height: height, image: image, pixels: pixels, filter: filter).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs extract under `timeout`, so a hang fails the test instead of blocking the suite.
    private func extractBounded(_ path: String) throws -> Run {
        try runProgram(URL(fileURLWithPath: "/usr/bin/timeout"), ["300", try lettersBinary().path, "extract", path], in: temp)
    }

    private func assertCleanFailureOrLetter(_ run: Run, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.reason, .exit, "\(what): killed by a signal", file: file, line: line)
        XCTAssertNotEqual(run.status, 124, "\(what): still running after 300 s", file: file, line: line)
        XCTAssertTrue(run.status == 0 || run.status == 1, "\(what): status \(run.status), stderr \(run.err)", file: file, line: line)
        XCTAssertLessThanOrEqual(run.err.filter { $0 == "\n" }.count, 1, "\(what): one line at most: \(run.err)", file: file, line: line)
        if run.status == 1 { XCTAssertTrue(run.err.hasPrefix("letters: "), run.err, file: file, line: line) }
    }

    func testTwoPixelPage() throws {
        let path = try badPDF("tiny.pdf", width: 2, height: 2, image: Data([0, 255, 255, 0]), pixels: (2, 2), filter: nil)
        let run = try extractBounded(path)
        assertCleanFailureOrLetter(run, "2-pixel page")
        XCTAssertTrue(run.err.contains("no text found"), run.err)
    }

    func testHugePage() throws {
        var generator = SeededBytes(seed: 7)
        let path = try badPDF("huge.pdf", width: 20_000, height: 20_000, image: generator.bytes(64 * 64), pixels: (64, 64), filter: nil)
        assertCleanFailureOrLetter(try extractBounded(path), "20,000 pt page")
    }

    func testPageOfNoise() throws {
        var generator = SeededBytes(seed: 11)
        let path = try badPDF("noise.pdf", width: 612, height: 792, image: generator.bytes(1275 * 1650), pixels: (1275, 1650), filter: nil)
        assertCleanFailureOrLetter(try extractBounded(path), "page of noise")
    }

    func testCorruptImageStream() throws {
        var generator = SeededBytes(seed: 3)
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0]) + generator.bytes(5000)
        let path = try badPDF("corrupt.pdf", width: 612, height: 792, image: jpeg, pixels: (1700, 2200), filter: "DCTDecode")
        let run = try extractBounded(path)
        assertCleanFailureOrLetter(run, "corrupt image stream")
        XCTAssertFalse(run.err.lowercased().contains("syntax error"), "Poppler's own messages stay quiet: \(run.err)")
    }

    private func canonical(_ value: Any?) throws -> String {
        guard let value, !(value is NSNull) else { return "null" }
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    private func similarity(_ a: String, _ b: String) -> Double {
        // Word-level: shared words over all words (a bag-of-words Dice coefficient).
        var counts: [Substring: Int] = [:]
        for w in a.split(separator: " ") { counts[w, default: 0] += 1 }
        var shared = 0
        for w in b.split(separator: " ") where counts[w, default: 0] > 0 { counts[w]! -= 1; shared += 1 }
        let total = a.split(separator: " ").count + b.split(separator: " ").count
        return total == 0 ? 1 : 2 * Double(shared) / Double(total)
    }
}

/// Deterministic pseudo-random bytes (xorshift), so the noise fixtures are the same every run.
struct SeededBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E3779B97F4A7C15 | 1 }
    mutating func bytes(_ count: Int) -> Data {
        var out = Data(count: count)
        for i in 0..<count {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            out[i] = UInt8(truncatingIfNeeded: state)
        }
        return out
    }
}

/// A one-page PDF whose page is one grayscale image, built in code for bad-input tests.
enum ImagePDF {
    static func make(width: Double, height: Double, image: Data, pixels: (Int, Int), filter: String?) -> Data {
        var objects: [Data] = []
        let content = Data("q \(width) 0 0 \(height) 0 0 cm /Im0 Do Q".utf8)
        let filterEntry = filter.map { " /Filter /\($0)" } ?? ""
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8))
        objects.append(Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".utf8))
        objects.append(Data("<< /Type /XObject /Subtype /Image /Width \(pixels.0) /Height \(pixels.1) /ColorSpace /DeviceGray /BitsPerComponent 8\(filterEntry) /Length \(image.count) >>\nstream\n".utf8) + image + Data("\nendstream".utf8))
        objects.append(Data("<< /Length \(content.count) >>\nstream\n".utf8) + content + Data("\nendstream".utf8))
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n".utf8) + body + Data("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { out += Data(String(format: "%010d 00000 n \n", offset).utf8) }
        out += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}
