import Layout
import PDFText

/// Builds pages of words in code, with the geometry a PDF text layer would give: advance
/// widths of about 0.5 em per character, 0.25 em word spaces, boxes one em high whose bottom
/// is the baseline. y grows down from the top of a US Letter page.
struct PageBuilder {
    static let left = 72.0
    static let right = 540.0
    static let width = 612.0
    static let height = 792.0

    var number: Int
    var words: [Word] = []

    init(_ number: Int) { self.number = number }

    static func font(size: Double, bold: Bool = false, italic: Bool = false) -> FontStyle {
        let name = "Helvetica" + (bold ? "-Bold" : "") + (italic ? "-Oblique" : "")
        return FontStyle(name: name, size: size, isBold: bold, isItalic: italic)
    }

    static func advance(_ text: String, size: Double) -> Double { 0.5 * size * Double(text.count) }

    /// Places one word with its top at `y`; returns its right edge.
    @discardableResult
    mutating func word(_ text: String, x: Double, y: Double, size: Double = 11, bold: Bool = false, italic: Bool = false) -> Double {
        let x1 = x + Self.advance(text, size: size)
        words.append(Word(text: text, box: Rect(x0: x, y0: y, x1: x1, y1: y + size), font: Self.font(size: size, bold: bold, italic: italic)))
        return x1
    }

    /// Places a line of words starting at `x`, one 0.25 em space between words, or spread so
    /// that the line ends at `justifyTo`. Returns the line's right edge.
    @discardableResult
    mutating func line(_ text: String, x: Double = PageBuilder.left, y: Double, size: Double = 11, bold: Bool = false,
                       italic: Bool = false, justifyTo: Double? = nil) -> Double {
        let tokens = text.split(separator: " ").map(String.init)
        let space = 0.25 * size
        var gap = space
        if let justifyTo, tokens.count > 1 {
            let natural = tokens.map { Self.advance($0, size: size) }.reduce(0, +)
            gap = max(space, (justifyTo - x - natural) / Double(tokens.count - 1))
            precondition(gap <= 2.5 * space, "fixture line too short to justify: \(text)")
        }
        var cursor = x
        for token in tokens {
            cursor = word(token, x: cursor, y: y, size: size, bold: bold, italic: italic) + gap
        }
        return cursor - gap
    }

    /// Places a superscript marker at `x` on the line whose top is `y` (line size `lineSize`):
    /// 0.65 of the size, its baseline raised by a third of an em. Returns its right edge.
    @discardableResult
    mutating func superscript(_ label: String, x: Double, lineY y: Double, lineSize: Double = 11) -> Double {
        let size = 0.65 * lineSize
        let baseline = y + lineSize - 0.35 * lineSize
        let x1 = x + Self.advance(label, size: size)
        words.append(Word(text: label, box: Rect(x0: x, y0: baseline - size, x1: x1, y1: baseline), font: Self.font(size: size)))
        return x1
    }

    /// Wraps `text` to the text area and places it from `y`, every line but the last justified.
    /// Returns the top of the line after the paragraph (no extra gap).
    @discardableResult
    mutating func paragraph(_ text: String, y: Double, size: Double = 11, leading: Double = 1.2, x: Double = PageBuilder.left,
                            right: Double = PageBuilder.right, justifyLast: Bool = false) -> Double {
        let lines = Self.wrap(text, width: right - x, size: size)
        var top = y
        for (i, line) in lines.enumerated() {
            self.line(line, x: x, y: top, size: size, justifyTo: i < lines.count - 1 || justifyLast ? right : nil)
            top += leading * size
        }
        return top
    }

    /// Greedy word wrap with the builder's advance widths.
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        var current: [Substring] = []
        func natural(_ tokens: [Substring]) -> Double {
            tokens.map { advance(String($0), size: size) }.reduce(0, +) + 0.25 * size * Double(max(tokens.count - 1, 0))
        }
        for token in text.split(separator: " ") {
            if !current.isEmpty && natural(current + [token]) > width {
                lines.append(current.joined(separator: " "))
                current = [token]
            } else {
                current.append(token)
            }
        }
        if !current.isEmpty { lines.append(current.joined(separator: " ")) }
        return lines
    }

    func page() -> PageText {
        PageText(number: number, width: Self.width, height: Self.height, words: words)
    }
}

/// A document of the given pages, laid out with the default parameters.
func analyze(_ pages: [PageBuilder]) -> LaidOutDocument {
    let document = PDFDocumentText(info: DocumentInfo(pageCount: pages.count), pages: pages.map { $0.page() })
    return LayoutAnalyzer().analyze(document)
}

extension LaidOutDocument {
    var texts: [String] { blocks.map(\.text) }
    var lineTexts: [String] { blocks.flatMap { $0.lines.map(\.text) } }
    var noteTexts: [String] { footnoteBlocks.map(\.text) }
    var noteLabels: [String?] { footnoteBlocks.map { $0.lines.first?.markers.first?.label } }
}

/// Filler prose for body paragraphs (three to four lines at 11 pt across the text area).
let prose = [
    "We write this letter to offer support and encouragement to our counterparts in the region, who have worked for many years to open up government and to make public institutions answer to the people they serve.",
    "At the core of the matter is a breakdown in trust between the members of the secretariat, which is a non-negotiable element for the success of the co-creation process as called for by the declaration.",
    "The political context in both countries necessitates deep reflection and action from all partners, and the actions taken by civil society warrant frank and open discussion within the wider network.",
    "It is with this in mind that we make this call in support of our counterparts and in reinforcing the call to action in our own country to strengthen reform by engaging in difficult conversations.",
]
