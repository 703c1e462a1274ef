import Foundation
import LetterModel
import XCTest

/// `letters diff` as a user runs it: exit codes like diff(1), errors on one line, colour only
/// on a terminal.
final class DiffCLITests: TempDirTestCase {
    private func letters(_ arguments: String...) throws -> Run {
        try runProgram(try lettersBinary(), arguments, in: temp)
    }

    private func revisionFiles() throws -> (old: String, new: String) {
        let old = try sampleLetter()
        return (try write(old, "v1.json"), try write(Revision.apply(to: old), "v2.json"))
    }

    func testSameLetterExitsZero() throws {
        let txt = sample("open-letter-ogp-solidarity-2017.txt")
        let run = try letters("diff", txt, txt)
        XCTAssertEqual(run.reason, .exit)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.out.contains("No changes in content"), run.out)
        XCTAssertEqual(run.err, "")
    }

    func testTextAgainstExtractedJSONAndPDFExitsZero() throws {
        let txt = sample("open-letter-ogp-solidarity-2017.txt")
        let json = try write(try sampleLetter(), "extracted.json")
        XCTAssertEqual(try letters("diff", txt, json).status, 0)
        XCTAssertEqual(try letters("diff", sample("seed-word.pdf"), txt).status, 0)
    }

    func testRevisionExitsOneWithEverySection() throws {
        let (old, new) = try revisionFiles()
        let run = try letters("diff", old, new)
        XCTAssertEqual(run.reason, .exit)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertEqual(run.err, "")
        for heading in ["\nMetadata\n", "\nSignatories: 9 → 9\n", "\nCalls to action: 7 → 7\n", "\nFootnotes: 8 → 8\n", "\nBody: 26 → 27 paragraphs, 24 unchanged\n"] {
            XCTAssertTrue(run.out.contains(heading), "missing \(heading) in\n\(run.out)")
        }
        XCTAssertFalse(run.out.contains("\u{1B}"), "piped output has no colour")
    }

    func testJSONAndHTMLOutputs() throws {
        let (old, new) = try revisionFiles()
        let json = try letters("diff", "--json", old, new)
        XCTAssertEqual(json.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        XCTAssertEqual(object["identical"] as? Bool, false)
        XCTAssertEqual((object["new"] as? [String: Any])?["label"] as? String, new)

        let html = try letters("diff", "--html", old, new)
        XCTAssertEqual(html.status, 1)
        XCTAssertTrue(html.out.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.out.contains("<ins>Right2Know Campaign</ins>"))

        let both = try letters("diff", "--json", "--html", old, new)
        XCTAssertNotEqual(both.status, 0)
        XCTAssertNotEqual(both.status, 1, "a usage error is not 'different'")
        XCTAssertEqual(both.out, "")
    }

    /// Exit 1 when only an annex, a link or a block kind differs; 0 for the same letter.
    func testAnnexLinkOrKindAloneExitsOne() throws {
        let old = BackMatter.apply(to: try sampleLetter())
        let v1 = try write(old, "v1.json")
        XCTAssertEqual(try letters("diff", v1, try write(old, "copy.json")).status, 0)
        var heading = old
        heading.body[try XCTUnwrap(BackMatter.alarmedParagraph(in: old))].kind = .heading
        for (name, new) in [("annex", BackMatter.editAnnexes(old)), ("link", BackMatter.editLinks(old)), ("kind", heading)] {
            let run = try letters("diff", "--json", v1, try write(new, "\(name).json"))
            XCTAssertEqual(run.status, 1, "\(name): \(run.err)")
            XCTAssertEqual((try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])?["identical"] as? Bool, false, name)
        }
    }

    func testUnreadableInputExitsTwoWithOneLine() throws {
        let txt = sample("open-letter-ogp-solidarity-2017.txt")
        let missing = temp.appendingPathComponent("missing.txt").path
        let run = try letters("diff", txt, missing)
        XCTAssertEqual(run.reason, .exit)
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.err, "letters: \(missing): no such file\n")
        XCTAssertEqual(run.out, "")

        let broken = try write("{\"schema_version\": ", "broken.json")
        let bad = try letters("diff", broken, txt)
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.err, "letters: \(broken): not valid JSON\n")

        let notLetter = try write("{\"hello\": 1}", "other.json")
        XCTAssertEqual(try letters("diff", txt, notLetter).err, "letters: \(notLetter): not a letter JSON: no schema_version (as written by `letters extract`)\n")
    }

    /// Valid JSON that is not a letter, or a letter of another schema version, is named for
    /// what it is rather than "not valid JSON" or taken as an empty letter.
    func testJSONThatIsNotALetterIsSaidPrecisely() throws {
        let txt = sample("open-letter-ogp-solidarity-2017.txt")
        let letter = String(decoding: try CanonicalJSON.encode(try sampleLetter()), as: UTF8.self)
        let cases: [(String, String)] = [
            ("[1, 2]", "not a letter JSON: the top level is a list, not an object (as written by `letters extract`)"),
            (letter.replacingOccurrences(of: "\"schema_version\": \"\(Letter.schemaVersion)\"", with: "\"schema_version\": \"99\""),
             "letter schema version 99 is not supported (this version of letters reads 1.x and 2.x)"),
            (letter.replacingOccurrences(of: "\"body\": [", with: "\"body\": null, \"x\": ["), "not a letter JSON: body is null, not a list"),
            (letter.replacingOccurrences(of: "\"format\": \"text\"", with: "\"format\": \"docx\""), "not a letter JSON: source.format: Cannot initialize Format from invalid String value docx"),
        ]
        for (n, (json, reason)) in cases.enumerated() {
            let path = try write(json, "case-\(n).json")
            let run = try letters("diff", txt, path)
            XCTAssertEqual(run.status, 2, run.err)
            XCTAssertEqual(run.err, "letters: \(path): \(reason)\n")
        }
    }

    /// On a terminal (a pseudo-terminal from script(1)) the report is coloured unless
    /// --no-color is given or NO_COLOR is set. Skipped where script(1) is missing.
    func testNoColorOnATerminal() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { throw XCTSkip("no script(1) for a pseudo-terminal") }
        let (old, new) = try revisionFiles()
        let binary = try lettersBinary().path
        // The environment is set explicitly: test runners may export NO_COLOR themselves.
        func onTerminal(_ extra: String, noColorVariable: Bool = false) throws -> Run {
            let env = noColorVariable ? "env NO_COLOR=1" : "env -u NO_COLOR"
            return try runProgram(script, ["-qec", "\(env) '\(binary)' diff \(extra) '\(old)' '\(new)'", "/dev/null"], in: temp)
        }
        let coloured = try onTerminal("")
        XCTAssertEqual(coloured.status, 1, coloured.err)
        XCTAssertTrue(coloured.out.contains("\u{1B}[9;31mdetailed\u{1B}[0m"), coloured.out)
        for plain in [try onTerminal("--no-color"), try onTerminal("", noColorVariable: true)] {
            XCTAssertEqual(plain.status, 1, plain.err)
            XCTAssertTrue(plain.out.contains("[-detailed-]"), plain.out)
            XCTAssertFalse(plain.out.contains("\u{1B}"), plain.out)
        }
    }
}
