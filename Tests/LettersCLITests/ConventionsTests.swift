import Foundation
import LetterExtractor
import LetterModel
import XCTest

/// The conventions of Unix tools and of the document-conversion ecosystem: `-` for standard
/// input, JSON Lines for several letters, a letter JSON read as JSON, `--format md|text`,
/// `-q`/`-v`.
final class ConventionsTests: CLITestCase {
    /// `letters ARGUMENTS < input`, through the shell (the test helper gives programs no input).
    private func letters(stdin input: String, _ arguments: String...) throws -> Run {
        let binary = try lettersBinary()
        return try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", #"f="$1"; b="$2"; shift 2; exec "$b" "$@" < "$f""#, "sh", input, binary.path] + arguments, in: temp)
    }

    // MARK: standard input

    func testStandardInputTellsEachFormatFromItsContent() throws {
        // A plain-text letter without Markdown marks (the OGP sample has `[letter](#)` links,
        // so from standard input it is rightly read as Markdown).
        let plain = temp.appendingPathComponent("plain.txt")
        try Data("14 June 2017\n\nDear Minister,\n\nWe write to ask you to publish the report.\n\nYours sincerely,\n\nJane Doe\nDirector\n".utf8).write(to: plain)
        for path in [sample("seed-word.pdf"), plain.path] {
            let fromFile = try letters("extract", path)
            let fromStdin = try letters(stdin: path, "extract", "-")
            assertExit(fromStdin, 0)
            XCTAssertEqual(fromStdin.err, "")
            var expected = try CanonicalJSON.decodeLetter(fromFile.stdout)
            let got = try CanonicalJSON.decodeLetter(fromStdin.stdout)
            XCTAssertEqual(got.source.file, "stdin", path)
            XCTAssertEqual(got.source.format, expected.source.format, path)
            expected.source.file = "stdin"
            XCTAssertTrue(got == expected, "\(path): the same letter, only the name differs")
        }
        let ogp = try CanonicalJSON.decodeLetter(try letters(stdin: sample("open-letter-ogp-solidarity-2017.txt"), "extract", "-").stdout)
        XCTAssertEqual(ogp.source.format, .markdown)
        // HTML and Markdown without their extensions.
        let html = temp.appendingPathComponent("page")
        try Data("<!DOCTYPE html><html><body><p>Dear Minister,</p><p>We write to ask for a reply.</p><p>Yours,</p><p>Jane Doe</p></body></html>".utf8).write(to: html)
        let fromHTML = try letters(stdin: html.path, "extract", "-")
        assertExit(fromHTML, 0)
        XCTAssertEqual(try CanonicalJSON.decodeLetter(fromHTML.stdout).source.format, .html)
        let markdown = temp.appendingPathComponent("notes")
        try Data("# Open letter on data\n\nDear Minister,\n\nWe ask for **open** data, see [the report](https://example.org).\n\nYours,\n\nJane Doe\n".utf8).write(to: markdown)
        let fromMarkdown = try letters(stdin: markdown.path, "extract", "-")
        assertExit(fromMarkdown, 0)
        let letter = try CanonicalJSON.decodeLetter(fromMarkdown.stdout)
        XCTAssertEqual(letter.source.format, .markdown)
        XCTAssertFalse(letter.body.map(\.text).joined().contains("**"), "Markdown marks are read, not kept as text")
    }

    func testStandardInputErrorsNameStdin() throws {
        let empty = temp.appendingPathComponent("empty")
        try Data().write(to: empty)
        let run = try letters(stdin: empty.path, "extract", "-")
        assertExit(run, 1)
        XCTAssertEqual(run.err, "letters: stdin: empty input\n")
        let twice = try letters(stdin: empty.path, "extract", "-", "-")
        XCTAssertEqual(twice.status, 64, twice.err)
    }

    // MARK: letter JSON as input

    func testLetterJSONIsValidatedAndWrittenCanonically() throws {
        let canonical = try letters("extract", sample("seed-memo.pdf")).stdout
        // The same letter, indented differently and with its keys in another order.
        let object = try JSONSerialization.jsonObject(with: canonical)
        let reshuffled = temp.appendingPathComponent("memo.json")
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: reshuffled)
        XCTAssertNotEqual(try Data(contentsOf: reshuffled), canonical)
        let run = try letters("extract", reshuffled.path)
        assertExit(run, 0)
        XCTAssertEqual(run.stdout, canonical, "re-canonicalised, not parsed as a text letter")
        // From standard input too, and to TEI.
        let piped = try letters(stdin: reshuffled.path, "extract", "-")
        XCTAssertEqual(piped.stdout, canonical)
        let tei = try letters("extract", "--format", "tei", reshuffled.path)
        assertExit(tei, 0)
        XCTAssertTrue(tei.out.contains("<correspDesc"), tei.out)
    }

    func testJSONThatIsNoLetterIsAnErrorNotATextLetter() throws {
        let cases: [(String, String)] = [
            ("{\"hello\": 1}\n", "not a letter JSON: no schema_version"),
            ("{\"schema_version\": \"1.0\", \"source\": {}, \"body\": []", "not valid JSON"),
            ("[1, 2]", "not a letter JSON: the top level is a list"),
        ]
        for (index, (text, reason)) in cases.enumerated() {
            let file = temp.appendingPathComponent("bad\(index).json")
            try Data(text.utf8).write(to: file)
            let run = try letters("extract", file.path)
            assertExit(run, 1)
            XCTAssertEqual(run.out, "")
            XCTAssertTrue(run.err.hasPrefix("letters: \(file.path): \(reason)"), run.err)
            XCTAssertEqual(run.errLines.count, 1, run.err)
        }
    }

    // MARK: formats

    func testMarkdownAndTextFormatsAreTheReadableLetter() throws {
        let json = try CanonicalJSON.decodeLetter(try letters("extract", sample("seed-letterhead.pdf")).stdout)
        let text = try letters("extract", "--format", "text", sample("seed-letterhead.pdf"))
        assertExit(text, 0)
        XCTAssertTrue(text.out.hasPrefix("seed-letterhead.pdf  (pdf, "), text.out)
        if let date = json.date { XCTAssertTrue(text.out.contains("Date:     \(date.text) (\(date.iso))"), text.out) }
        for block in json.body { XCTAssertTrue(text.out.contains(block.text), "body text in the text form: \(block.text)") }
        for s in json.signatories { XCTAssertTrue(text.out.contains(s.name), s.name) }

        let md = try letters("extract", "--format", "md", sample("seed-letterhead.pdf"))
        assertExit(md, 0)
        XCTAssertTrue(md.out.hasPrefix("# "), md.out)
        XCTAssertTrue(md.out.contains("- **Source:** `seed-letterhead.pdf`"), md.out)
        if !json.signatories.isEmpty { XCTAssertTrue(md.out.contains("## Signatories"), md.out) }

        // Into a folder: NAME.md and NAME.txt.
        let out = temp.appendingPathComponent("out")
        for format in ["md", "text"] {
            let run = try letters("extract", "--format", format, sample("seed-letterhead.pdf"), sample("seed-memo.pdf"), "-o", out.path)
            assertExit(run, 0)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(),
                       ["seed-letterhead.md", "seed-letterhead.txt", "seed-memo.md", "seed-memo.txt"])
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("seed-letterhead.txt")), text.stdout)
    }

    func testTEIOfSeveralFilesNeedsAFolder() throws {
        let run = try letters("extract", "--format", "tei", sample("seed-word.pdf"), sample("seed-memo.pdf"))
        XCTAssertEqual(run.status, 64, run.err)
        XCTAssertTrue(run.err.contains("--output"), run.err)
    }

    /// `extract notes.md --format md -o .` would replace the letter with its rendering.
    func testAnOutputThatIsTheInputIsRefused() throws {
        let letter = temp.appendingPathComponent("letter.txt")
        let original = try Data(contentsOf: URL(fileURLWithPath: sample("open-letter-ogp-solidarity-2017.txt")))
        try original.write(to: letter)
        let run = try letters("extract", "--format", "text", "letter.txt", "-o", ".")
        assertExit(run, 1)
        XCTAssertTrue(run.err.contains("is the input itself"), run.err)
        XCTAssertEqual(try Data(contentsOf: letter), original)
    }

    // MARK: -q and -v

    func testQuietAndVerbose() throws {
        let out = temp.appendingPathComponent("out")
        let verbose = try letters("extract", "-v", sample("seed-word.pdf"), sample("seed-memo.pdf"), "-o", out.path)
        assertExit(verbose, 0)
        XCTAssertEqual(verbose.errLines.count, 2, verbose.err)
        XCTAssertTrue(verbose.errLines[0].hasPrefix("letters: \(sample("seed-word.pdf")): "), verbose.err)
        XCTAssertTrue(verbose.errLines[0].contains(" s, 3 pages, "), verbose.err)
        XCTAssertTrue(verbose.errLines[0].hasSuffix("-> \(out.path)/seed-word.json"), verbose.err)

        let quiet = try letters("extract", "-q", sample("seed-word.pdf"), fixture("truncated.pdf"), "-o", out.path)
        assertExit(quiet, 1)
        XCTAssertEqual(quiet.errLines.count, 1, "errors are still said: \(quiet.err)")
        XCTAssertTrue(quiet.err.hasPrefix("letters: \(fixture("truncated.pdf")): damaged"), quiet.err)

        let both = try letters("extract", "-q", "-v", sample("seed-word.pdf"))
        XCTAssertEqual(both.status, 64, both.err)

        // Every command takes them.
        for arguments in [["schema", "-q"], ["diff", "-q", sample("seed-memo.pdf"), sample("seed-memo.pdf")],
                          ["inspect", "-v", sample("seed-memo.pdf")], ["archive", "stats", "-q", "--db", temp.appendingPathComponent("none.sqlite").path]] {
            let run = try letters(arguments: arguments)
            XCTAssertNotEqual(run.status, 64, "\(arguments): \(run.err)")
            XCTAssertFalse(run.err.contains("Unknown option"), "\(arguments): \(run.err)")
        }
        // diff -q: the status says it, nothing is printed.
        let other = temp.appendingPathComponent("other.txt")
        try Data("Dear Minister,\n\nWe write about something else entirely.\n\nYours,\n\nJane Doe\n".utf8).write(to: other)
        let diff = try letters("diff", "-q", sample("seed-memo.pdf"), other.path)
        assertExit(diff, 1)
        XCTAssertEqual(diff.out, "")
    }
}
