extension PDFTextReader {
    /// One glyph of `poppler_page_get_text`, with the rectangle Poppler gives for it.
    struct Glyph {
        var scalar: Unicode.Scalar
        var box: Rect
    }

    /// The glyphs with every line of text set vertically blanked out.
    ///
    /// A line turned 90° on an upright page is a margin note (a charity number, a print
    /// reference), a sidebar or a watermark, never the letter: read as it stands, each of its
    /// glyphs sits below the last and becomes a one-letter "word" that later stages take for
    /// text ("r e", "l c y c e"). Poppler keeps such a line on a line of its own in the page
    /// text, so a line (between newlines) whose glyphs advance down or up the page, not across
    /// it, is blanked: its glyphs turn into spaces, which keeps their indices in step with the
    /// font runs. A page whose text is mostly vertical (a landscape table turned on the page)
    /// is left as it is: that text is the content.
    static func blankingVerticalLines(_ glyphs: [Glyph]) -> [Glyph] {
        var vertical: [Range<Int>] = []
        var verticalGlyphs = 0, visibleGlyphs = 0
        var line = LineProgress(start: 0)
        for (i, glyph) in glyphs.enumerated() {
            if glyph.scalar == "\n" {
                if line.isVertical { vertical.append(line.start..<i); verticalGlyphs += line.visible }
                visibleGlyphs += line.visible
                line = LineProgress(start: i + 1)
            } else if !isBlank(glyph.scalar) {
                line.add(glyph.box)
            }
        }
        if line.isVertical { vertical.append(line.start..<glyphs.count); verticalGlyphs += line.visible }
        visibleGlyphs += line.visible
        guard !vertical.isEmpty, 2 * verticalGlyphs < visibleGlyphs else { return glyphs }
        var result = glyphs
        for range in vertical {
            for i in range { result[i].scalar = " " }
        }
        return result
    }

    /// How a line's visible glyphs advance: summed distances between consecutive centres,
    /// across the page and along it.
    struct LineProgress {
        let start: Int
        var visible = 0
        private var last: Rect?
        private var across = 0.0, along = 0.0

        init(start: Int) { self.start = start }

        mutating func add(_ box: Rect) {
            if let last {
                across += abs(box.midX - last.midX)
                along += abs(box.midY - last.midY)
            }
            last = box
            visible += 1
        }

        /// Down (or up) the page at least twice as far as across it, over three glyphs or more.
        var isVertical: Bool { visible >= 3 && along > 2 * across }
    }
}
