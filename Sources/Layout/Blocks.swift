import PDFText

/// A laid-out document: body blocks in reading order, footnote-zone blocks, links.
///
/// The input to segmentation. PDFs, plain text, Markdown and HTML all produce this shape.
public struct LaidOutDocument: Equatable, Sendable {
    /// Blocks of the body zone across all pages, in reading order; running headers, footers
    /// and page numbers removed, paragraphs split by a page break joined.
    public var blocks: [Block]
    /// Blocks found in footnote zones (or a Notes section), in order; each usually starts with
    /// its label.
    public var footnoteBlocks: [Block]
    public var links: [PageLink]
    /// Things the layout stage (or the reader before it) noticed but could not resolve.
    public var warnings: [DocumentWarning]
    /// The lines removed as page furniture (running headers and footers, page numbers), in
    /// page order: not part of the letter's text, but a letter's date or sender set as a
    /// running header is still a fact the segmenter may need.
    public var furniture: [Line]

    public init(blocks: [Block], footnoteBlocks: [Block] = [], links: [PageLink] = [], warnings: [DocumentWarning] = [],
                furniture: [Line] = []) {
        self.blocks = blocks
        self.footnoteBlocks = footnoteBlocks
        self.links = links
        self.warnings = warnings
        self.furniture = furniture
    }
}

/// Something reading the document noticed: a kind from a closed set and a message in words.
///
/// The kinds' raw values are the codes the letter's warnings carry (`LetterWarning.Code`), so the
/// segmenter passes them on without a table that could drift.
public struct DocumentWarning: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case encodingAssumed = "encoding_assumed"
        case noContent = "no_content"
        case nestingTooDeep = "nesting_too_deep"
        case ocrLowConfidence = "ocr_low_confidence"
        case ocrIncomplete = "ocr_incomplete"
        case ocrNoText = "ocr_no_text"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// What the markup says a block is (HTML, Markdown); PDFs leave it `nil` unless a bullet or a
/// list number shows it.
public enum BlockHint: String, Equatable, Sendable {
    case heading, paragraph, listItem, quote, tableCell
}

/// Horizontal placement of a block within the text area of its page.
public enum Alignment: String, Equatable, Sendable {
    case left, center, right, justified
}

/// A run of consecutive lines that belong together (a paragraph, an address, a list item).
public struct Block: Equatable, Sendable {
    /// The block's lines; ``text`` and ``box`` follow every change.
    public var lines: [Line] { didSet { measure() } }
    public var hint: BlockHint?
    public var alignment: Alignment
    /// Heading level from markup (1–6), when known.
    public var level: Int?

    public init(lines: [Line], hint: BlockHint? = nil, alignment: Alignment = .left, level: Int? = nil) {
        self.lines = lines
        self.text = ""
        self.box = nil
        self.hint = hint
        self.alignment = alignment
        self.level = level
        measure()
    }

    private mutating func measure() {
        text = TextJoin.join(lines)
        let page = self.page
        var box: Rect? = nil
        for line in lines where line.page == page {
            if let b = line.box { box = box?.union(b) ?? b }
        }
        self.box = box
    }

    /// The page the block starts on (1-based), `nil` for unpaged sources.
    public var page: Int? { lines.first?.page }
    /// The box of the block's lines on its first page.
    /// Stored rather than computed: the segmenter compares the boxes of blocks in nested loops.
    public private(set) var box: Rect?
    /// The dominant font size of the block, 0 when unknown.
    public var fontSize: Double {
        let sizes = lines.map(\.fontSize).sorted()
        return sizes.isEmpty ? 0 : sizes[sizes.count / 2]
    }
    public var isBold: Bool { !lines.isEmpty && lines.allSatisfy(\.isBold) }
    public var isItalic: Bool { !lines.isEmpty && lines.allSatisfy(\.isItalic) }

    /// Lines joined into running text: a line-break hyphen is removed when it splits a word,
    /// kept when it joins a compound ("co-creation", "government-led").
    /// Stored rather than computed: the segmenter reads it many times per block.
    public private(set) var text: String

    /// Footnote labels cited in the block's lines, in order.
    public var footnoteRefs: [String] { lines.flatMap { $0.markers.map(\.label) } }
}

/// One line of text, superscript markers already taken out of `text`.
public struct Line: Equatable, Sendable {
    public var text: String
    public var box: Rect?
    public var page: Int?
    public var fontSize: Double
    public var isBold: Bool
    public var isItalic: Bool
    /// Footnote markers cited on this line, with where they stood in `text`.
    public var markers: [Marker]
    /// Whether a hyphen ending this line belongs to a compound ("government-led") rather than
    /// being a line-break hyphen; decided by the layout stage from the document's vocabulary.
    public var keepsTrailingHyphen: Bool

    public init(text: String, box: Rect? = nil, page: Int? = nil, fontSize: Double = 0, isBold: Bool = false,
                isItalic: Bool = false, markers: [Marker] = [], keepsTrailingHyphen: Bool = false) {
        self.text = text
        self.box = box
        self.page = page
        self.fontSize = fontSize
        self.isBold = isBold
        self.isItalic = isItalic
        self.markers = markers
        self.keepsTrailingHyphen = keepsTrailingHyphen
    }
}

/// A footnote marker: its label and the character offset in the line's text where it stood.
public struct Marker: Equatable, Sendable {
    public var label: String
    public var offset: Int

    public init(label: String, offset: Int) {
        self.label = label
        self.offset = offset
    }
}

/// A hyperlink with the text under it.
public struct PageLink: Equatable, Sendable {
    public var text: String
    public var uri: String
    public var page: Int?
    /// Where the link is on its page (the union of its areas); `nil` for unpaged sources.
    public var box: Rect?

    public init(text: String, uri: String, page: Int?, box: Rect? = nil) {
        self.text = text
        self.uri = uri
        self.page = page
        self.box = box
    }
}
