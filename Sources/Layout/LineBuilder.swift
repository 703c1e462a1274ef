import PDFText

/// A line under construction: its words (markers still in), on one page.
///
/// What the later stages read about the line again and again (box, font size, text, character
/// counts) is stored, measured once whenever the words change.
struct RawLine: Sendable {
    var words: [Word] { didSet { measure() } }
    var page: Int
    private(set) var box: Rect
    /// Font size that most of the line's characters use.
    private(set) var fontSize: Double
    /// The words' text joined with single spaces.
    private(set) var plainText: String
    /// Characters in the words, and how many of them are set in bold.
    private(set) var charCount: Int
    private(set) var boldCharCount: Int

    init(words: [Word], page: Int) {
        self.words = words
        self.page = page
        self.box = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        self.fontSize = 0
        self.plainText = ""
        self.charCount = 0
        self.boldCharCount = 0
        measure()
    }

    private mutating func measure() {
        var box: Rect? = nil
        // Characters per font size (rounded to half points); a line has only a few sizes.
        var weights: [(size: Double, chars: Int)] = []
        var length = words.count
        for word in words { length += word.text.utf8.count }
        var text = UTF8Builder(capacity: length)
        var chars = 0, bold = 0
        for (i, word) in words.enumerated() {
            box = box?.union(word.box) ?? word.box
            let count = word.text.characterCount
            let size = (word.font.size * 2).rounded() / 2
            if let k = weights.firstIndex(where: { $0.size == size }) { weights[k].chars += count } else { weights.append((size, count)) }
            chars += count
            if word.font.isBold { bold += count }
            if i > 0 { text.appendSpace() }
            text.append(word.text)
        }
        self.box = box ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        fontSize = weights.max { a, b in a.chars == b.chars ? a.size < b.size : a.chars < b.chars }?.size ?? 0
        plainText = text.string
        charCount = chars
        boldCharCount = bold
    }
}

/// Groups a page's words into lines: rows of vertically overlapping words, split where a wide
/// horizontal gap shows separate columns.
struct LineBuilder {
    var parameters: LayoutParameters

    ///
    /// Rows are built as indices into the page's words and each row's words copied out once,
    /// in order: a Word holds two Strings, and every copy retains and releases both. Sorting
    /// indices by the words' keys gives the order sorting the words gives.
    func lines(of page: PageText) -> [RawLine] {
        let all = page.words
        let visible = all.indices.filter { all[$0].box.width >= 0 && all[$0].box.height > 0 && !Self.isInvisible(all[$0].text) }
        // Rows: sweep by top edge; a word joins the row whose core it overlaps enough.
        var rows: [[Int]] = []
        var rowBoxes: [Rect] = []
        let sorted = visible.sorted { (all[$0].box.midY, all[$0].box.x0) < (all[$1].box.midY, all[$1].box.x0) }
        for w in sorted {
            let box = all[w].box
            var placed = false
            // Only recent rows can overlap a word sorted this far down.
            for r in stride(from: rows.count - 1, through: max(0, rows.count - 4), by: -1) {
                let rowBox = rowBoxes[r]
                let overlap = box.verticalOverlap(rowBox)
                if overlap >= parameters.lineOverlap * min(box.height, rowBox.height) && !collides(box, rows[r], in: all) {
                    rows[r].append(w)
                    rowBoxes[r] = rowBoxes[r].union(box)
                    placed = true
                    break
                }
            }
            if !placed {
                rows.append([w])
                rowBoxes.append(box)
            }
        }
        // Where each row would split into column segments.
        let ordered = rows.map { $0.sorted { all[$0].box.x0 < all[$1].box.x0 } }
            .sorted { ($0.first.map { all[$0].box.midY } ?? 0) < ($1.first.map { all[$0].box.midY } ?? 0) }
            .map { $0.map { all[$0] } }
        let splits = ordered.map(columnSplits)
        var result: [RawLine] = []
        for (r, row) in ordered.enumerated() {
            // A line stretched to full width (a justified last line, a spaced-out footnote) has
            // several wide gaps of one width between single words, in a paragraph whose other
            // lines do not split; a list in columns splits on its neighbouring rows too.
            let wide = splits[r].map(\.gap)
            let neighboursSplit = [r - 1, r + 1].contains { $0 >= 0 && $0 < ordered.count && !splits[$0].isEmpty }
            let stretched = wide.count >= 3 && (wide.max() ?? 0) <= 1.6 * (wide.min() ?? 0)
                && Double(row.count) < 2 * Double(wide.count + 1) && !neighboursSplit
            // Segments between the cuts (indices of the words after gaps, ascending, none 0).
            var start = 0
            if !stretched {
                for cut in splits[r] where cut.index > start {
                    result.append(RawLine(words: Array(row[start..<cut.index]), page: page.number))
                    start = cut.index
                }
            }
            if start < row.count { result.append(RawLine(words: start == 0 ? row : Array(row[start...]), page: page.number)) }
        }
        return result.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
    }

    /// ``lines(of:)`` as it was: rows of copied words, segments built word by word. What the
    /// tests compare it with.
    func referenceLines(of page: PageText) -> [RawLine] {
        let words = page.words.filter { $0.box.width >= 0 && $0.box.height > 0 && !Self.isInvisible($0.text) }
        var rows: [[Word]] = []
        var rowBoxes: [Rect] = []
        let sorted = words.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        for word in sorted {
            var placed = false
            for r in stride(from: rows.count - 1, through: max(0, rows.count - 4), by: -1) {
                let rowBox = rowBoxes[r]
                let overlap = word.box.verticalOverlap(rowBox)
                if overlap >= parameters.lineOverlap * min(word.box.height, rowBox.height)
                    && !rows[r].contains(where: { $0.box.horizontalOverlap(word.box) > 0.5 * min($0.box.width, word.box.width) }) {
                    rows[r].append(word)
                    rowBoxes[r] = rowBoxes[r].union(word.box)
                    placed = true
                    break
                }
            }
            if !placed {
                rows.append([word])
                rowBoxes.append(word.box)
            }
        }
        let ordered = rows.map { $0.sorted { $0.box.x0 < $1.box.x0 } }.sorted { ($0.first?.box.midY ?? 0) < ($1.first?.box.midY ?? 0) }
        let splits = ordered.map(columnSplits)
        var result: [RawLine] = []
        for (r, row) in ordered.enumerated() {
            let wide = splits[r].map(\.gap)
            let neighboursSplit = [r - 1, r + 1].contains { $0 >= 0 && $0 < ordered.count && !splits[$0].isEmpty }
            let stretched = wide.count >= 3 && (wide.max() ?? 0) <= 1.6 * (wide.min() ?? 0)
                && Double(row.count) < 2 * Double(wide.count + 1) && !neighboursSplit
            let cuts = stretched ? [] : Set(splits[r].map(\.index))
            var segment: [Word] = []
            for (k, word) in row.enumerated() {
                if cuts.contains(k), !segment.isEmpty {
                    result.append(RawLine(words: segment, page: page.number))
                    segment = []
                }
                segment.append(word)
            }
            if !segment.isEmpty { result.append(RawLine(words: segment, page: page.number)) }
        }
        return result.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
    }

    /// The positions in a row (sorted left to right) where a column gap opens: wide in em and
    /// wide against the row's own word spacing, so that a justified line's stretched spaces do
    /// not split it. Each split is the index of the word after the gap, and the gap's width.
    ///
    /// A row none of whose gaps passes the column gap at its smallest font size has no split
    /// whatever the median size and usual spacing: that is read in one pass, without the arrays
    /// and sorts of ``referenceColumnSplits(_:)``, which the rest is.
    func columnSplits(_ row: [Word]) -> [(index: Int, gap: Double)] {
        guard row.count >= 2 else { return [] }
        var smallest = Double.infinity
        var nanSize = false
        for word in row {
            let size = word.font.size
            if size.isNaN { nanSize = true }
            if size < smallest { smallest = size }
        }
        if !nanSize, parameters.columnGap > 0 {
            // The median size is at least the smallest, so the bound below is at most the one
            // every split must pass.
            let bound = parameters.columnGap * max(smallest, 1)
            var reach = row[0].box.x1
            var wide = false
            for k in 1..<row.count {
                if row[k].box.x0 - reach > bound { wide = true; break }
                reach = max(reach, row[k].box.x1)
            }
            if !wide { return [] }
        }
        return referenceColumnSplits(row)
    }

    /// The splits worked out in full: the median size, every gap, their lower quartile.
    func referenceColumnSplits(_ row: [Word]) -> [(index: Int, gap: Double)] {
        let size = median(row.map(\.font.size)) ?? 10
        // Measured from the rightmost edge so far, not the previous word's: an invisible
        // zero-width word (a link anchor, U+200B) sorted in among the others must not open a gap.
        var reach = row.first?.box.x1 ?? 0
        let gaps = row.indices.dropFirst().map { k -> Double in
            defer { reach = max(reach, row[k].box.x1) }
            return row[k].box.x0 - reach
        }
        let positive = gaps.filter { $0 > 0 }.sorted()
        let lowerQuartile = positive.isEmpty ? 0.25 * size : positive[positive.count / 4]
        let usual = min(lowerQuartile, 0.6 * size)
        return gaps.enumerated().compactMap { k, gap in
            gap > parameters.columnGap * max(size, 1) && gap > 3 * usual ? (k + 1, gap) : nil
        }
    }

    /// A word with nothing to show: only spaces and format characters (U+200B zero-width
    /// space, joiners, U+FEFF), which PDF writers leave around links. Kept, it would add a
    /// space to the line's text and a box to its geometry.
    static func isInvisible(_ text: String) -> Bool {
        // Nearly every word starts with a visible ASCII character: no property lookups for it.
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory == .format }
    }

    /// A word that overlaps a word already in the row horizontally belongs to another line
    /// (tight leading can make two lines' boxes touch).
    private func collides(_ box: Rect, _ row: [Int], in words: [Word]) -> Bool {
        row.contains { words[$0].box.horizontalOverlap(box) > 0.5 * min(words[$0].box.width, box.width) }
    }
}

func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted()
    return s[s.count / 2]
}
