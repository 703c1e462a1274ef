// Calls to action on gold bodies: feeds each gold letter's body blocks to
// `CallsToAction.find(in:)` and writes the calls found, one JSON object per letter, so that
// scripts/score-calls.py scores them exactly as the corpus scorer does. This isolates call
// detection from segmentation.
//
//   CallsBenchmark GOLD_DIR OUT.json
import Foundation
#if canImport(LetterParser)
import LetterModel
import LetterParser
#endif

let arguments = CommandLine.arguments
let goldDir = arguments.count > 1 ? arguments[1] : "../shared/corpus"
let outPath = arguments.count > 2 ? arguments[2] : "/dev/stdout"

let files = (try FileManager.default.contentsOfDirectory(atPath: goldDir))
    .filter { $0.hasSuffix(".gold.json") }.sorted()
var result: [String: Any] = [:]
var bodies: [(String, [BodyBlock])] = []
for file in files {
    let data = try Data(contentsOf: URL(fileURLWithPath: goldDir + "/" + file))
    guard let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
    let body: [BodyBlock] = (gold["body"] as? [[String: Any]] ?? []).compactMap { b in
        guard let text = b["text"] as? String else { return nil }
        let kind = BodyBlock.Kind(rawValue: b["kind"] as? String ?? "paragraph") ?? .paragraph
        return BodyBlock(kind: kind, text: text)
    }
    bodies.append((String(file.dropLast(".gold.json".count)), body))
}
// The time of one pass over all bodies, the best of five (the machine is shared).
var seconds = Double.infinity
for _ in 0..<5 {
    let start = Date()
    for (_, body) in bodies { _ = CallsToAction.find(in: body) }
    seconds = min(seconds, Date().timeIntervalSince(start))
}
for (name, body) in bodies {
    let calls = CallsToAction.find(in: body)
    result[name] = calls.map { c -> [String: Any] in
        ["text": c.text, "target": c.target ?? NSNull(), "body_index": c.bodyIndex]
    }
}
let out = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
try out.write(to: URL(fileURLWithPath: outPath))
FileHandle.standardError.write("\(files.count) letters, find(in:) took \(String(format: "%.1f", seconds * 1000)) ms (best of 5)\n".data(using: .utf8)!)
