import Foundation
import Layout
import LetterExtractor
import LetterModel
import LetterParser
import PDFText

// Per-stage cost of extraction, in one process (scripts/bench-stages.sh runs this).
//
// usage: ExtractBenchmark [-n RUNS] [--check DIR] FILE...
//
// Times each stage of the PDF pipeline (SHA-256 of the bytes, Poppler text, layout, segmentation,
// canonical JSON) over FILEs, RUNS times (default 3, the best run of each stage is kept), and
// prints milliseconds per page for each. It builds without the archive's dependencies, so a
// release build for profiling (callgrind) takes a minute rather than the CLI's several.
// With --check DIR it instead compares the canonical JSON of each FILE with DIR/NAME.json (as
// `letters extract -o DIR` wrote it) and exits 1 on any difference: speed work must not change
// a byte of output. Figures are printed, never asserted.

struct Arguments {
    var runs = 3
    var check: String?
    var files: [String] = []

    init() {
        var it = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = it.next() {
            switch argument {
            case "-n": runs = max(1, Int(it.next() ?? "") ?? runs)
            case "--check": check = it.next()
            default: files.append(argument)
            }
        }
    }
}

let arguments = Arguments()
guard !arguments.files.isEmpty else {
    FileHandle.standardError.write(Data("usage: ExtractBenchmark [-n RUNS] [--check DIR] FILE...\n".utf8))
    exit(2)
}

if let reference = arguments.check {
    var differing = 0
    for path in arguments.files {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".json"
        let expected = FileManager.default.contents(atPath: (reference as NSString).appendingPathComponent(name))
        let actual: Data
        do {
            actual = try CanonicalJSON.encode(LetterExtractor.extract(path: path))
        } catch {
            print("error \(path): \(error)")
            differing += 1
            continue
        }
        if actual != expected {
            print("differs \(path)")
            differing += 1
        }
    }
    print("\(arguments.files.count - differing) of \(arguments.files.count) identical to \(reference)")
    exit(differing == 0 ? 0 : 1)
}

/// Seconds per stage for one pass over every file.
struct Pass {
    var seconds: [String: Double] = [:]

    mutating func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let d = ContinuousClock.now - start
            seconds[stage, default: 0] += Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        return try work()
    }
}

let stages = ["sha256", "poppler", "layout", "segment", "json"]
let inputs = arguments.files.compactMap { path -> (String, Data)? in
    guard let data = FileManager.default.contents(atPath: path) else {
        print("skipped \(path): cannot read")
        return nil
    }
    return ((path as NSString).lastPathComponent, data)
}
var best: [String: Double] = [:]
var pages = 0
for _ in 0..<arguments.runs {
    var pass = Pass()
    pages = 0
    for (name, data) in inputs {
        let digest = pass.time("sha256") { SHA256.hex(data) }
        guard let document = try? pass.time("poppler", { try PDFTextReader.read(data: data, name: name) }) else {
            print("skipped \(name): not a readable PDF")
            continue
        }
        pages += document.info.pageCount
        let laidOut = pass.time("layout") { LayoutAnalyzer().analyze(document) }
        let source = Source(file: name, sha256: digest, format: .pdf, pages: document.info.pageCount)
        let letter = pass.time("segment") { LetterSegmenter().segment(laidOut, source: source) }
        _ = try pass.time("json") { try CanonicalJSON.encode(letter) }
    }
    for stage in stages { best[stage] = min(best[stage] ?? .infinity, pass.seconds[stage] ?? 0) }
}
guard pages > 0 else { print("no pages"); exit(1) }
print("\(inputs.count) files, \(pages) pages, best of \(arguments.runs) runs")
var total = 0.0
for stage in stages {
    let seconds = best[stage] ?? 0
    total += seconds
    print(stage.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: " %7.3f ms/page", seconds * 1000 / Double(pages)))
}
print("total   " + String(format: " %7.3f ms/page (%.0f pages/s)", total * 1000 / Double(pages), Double(pages) / total))
