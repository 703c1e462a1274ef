import PDFText

/// Link annotations turned into one link per link: the text under it and where it is.
///
/// Word processors write a link that wraps as one annotation per line fragment, and some write
/// every annotation twice; a reader wants one entry per link. Annotations to the same URI on
/// one page that follow each other in the page's order and touch or stand on neighbouring
/// lines are one link; an exact repeat (same URI, same area) is dropped. The text is the words
/// whose centre lies inside the link's areas, in reading order: a word merely grazed by a
/// fragment's box belongs to the line above or below.
enum LinkGrouping {
    static func links(_ document: PDFDocumentText, lines: [RawLine]) -> [PageLink] {
        var result: [PageLink] = []
        for page in document.pages {
            var groups: [(uri: String, areas: [Rect])] = []
            for link in page.links where !link.isInternal && !link.uri.isEmpty {
                if let last = groups.last, last.uri == link.uri {
                    if last.areas.contains(where: { same($0, link.box) }) { continue }
                    if last.areas.contains(where: { adjoining($0, link.box) }) {
                        groups[groups.count - 1].areas.append(link.box)
                        continue
                    }
                }
                // An exact repeat of an earlier group's area, further down the annotation list.
                if groups.contains(where: { $0.uri == link.uri && $0.areas.contains { same($0, link.box) } }) { continue }
                groups.append((link.uri, [link.box]))
            }
            let pageLines = lines.filter { $0.page == page.number }
            for group in groups {
                var words: [String] = []
                for line in pageLines {
                    for word in line.words where group.areas.contains(where: { inside(word.box, $0) }) { words.append(word.text) }
                }
                let box = Rect.union(of: group.areas)
                result.append(PageLink(text: TextJoin.clean(words.joined(separator: " ")), uri: group.uri, page: page.number, box: box))
            }
        }
        return result
    }

    /// The same area, to a tenth of a point.
    static func same(_ a: Rect, _ b: Rect) -> Bool {
        abs(a.x0 - b.x0) < 0.1 && abs(a.y0 - b.y0) < 0.1 && abs(a.x1 - b.x1) < 0.1 && abs(a.y1 - b.y1) < 0.1
    }

    /// Fragments of one link: overlapping; on the same line a short way apart; or on the next
    /// line (the gap between them smaller than a line's height).
    static func adjoining(_ a: Rect, _ b: Rect) -> Bool {
        if a.intersects(b) { return true }
        let height = max(a.height, b.height, 1)
        if a.verticalOverlap(b) > 0 {
            return max(a.x0, b.x0) - min(a.x1, b.x1) <= 2 * height
        }
        return max(a.y0, b.y0) - min(a.y1, b.y1) <= height
    }

    /// A word belongs to a link when its centre lies in the link's area (with a point to spare).
    static func inside(_ word: Rect, _ area: Rect) -> Bool {
        let x = word.midX, y = word.midY
        return x >= area.x0 - 1 && x <= area.x1 + 1 && y >= area.y0 - 1 && y <= area.y1 + 1
    }
}
