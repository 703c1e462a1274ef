import Foundation
import LetterExtractor
import LetterModel
@_exported import TestSupport
import XCTest

let repoRoot = repositoryRoot
func sample(_ name: String) -> String { repoRoot.appendingPathComponent("samples/\(name)").path }

/// The OGP solidarity letter as the extractor reads it: the real letter every pair is made from.
func sampleLetter(file: StaticString = #filePath, line: UInt = #line) throws -> Letter {
    try LetterExtractor.extract(path: sample("open-letter-ogp-solidarity-2017.txt"))
}

typealias Run = ProgramResult

/// A fresh temporary folder per test, removed afterwards.
class TempDirTestCase: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("letters-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let temp { try? FileManager.default.removeItem(at: temp) }
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = temp.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func write(_ letter: Letter, _ name: String) throws -> String {
        let url = temp.appendingPathComponent(name)
        try CanonicalJSON.encode(letter).write(to: url)
        return url.path
    }
}

/// The sample letter's text re-typeset: lines re-wrapped at about 60 columns, straight quotes
/// for curly ones, `--` for en dashes, doubled spaces. Its content is the same letter.
func retypeset(_ text: String) -> String {
    let swapped = text
        .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        .replacingOccurrences(of: "\u{2018}", with: "'").replacingOccurrences(of: "\u{2019}", with: "'")
        .replacingOccurrences(of: "\u{2013}", with: "--")
    var lines: [String] = []
    for line in swapped.components(separatedBy: "\n") {
        // Only long prose lines: lists, notes and URLs keep their lines.
        guard line.count > 80, !line.hasPrefix("- "), !line.contains("http"), let first = line.unicodeScalars.first,
              !(0x2070...0x209F).contains(first.value), !"¹²³".unicodeScalars.contains(first) else {
            lines.append(line)
            continue
        }
        var current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty, current.count + word.count > 60 { lines.append(current); current = "" }
            current += current.isEmpty ? String(word) : "  " + word
        }
        if !current.isEmpty { lines.append(current) }
    }
    return lines.joined(separator: "\n")
}
