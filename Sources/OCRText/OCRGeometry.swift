import PDFText

/// Turns Tesseract's pixel boxes into ``Word`` values shaped like Poppler's.
///
/// Poppler's word box spans the font's whole line height (ascender to descender) whatever the
/// letters, and its font size is the size set in the PDF. Tesseract's box is the ink of the
/// word. So the font size is estimated per line from how far letters rise above the baseline,
/// snapped to the page's usual size when close to it (a scan's line heights jitter by a pixel or
/// two, which the layout stage would read as a change of font), and each word's box is rebuilt
/// from its baseline with Poppler's proportions.
enum OCRGeometry {
    /// One recognised character (or ligature) and its ink box, in pixels.
    struct Symbol: Equatable {
        var text: String
        var left: Double
        var top: Double
        var right: Double
        var bottom: Double
    }

    /// A word as Tesseract gives it, in pixels (origin top left, y down).
    struct RawWord: Equatable {
        var symbols: [Symbol]
        var left: Double
        var top: Double
        var right: Double
        var bottom: Double
        var baseline: Double
        var confidence: Double
        /// The baseline's slope (dy/dx) where Tesseract measured it on a long enough word.
        var slope: Double? = nil

        var text: String { symbols.map(\.text).joined() }

        /// A word of plain text in code (tests): one symbol spanning the whole box.
        init(text: String, left: Double, top: Double, right: Double, bottom: Double, baseline: Double, confidence: Double) {
            self.init(symbols: [Symbol(text: text, left: left, top: top, right: right, bottom: bottom)],
                      left: left, top: top, right: right, bottom: bottom, baseline: baseline, confidence: confidence)
        }

        init(symbols: [Symbol], left: Double, top: Double, right: Double, bottom: Double, baseline: Double, confidence: Double) {
            self.symbols = symbols
            self.left = left
            self.top = top
            self.right = right
            self.bottom = bottom
            self.baseline = baseline
            self.confidence = confidence
        }
    }

    /// Height of capitals and ascenders above the baseline, as a share of the font size.
    static let ascenderShare = 0.70
    /// Height of lower-case letters without ascenders (x-height), as a share of the font size.
    static let xHeightShare = 0.47
    /// Where Poppler's glyph box starts above the baseline and ends below it, in font sizes.
    static let boxAscent = 0.89
    static let boxDescent = 0.22
    /// Lines within this ratio of the page's median size take the median size.
    static let snapRatio = 0.07
    /// A digit whose ink ends this far above the baseline (in font sizes) is a raised marker.
    static let markerRaise = 0.2
    /// The size given to a raised marker, as a share of its line's size (a typical superscript).
    static let markerSize = 0.6
    /// A line of one or two words measures by its characters when it has at least this many.
    static let minCharactersToMeasure = 12
    /// What Tesseract makes of a printed bullet when it stands alone at the start of a line.
    static let bulletLookalikes: Set<String> = ["*", "+", "¢", "«", "©", "®", "°", "·"]
    /// The name given to every OCR word's font: scans carry no font names, bold or italics.
    static let fontName = "OCR"

    /// Words in points, font sizes estimated and snapped, in Tesseract's reading order.
    static func words(lines rawLines: [[RawWord]], scale: Double) -> [Word] {
        guard scale > 0 else { return [] }
        let lines = rawLines.map(withoutDust).flatMap(splitAtGutters).map(untangled).filter { !$0.isEmpty }
        let sizes = lines.map { lineSize($0) }
        let known = sizes.compactMap { $0 }.sorted()
        let median = known.isEmpty ? nil : known[known.count / 2]
        var words: [Word] = []
        var previous: (size: Double, bottom: Double)? = nil
        for (line, estimate) in zip(lines, sizes) {
            // A line of one letter alone is dust or a stray mark, not text.
            if line.count == 1, line[0].text.count == 1, line[0].confidence < 90 { continue }
            guard var size = estimate ?? median ?? line.map({ $0.bottom - $0.top }).max() else { continue }
            if let median, abs(size - median) <= snapRatio * median { size = median }
            // A line of one or two words measures its size badly (a long URL's box, a tilt):
            // right under a line of a close size, it is set in that size.
            if line.count <= 2, let previous, abs(size - previous.size) <= 0.4 * previous.size,
               (line.map(\.top).min() ?? 0) - previous.bottom < 1.5 * previous.size {
                size = previous.size
            }
            previous = (size, line.map(\.bottom).max() ?? 0)
            let points = size / scale
            // A size in tenths of a point, like Poppler's sizes after rounding: no false font changes.
            let font = FontStyle(name: fontName, size: (points * 10).rounded() / 10, isBold: false, isItalic: false)
            // One baseline for the line: Tesseract's per-word baselines wander by a few pixels
            // on a scan, and a short word set apart would start a row of its own.
            let baselines = line.map(\.baseline).sorted()
            let lineBaseline = baselines[baselines.count / 2]
            for (index, raw) in line.enumerated() {
                for var piece in split(raw, size: size) {
                    if !piece.isMarker, abs(piece.baseline - lineBaseline) < 0.5 * size { piece.baseline = lineBaseline }
                    let pieceSize = piece.isMarker ? points * markerSize : points
                    let pieceFont = piece.isMarker ? FontStyle(name: fontName, size: (pieceSize * 10).rounded() / 10, isBold: false, isItalic: false) : font
                    let baseline = piece.baseline / scale
                    let box = Rect(x0: piece.left / scale, y0: baseline - boxAscent * pieceSize,
                                   x1: piece.right / scale, y1: baseline + boxDescent * pieceSize)
                    var text = piece.isMarker ? piece.text : letterORestored(capitalIRestored(piece.text))
                    // A bullet read as a letter or symbol: a lone glyph opening a line, before more words.
                    if index == 0, line.count > 1, bulletLookalikes.contains(text), (raw.right - raw.left) < 0.6 * size,
                       max(raw.right - raw.left, raw.bottom - raw.top) >= bulletShare * size {
                        text = "•"
                    }
                    words.append(Word(text: text, box: box, font: pieceFont))
                }
            }
        }
        return words
    }

    /// The words turned back by the page's skew (the median slope of the words' baselines)
    /// about the page's centre, so the lines of a scan fed in a little crooked come out level, as
    /// the layout stage's rows expect. A page without a measurable slope is left as it is.
    static func deskewed(_ lines: [[RawWord]], width: Int, height: Int) -> [[RawWord]] {
        let slopes = lines.flatMap { $0.compactMap(\.slope) }.sorted()
        guard !slopes.isEmpty else { return lines }
        let slope = slopes[slopes.count / 2]
        guard abs(slope) > 1e-4, abs(slope) < 0.1 else { return lines }
        let cx = Double(width) / 2, cy = Double(height) / 2
        // A rotation by -atan(slope), to first order: x' = x + s(y - cy), y' = y - s(x - cx).
        return lines.map { line in
            line.map { word in
                var w = word
                let mid = (word.left + word.right) / 2
                let dy = -slope * (mid - cx), dx = slope * (word.baseline - cy)
                w.left += dx; w.right += dx
                // The box of a tilted word is taller than the word by its width times the slope;
                // long words (a URL) would otherwise look set in a larger font.
                let tilt = abs(slope) * (word.right - word.left) / 2
                w.top += dy + tilt; w.bottom += dy - tilt; w.baseline += dy
                w.symbols = word.symbols.map { s in
                    var t = s
                    t.left += dx; t.right += dx; t.top += dy; t.bottom += dy
                    return t
                }
                w.slope = 0
                return w
            }
        }
    }

    /// The word with a capital I that Tesseract read as `!` restored: a `!` after a capital and
    /// before another capital, or closing an acronym in brackets ("(FX!)" is "(FXI)",
    /// "F!FA" is "FIFA"). An exclamation mark ends a word; inside a run of capitals it is the
    /// letter whose stroke the scan broke.
    /// The word with a letter O that Tesseract read as the digit 0 restored: a `0` that opens
    /// a run of lower-case letters and follows no digit ("Suite 500/0pen Gov Hub" is
    /// "500/Open"). A zero among digits ("2005", "10am") stays.
    static func letterORestored(_ text: String) -> String {
        guard text.contains("0") else { return text }
        let chars = Array(text)
        var out = chars
        for i in chars.indices where chars[i] == "0" {
            let previous = i > 0 ? chars[i - 1] : nil
            guard i + 2 < chars.count, chars[i + 1].isLowercase, chars[i + 2].isLowercase,
                  previous.map({ !$0.isNumber && !$0.isLetter }) ?? true else { continue }
            out[i] = "O"
        }
        return String(out)
    }

    static func capitalIRestored(_ text: String) -> String {
        guard text.contains("!") else { return text }
        let chars = Array(text)
        var out = chars
        for i in chars.indices where chars[i] == "!" && i > 0 && chars[i - 1].isUppercase {
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            let closesAcronym = next == ")" && chars.first == "(" && chars[1..<i].allSatisfy(\.isUppercase)
            if next?.isUppercase == true || closesAcronym { out[i] = "I" }
        }
        return String(out)
    }

    /// The line without the words that are dust: ``isSpeck``, or a lone letter far from the
    /// line's other words (a mark in the margin read into the line).
    static func withoutDust(_ line: [RawWord]) -> [RawWord] {
        // A bullet opening a line is a mark, not dust; but a speck of a pixel or two read as `°`
        // is not the size of a bullet, and kept as one it made its line a list item.
        let textHeights = line.filter { $0.text.contains { $0.isLetter || $0.isNumber } }.map { $0.bottom - $0.top }.sorted()
        let textHeight = textHeights.isEmpty ? nil : textHeights[textHeights.count / 2]
        // Nor is a mark without a letter or digit smaller than a bullet anywhere else: a
        // 5-pixel speck above "(ODAC)" read as "|" ended an organisation's name.
        let kept = line.enumerated().filter { i, word in
            let bulletLike = i == 0 && line.count > 1 && (bulletLookalikes.contains(word.text) || ["•", "-", "–", "·"].contains(word.text))
            if !bulletLike && isSpeck(word) { return false }
            guard bulletLike || !word.text.contains(where: { $0.isLetter || $0.isNumber }), let textHeight else { return true }
            return max(word.right - word.left, word.bottom - word.top) >= bulletShare * textHeight
        }.map(\.1)
        let heights = kept.map { $0.bottom - $0.top }.sorted()
        guard kept.count >= 2, let typical = heights.isEmpty ? nil : heights[heights.count / 2] else { return kept }
        return kept.enumerated().filter { i, word in
            guard word.text.count == 1, !word.text.allSatisfy(\.isNumber) else { return true }
            let before = i > 0 ? word.left - kept[i - 1].right : .infinity
            let after = i + 1 < kept.count ? kept[i + 1].left - word.right : .infinity
            return min(before, after) < 3 * typical
        }.map(\.1)
    }

    /// The line cut where a gap between two words is wider than ``gutterShare`` times the
    /// line's word height: Tesseract reads a row of a multi-column list ("Black Sash",
    /// "(FXI)", "Sustainable Livelihoods") as one line across the gutters, and one baseline
    /// and one size measured over columns whose lines do not quite align put the words of one
    /// column on another's rows. Each piece is then measured as the line it is, and the layout
    /// stage sees the columns it would see in a typed PDF.
    static func splitAtGutters(_ line: [RawWord]) -> [[RawWord]] {
        let heights = line.filter { $0.text.contains { $0.isLetter || $0.isNumber } }.map { $0.bottom - $0.top }.sorted()
        guard line.count >= 2, !heights.isEmpty else { return [line] }
        let gutter = gutterShare * heights[heights.count / 2]
        var pieces: [[RawWord]] = [[line[0]]]
        for (previous, word) in zip(line, line.dropFirst()) {
            if word.left - previous.right > gutter { pieces.append([word]) } else { pieces[pieces.count - 1].append(word) }
        }
        guard pieces.count > 1 else { return pieces }
        // Tesseract fitted one baseline to the whole row; each column's words sit on their own.
        return pieces.map { piece in piece.map { word in
            var w = word
            if let ink = inkBaseline(word) { w.baseline = ink }
            return w
        } }
    }

    /// Where the word's letters stand, from their ink: the median bottom of the symbols that
    /// sit on the baseline (letters and digits without descenders). Nil when none does.
    static func inkBaseline(_ word: RawWord) -> Double? {
        let bottoms = word.symbols.filter { symbol in
            symbol.text.count == 1 && symbol.text.allSatisfy { ($0.isLetter || $0.isNumber) && !"gjpqyQ".contains($0) }
        }.map(\.bottom).sorted()
        return bottoms.isEmpty ? nil : bottoms[bottoms.count / 2]
    }

    /// The line with no word's box reaching into the next one's: Tesseract sometimes stretches
    /// a word's box over its neighbour ("co-creation" drawn to the end of the "and" after it),
    /// and the layout stage, seeing two words in one place, put them on two different lines
    /// and broke the paragraph there. A word ends where the next begins, its symbols too.
    static func untangled(_ line: [RawWord]) -> [RawWord] {
        var result = line
        for i in result.indices.dropLast() {
            let next = result[i + 1].left
            guard result[i].right > next, next > result[i].left else { continue }
            result[i].right = next - 1
            result[i].symbols = result[i].symbols.map { s in
                var t = s
                t.right = min(t.right, next - 1)
                t.left = min(t.left, t.right)
                return t
            }
        }
        return result
    }

    /// The least gap between words, in word heights, that is a gutter between columns rather
    /// than a space (a word space is about a third of a word height, a wide justified one
    /// rarely more than one; list columns stand three and more apart).
    static let gutterShare = 2.5

    /// Dust on a scan read as a word: punctuation alone, or a lone letter Tesseract doubts. Such
    /// words would sit in rows and columns as text and break lines, paragraphs and note zones.
    static func isSpeck(_ word: RawWord) -> Bool {
        let text = word.text
        let hasAlphanumeric = text.contains { $0.isLetter || $0.isNumber }
        if !hasAlphanumeric { return word.confidence < specklessConfidence || text.count == 1 && [".", ",", ":", ";", "'", "‘", "’", "_", "~", "`"].contains(text) }
        return text.count == 1 && word.confidence < 50
    }

    /// The least a bullet measures across, as a share of its line's word height (a `•` is about
    /// a third; a speck of dust at 300 dpi about a tenth).
    static let bulletShare = 0.2

    /// Punctuation read with less confidence than this, alone, is taken for dust.
    static let specklessConfidence = 80.0

    /// A part of a word: its text, its box edges and baseline, in pixels.
    struct Piece: Equatable {
        var text: String
        var left: Double
        var right: Double
        var baseline: Double
        var isMarker: Bool
    }

    /// Splits raised digits off the end (`concern¹`) or the start (`¹23 May`) of a word, so a
    /// footnote marker becomes its own small, raised word as Poppler gives it.
    static func split(_ word: RawWord, size: Double) -> [Piece] {
        let whole = [Piece(text: word.text, left: word.left, right: word.right, baseline: word.baseline, isMarker: false)]
        let symbols = word.symbols
        guard symbols.count >= 2, size > 0 else { return whole }
        func raised(_ s: Symbol) -> Bool {
            s.text.allSatisfy { $0.isASCII && $0.isNumber } && word.baseline - s.bottom >= markerRaise * size
        }
        let stop = trailingPunctuationStart(symbols)
        var end = stop
        while end > 0, raised(symbols[end - 1]) { end -= 1 }
        if end == stop { end = symbols.count }  // no marker before the punctuation: nothing to move
        var start = 0
        while start < end, raised(symbols[start]) { start += 1 }
        guard start > 0 || end < symbols.count, start < end else { return whole }
        // Punctuation after the marker stays with the word: `journalists”.` then marker `1`.
        let main = symbols[start..<end] + (end < stop ? symbols[stop...] : [])
        let markerEnd = end < stop ? stop : symbols.count
        var pieces: [Piece] = []
        func marker(_ run: ArraySlice<Symbol>) -> Piece {
            Piece(text: run.map(\.text).joined(), left: run.map(\.left).min()!, right: run.map(\.right).max()!,
                  baseline: run.map(\.bottom).max()!, isMarker: true)
        }
        if start > 0 { pieces.append(marker(symbols[0..<start])) }
        pieces.append(Piece(text: main.map(\.text).joined(), left: pieces.isEmpty ? word.left : main.map(\.left).min()!,
                            right: end < symbols.count ? main.map(\.right).max()! : word.right,
                            baseline: word.baseline, isMarker: false))
        if end < markerEnd {
            // LSTM symbol boxes are rough across a word: the marker is put just after the word,
            // where the layout stage looks for it, and only its height is taken from its box.
            var trailing = marker(symbols[end..<markerEnd])
            let width = Double(trailing.text.count) * 0.5 * markerSize * size
            trailing.left = word.right
            trailing.right = word.right + width
            pieces.append(trailing)
        }
        return pieces
    }

    /// Inked columns of a page between blank ones: one printed glyph, in pixels.
    struct Glyph: Equatable {
        var left: Double
        var right: Double
        var top: Double
        var bottom: Double
    }

    /// The box of a footnote marker ending a word, from its last glyphs (right to left): after at
    /// most one small glyph on the baseline (a period or comma), a glyph whose ink ends raised
    /// above the baseline and is as tall as a small digit, not a short quote mark. Nil when the
    /// word does not end so.
    static func trailingMarker(glyphs: [Glyph], baseline: Double, size: Double) -> Glyph? {
        var rest = glyphs[...]
        if let last = rest.first, last.bottom - last.top < 0.25 * size, baseline - last.bottom < markerRaise * size {
            rest = rest.dropFirst()
        }
        guard let marker = rest.first else { return nil }
        let raised = baseline - marker.bottom >= markerRaise * size
        let tall = marker.bottom - marker.top >= 0.3 * size && marker.bottom - marker.top <= 0.7 * size
        return raised && tall ? marker : nil
    }

    /// The word with its misread marker replaced by `digits` as a raised symbol in `box`: the
    /// last character that is not a letter or digit before any closing punctuation is the marker
    /// as Tesseract read it (`journalists”'.` → `journalists”.` and marker 1), unless it already
    /// read the digits.
    static func withMarker(_ word: RawWord, digits: String, box: Glyph) -> RawWord {
        var symbols = word.symbols
        var punctuation: [Symbol] = []
        while let last = symbols.last, [".", ",", ";", ":"].contains(last.text), symbols.count > 1 {
            punctuation.insert(symbols.removeLast(), at: 0)
        }
        if let last = symbols.last, symbols.count > 1, !last.text.contains(where: { $0.isLetter }) {
            symbols.removeLast()
        }
        var marked = word
        marked.symbols = symbols + punctuation + [Symbol(text: digits, left: box.left, top: box.top, right: box.right, bottom: box.bottom)]
        return marked
    }

    /// Where a word's closing sentence punctuation (`.`, `,`, `;`, `:`) begins; `symbols.count`
    /// when it has none.
    static func trailingPunctuationStart(_ symbols: [Symbol]) -> Int {
        var stop = symbols.count
        while stop > 1, [".", ",", ";", ":"].contains(symbols[stop - 1].text) { stop -= 1 }
        return stop
    }

    /// The font size of a line in pixels, from the median rise of its letters above the
    /// baseline; nil when no word has letters to measure.
    ///
    /// A line of one or two words measures by the median of its characters, not by its words'
    /// boxes: a long word's box is the union of many characters' boxes, and the LSTM engine
    /// gives a few characters of a word the whole line's height or more (a note that is one URL,
    /// "8http://www…", measured 55 pixels for 35-pixel type, read 13.5 pt under 11.5 pt body
    /// text and was no longer smaller than the body). The median over its forty characters
    /// ignores those few. Lines of more words keep the median over words, whose tops are the
    /// ink's: there the characters' rough boxes only add noise.
    static func lineSize(_ line: [RawWord]) -> Double? {
        var estimates: [Double] = []
        func estimate(_ text: String, top: Double, baseline: Double) -> Double? {
            let rise = baseline - top
            guard rise > 0 else { return nil }
            switch heightClass(text) {
            case .tall: return rise / ascenderShare
            case .short: return rise / xHeightShare
            case .none: return nil
            }
        }
        let byCharacter = line.count <= 2 && line.allSatisfy { $0.symbols.count >= 2 }
            && line.reduce(0) { $0 + $1.symbols.count } >= minCharactersToMeasure
        for word in line {
            if byCharacter {
                estimates += word.symbols.compactMap { estimate($0.text, top: $0.top, baseline: word.baseline) }
            } else if let e = estimate(word.text, top: word.top, baseline: word.baseline) {
                estimates.append(e)
            }
        }
        guard !estimates.isEmpty else { return nil }
        estimates.sort()
        return estimates[estimates.count / 2]
    }

    enum HeightClass { case tall, short, none }

    /// Whether a word reaches cap height (a capital, digit or ascender), stays at x-height, or
    /// cannot be measured (punctuation only, or lower case with a mark above x-height that
    /// reaches no set height: the dot of `i` and `j`, an accent). Measured as x-height, "engaging"
    /// (its dotted `i`s) read one and a half times its size, and a line of such words broke
    /// its paragraph on a false size change.
    static func heightClass(_ text: String) -> HeightClass {
        var hasLetter = false
        var marked = false
        for c in text {
            if c.isUppercase || c.isNumber || "bdfhklt".contains(c) { return .tall }
            if "acegmnopqrsuvwxyz".contains(c) { hasLetter = true } else if c.isLetter { marked = true }
        }
        return hasLetter && !marked ? .short : .none
    }
}
