import Layout
import LetterModel
import Geometry

/// Finds the lines a field's text was read from, for its page and box.
///
/// The builders change what they read (labels removed, lines joined, hyphens dropped), so a
/// field is found again by its letters and digits alone, lower-cased: "To: Ms Jane Doe," and
/// "Ms Jane Doe" share the key "msjanedoe". One search over the keys of all lines in order;
/// fields that come in order (signatories, calls) search on from where the last one was found,
/// so a list of a thousand names costs one pass, not a thousand.
struct FieldLocator {
    private let lines: [Line]
    /// Each line's key characters, concatenated.
    private let keys: [Unicode.Scalar]
    /// For each key character, the line it came from.
    private let lineOf: [Int]
    /// For each block, where its keys start (one more entry: the end).
    private let blockStarts: [Int]
    /// For each line, the index of its block.
    private let blockOfLine: [Int]
    /// Where the next in-order search starts.
    private(set) var cursor = 0
    /// The block where the last successful search found its text's first line.
    private(set) var lastBlock: Int? = nil

    init(blocks: [Block]) {
        var lines: [Line] = [], keys: [Unicode.Scalar] = [], lineOf: [Int] = [], starts: [Int] = [], blockOfLine: [Int] = []
        let bytes = blocks.reduce(0) { sum, block in block.lines.reduce(sum) { $0 + $1.text.utf8.count } }
        keys.reserveCapacity(bytes)
        lineOf.reserveCapacity(bytes)
        for (b, block) in blocks.enumerated() {
            starts.append(keys.count)
            for line in block.lines {
                blockOfLine.append(b)
                let before = keys.count
                Self.appendKey(of: line.text, to: &keys)
                lineOf.append(contentsOf: repeatElement(lines.count, count: keys.count - before))
                lines.append(line)
            }
        }
        starts.append(keys.count)
        self.lines = lines
        self.keys = keys
        self.lineOf = lineOf
        self.blockStarts = starts
        self.blockOfLine = blockOfLine
    }

    /// The letters and digits of `text`, lower-cased.
    /// Scalar by scalar, ASCII by its bytes (the letters and digits there are `A`–`Z`, `a`–`z`,
    /// `0`–`9`): `lowercased()` is each scalar's `lowercaseMapping` in turn, so this is
    /// ``slowKey(_:)``, which looked up two Unicode properties of every character.
    static func key(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        appendKey(of: text, to: &out)
        return out
    }

    /// ``key(_:)`` appended to `out`, so that the keys of a document's lines go into one array
    /// without an array per line. Read from the text's UTF-8 bytes: ASCII as bytes, any other
    /// scalar decoded from its bytes and lower-cased by its `lowercaseMapping`.
    static func appendKey(of text: String, to out: inout [Unicode.Scalar]) {
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                        out.append(Unicode.Scalar(b))
                    } else if b >= 0x41 && b <= 0x5A {
                        out.append(Unicode.Scalar(b + 0x20))
                    }
                    i += 1
                    continue
                }
                // A lead byte of valid UTF-8 (a String's bytes are): two, three or four bytes.
                let value: UInt32, length: Int
                if b < 0xE0 {
                    value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    length = 2
                } else if b < 0xF0 {
                    value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    length = 3
                } else {
                    value = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    length = 4
                }
                i += length
                guard let scalar = Unicode.Scalar(value) else { continue }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars
                where lower.properties.isAlphabetic || lower.properties.numericType != nil {
                    out.append(lower)
                }
            }
        }
    }

    /// What ``key(_:)`` computes, as it was written first (the tests compare the two).
    static func slowKey(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in text.lowercased().unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            out.append(scalar)
        }
        return out
    }

    /// The lines holding `text` within `blocks` (all blocks when `nil`): the first occurrence at
    /// or after the cursor when `inOrder`, else the first one. `nil` when the text has no
    /// letters or digits or is not there.
    mutating func lines(of text: String, blocks: Range<Int>? = nil, inOrder: Bool = false) -> [Line]? {
        lastBlock = nil
        let needle = Self.key(text)
        guard !needle.isEmpty else { return nil }
        let lower = blocks.map { blockStarts[min($0.lowerBound, blockStarts.count - 1)] } ?? 0
        let upper = blocks.map { blockStarts[min($0.upperBound, blockStarts.count - 1)] } ?? keys.count
        var found = inOrder && cursor >= lower && cursor < upper ? search(needle, from: cursor, to: upper) : nil
        if found == nil { found = search(needle, from: lower, to: upper) }
        guard let start = found else { return nil }
        let end = start + needle.count
        if inOrder { cursor = end }
        lastBlock = blockOfLine[lineOf[start]]
        return Array(lines[lineOf[start]...lineOf[end - 1]])
    }

    private func search(_ needle: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        guard to - from >= needle.count, let first = needle.first else { return nil }
        var i = from
        let last = to - needle.count
        while i <= last {
            if keys[i] == first {
                var j = 1
                while j < needle.count && keys[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The page and box of `lines`: the page of the first, the union of those on that page.
    static func origin(_ lines: [Line]?, confidence: Double) -> FieldOrigin {
        guard let lines, let page = lines.first?.page else { return FieldOrigin(confidence: confidence) }
        let box = Rect.union(of: lines.filter { $0.page == page }.compactMap(\.box))
        return FieldOrigin(page: page, bbox: box.map { BoundingBox(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) },
                           confidence: confidence)
    }

    /// The origin of a block as a whole (the salutation, the closing, a footnote).
    static func origin(_ block: Block, confidence: Double) -> FieldOrigin {
        origin(block.lines, confidence: confidence)
    }
}
