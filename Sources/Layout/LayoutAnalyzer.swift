import PDFText

/// Turns a PDF's words into lines and blocks in reading order, with page zones labelled.
///
/// The cascade, page by page: words → lines (``LineBuilder``) → page furniture removed
/// (``PageFurniture``) → footnote zone split off (``FootnoteZone``) → reading order with
/// columns (``ReadingOrder``) → blocks (``BlockBuilder``). Then, across pages: paragraphs split
/// by a page break are joined and line-break hyphens are told from compound hyphens.
public struct LayoutAnalyzer: Sendable {
    public var parameters: LayoutParameters

    public init(parameters: LayoutParameters = LayoutParameters()) {
        self.parameters = parameters
    }

    public func analyze(_ document: PDFDocumentText) -> LaidOutDocument {
        let builder = LineBuilder(parameters: parameters)
        var allLines: [RawLine] = []
        for page in document.pages { allLines += builder.lines(of: page) }
        let furniture = PageFurniture(parameters: parameters).furniture(allLines, pages: document.pages)
        let content = allLines.enumerated().filter { !furniture.contains($0.offset) }.map(\.element)
        let bodySize = Self.dominantSize(content)
        let metrics = Self.metrics(content, bodySize: bodySize)
        let markers = MarkerDetector(parameters: parameters)
        let zone = FootnoteZone(parameters: parameters)
        let order = ReadingOrder(parameters: parameters)
        let blockBuilder = BlockBuilder(parameters: parameters, textLeft: metrics.left, textRight: metrics.right, lineGap: metrics.lineGap, bodySize: bodySize)

        var blocks: [Block] = []
        var notes: [Block] = []
        var pageStarts: [Int] = []  // index of each page's first block
        var cited: Set<String> = []  // marker labels found in the body so far
        for page in document.pages {
            let lines = content.filter { $0.page == page.number }.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
            var bodyLines = lines
            // Lines are rendered once; the cache serves both the cited labels and the blocks.
            var rendered: [Rect: Line] = [:]
            let noteLinks = page.links.filter(\.isInternal).map(\.box)
            func render(_ line: RawLine) -> Line {
                if let cached = rendered[line.box] { return cached }
                let value = markers.render(line, allowMarkers: true, noteLinks: noteLinks)
                rendered[line.box] = value
                return value
            }
            for line in lines where line.fontSize > parameters.footnoteSize * bodySize {
                cited.formUnion(render(line).markers.map(\.label))
            }
            let previousLabel = notes.last?.lines.first?.markers.first?.label
            if let start = zone.zoneStart(lines, bodySize: bodySize, previousLabel: previousLabel, cited: cited) {
                bodyLines = Array(lines[..<start])
                appendNotes(Array(lines[start...]), to: &notes, markers: markers, cited: cited)
            }
            bodyLines = Self.withoutFooter(bodyLines, pageHeight: page.height, bodySize: bodySize, parameters: parameters)
            pageStarts.append(blocks.count)
            var pageBlocks: [Block] = []
            for flow in order.flows(bodyLines) {
                pageBlocks += blockBuilder.blocks(flow, render: render)
            }
            blocks += PageJoin.joinRunOns(pageBlocks)
        }
        blocks = PageJoin.join(blocks, pageStarts: Set(pageStarts), textWidth: metrics.right - metrics.left, textRight: metrics.right)
        let vocabulary = Hyphenation(blocks: blocks + notes)
        blocks = blocks.map(vocabulary.decide)
        notes = notes.map(vocabulary.decide)
        let removed = allLines.indices.filter(furniture.contains).map { markers.render(allLines[$0], allowMarkers: false) }
        return LaidOutDocument(blocks: blocks, footnoteBlocks: notes, links: LinkGrouping.links(document, lines: allLines),
                               furniture: removed)
    }

    /// Splits a footnote zone into notes, one per labelled line; unlabelled lines continue the
    /// previous note (also across a page break).
    private func appendNotes(_ lines: [RawLine], to notes: inout [Block], markers: MarkerDetector, cited: Set<String>) {
        for raw in lines {
            let previous = notes.last?.lines.first?.markers.first?.label
            if let start = FootnoteZone.noteStart(raw, expected: FootnoteZone.next(after: previous), cited: cited) {
                var rendered = markers.render(start.line, allowMarkers: false)
                rendered.markers = [Marker(label: start.label, offset: 0)]
                notes.append(Block(lines: [rendered]))
            } else if !notes.isEmpty {
                notes[notes.count - 1].lines.append(markers.render(raw, allowMarkers: false))
            }
        }
    }

    /// Drops a page's footer printed once (a letterhead's address line at the foot of page one):
    /// small type in the bottom band, set apart, with no body text below it. Repeated footers are already
    /// gone as furniture; footnotes were split off before this.
    static func withoutFooter(_ lines: [RawLine], pageHeight: Double, bodySize: Double, parameters: LayoutParameters) -> [RawLine] {
        guard pageHeight > 0, bodySize > 0 else { return lines }
        var result = lines
        var footer: [RawLine] = []
        while let last = result.last, last.box.y0 >= (1 - parameters.marginBand) * pageHeight, last.fontSize <= 0.8 * bodySize {
            footer.append(result.removeLast())
        }
        // Set apart from the text above it; a small-type list running down to the foot is kept.
        guard let top = footer.last, let above = result.last,
              top.box.y0 - above.box.y1 > 1.5 * max(top.box.height, 1) else { return lines }
        return result
    }

    /// The font size used by most characters of the document.
    static func dominantSize(_ lines: [RawLine]) -> Double {
        var weight: [Double: Int] = [:]
        for line in lines { weight[line.fontSize, default: 0] += line.charCount }
        return weight.max { a, b in a.value == b.value ? a.key < b.key : a.value < b.value }?.key ?? 10
    }

    struct Metrics {
        var left: Double
        var right: Double
        var lineGap: Double
    }

    /// Text area edges and the usual gap between lines, from body-size lines.
    static func metrics(_ lines: [RawLine], bodySize: Double) -> Metrics {
        let body = lines.filter { abs($0.fontSize - bodySize) < 0.6 }
        let sample = body.isEmpty ? lines : body
        var lefts: [Double: Int] = [:]
        for line in sample { lefts[(line.box.x0).rounded(), default: 0] += 1 }
        let left = lefts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }?.key ?? 72
        let rights = sample.map(\.box.x1).sorted()
        let right = rights.isEmpty ? 540 : rights[min(rights.count - 1, Int(Double(rights.count) * 0.9))]
        var gaps: [Double] = []
        // Gaps below a line that runs most of the text width: a wrapped line, so the gap inside
        // a paragraph, whatever the spacing of headings and signature lists.
        var wrappedGaps: [Double] = []
        let fullWidth = 0.6 * (right - left)
        let sorted = sample.sorted { ($0.page, $0.box.y0) < ($1.page, $1.box.y0) }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.page == b.page {
            let gap = b.box.y0 - a.box.y1
            if gap > -0.5 * bodySize && gap < 2 * bodySize && b.box.horizontalOverlap(a.box) > 0 {
                gaps.append(gap)
                if a.box.width >= fullWidth { wrappedGaps.append(gap) }
            }
        }
        // With few wrapped lines (a short letter), the lower quartile of all gaps: its spaced-out
        // heading and signature lines can outnumber its body lines, and the median would be a
        // gap between parts.
        let lineGap: Double
        if wrappedGaps.count >= 3, let usual = median(wrappedGaps) {
            lineGap = usual
        } else if !gaps.isEmpty {
            lineGap = gaps.sorted()[gaps.count / 4]
        } else {
            lineGap = 0.2 * bodySize
        }
        return Metrics(left: left, right: max(right, left + 1), lineGap: max(lineGap, 0))
    }

}
