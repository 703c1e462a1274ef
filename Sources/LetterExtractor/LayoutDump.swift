import Foundation
import Layout
import LetterParser
import PDFText

extension LetterExtractor {
    /// A readable dump of the layout stage's blocks and notes, for diagnosing extraction:
    /// one line per text line, blocks separated, with page, font size, flags and markers.
    public static func layoutDump(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> String {
        let (data, name) = try read(path: path)
        // The same way to the layout stage as extraction, OCR included, so a scan can be inspected.
        let (laidOut, _) = try layout(data: data, name: name, format: .pdf, options: options, displayPath: path)
        var out = ""
        func describe(_ block: Block, _ tag: String) {
            let box = block.box.map { String(format: "%.0f,%.0f-%.0f,%.0f", $0.x0, $0.y0, $0.x1, $0.y1) } ?? "-"
            out += "[\(tag) p\(block.page ?? 0) \(box) size=\(String(format: "%.1f", block.fontSize)) \(block.alignment.rawValue)"
            out += (block.hint.map { " \($0.rawValue)" } ?? "") + (block.isBold ? " bold" : "") + "]\n"
            for line in block.lines {
                let marks = line.markers.map { "^\($0.label)@\($0.offset)" }.joined(separator: " ")
                out += "    \(line.text)\(marks.isEmpty ? "" : "   {\(marks)}")\(line.keepsTrailingHyphen ? " (keep-)" : "")\n"
            }
        }
        for block in laidOut.blocks { describe(block, "block") }
        for note in laidOut.footnoteBlocks { describe(note, "note") }
        for link in laidOut.links { out += "[link p\(link.page ?? 0)] \(link.text) -> \(link.uri)\n" }
        return out
    }
}

extension LetterExtractor {
    /// A readable table of how the segmenter labelled each block of a letter (any format):
    /// label, score, margin over the best other part, the probability of that part over every
    /// labelling in the letter's order, the evidence that decided it, and the block's opening words. What `letters inspect --labels` prints.
    public static func labelDump(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> String {
        let (data, name) = try read(path: path)
        let format = SourceFormat.detect(name: name, data: data)
        let (laidOut, _) = try layout(data: data, name: name, format: format, options: options, displayPath: path)
        var out = ""
        for (i, block) in LetterSegmenter().labels(laidOut).enumerated() {
            let flat = block.text.split(whereSeparator: \.isNewline).joined(separator: " / ")
            let shown = flat.count > 72 ? String(flat.prefix(71)) + "…" : flat
            let page = block.page.map { "p\($0)" } ?? "  "
            let label = block.label.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
            out += String(format: "%3d ", i) + page + " " + label + String(format: " %6.1f %+6.1f %4.2f  ", block.score, block.margin, block.probability)
            out += shown + "\n"
            if !block.evidence.isEmpty { out += "        " + block.evidence.joined(separator: " ") + "\n" }
        }
        return out
    }
}

extension LetterExtractor {
    /// The segmenter's evidence for every block and part, as JSON Lines (see
    /// `LetterSegmenter.partFeatures`): what the weight-fitting script reads.
    public static func featureDump(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> String {
        let (data, name) = try read(path: path)
        let format = SourceFormat.detect(name: name, data: data)
        let (laidOut, _) = try layout(data: data, name: name, format: format, options: options, displayPath: path)
        return LetterSegmenter().partFeatures(laidOut)
    }
}
