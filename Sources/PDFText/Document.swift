/// The text layer of a PDF: every page's words with their geometry and fonts, plus links.
///
/// Plain values copied out of Poppler in one pass; nothing here holds a C pointer.
public struct PDFDocumentText: Equatable, Sendable {
    public var info: DocumentInfo
    public var pages: [PageText]

    public init(info: DocumentInfo, pages: [PageText]) {
        self.info = info
        self.pages = pages
    }
}

/// The document information dictionary.
public struct DocumentInfo: Equatable, Sendable {
    public var pageCount: Int
    public var title: String?
    public var author: String?
    public var producer: String?
    /// Creation date as ISO 8601 in UTC (`2019-04-02T10:20:00Z`).
    public var created: String?

    public init(pageCount: Int, title: String? = nil, author: String? = nil, producer: String? = nil, created: String? = nil) {
        self.pageCount = pageCount
        self.title = title
        self.author = author
        self.producer = producer
        self.created = created
    }
}

/// One page: its size, words in Poppler's content order, and link annotations.
public struct PageText: Equatable, Sendable {
    /// 1-based page number.
    public var number: Int
    /// The printed page label from the document's label tree, when it has one.
    public var label: String?
    public var width: Double
    public var height: Double
    public var words: [Word]
    public var links: [LinkArea]

    public init(number: Int, label: String? = nil, width: Double, height: Double, words: [Word], links: [LinkArea] = []) {
        self.number = number
        self.label = label
        self.width = width
        self.height = height
        self.words = words
        self.links = links
    }
}

/// A run of non-blank glyphs in one font: a word, or the part of a word in one style
/// (a superscript footnote marker glued to a word is its own `Word`).
public struct Word: Equatable, Sendable {
    public var text: String
    public var box: Rect
    public var font: FontStyle

    public init(text: String, box: Rect, font: FontStyle) {
        self.text = text
        self.box = box
        self.font = font
    }

    /// The bottom of the glyph boxes: a stand-in for the baseline, which Poppler's GLib API does
    /// not expose. Raised markers are told apart by comparing it with their line's.
    public var baseline: Double { box.y1 }
}

/// Font as far as layout cares: name, size and the style read from the name.
public struct FontStyle: Equatable, Hashable, Sendable {
    public var name: String
    /// Size in points.
    public var size: Double
    public var isBold: Bool
    public var isItalic: Bool

    public init(name: String, size: Double, isBold: Bool? = nil, isItalic: Bool? = nil) {
        self.name = name
        self.size = size
        // A byte search: `contains` on Strings resolves to Foundation's in this module, which
        // bridges through NSString on every call (eight calls per font run), and the generic
        // Collection `contains` is no faster.
        let lower = Array(name.lowercased().utf8)
        func has(_ word: String) -> Bool {
            let bytes = Array(word.utf8)
            guard bytes.count <= lower.count else { return false }
            return (0...(lower.count - bytes.count)).contains { lower[$0..<($0 + bytes.count)].elementsEqual(bytes) }
        }
        self.isBold = isBold ?? ["bold", "black", "heavy", "semibold", "demi"].contains(where: has)
        self.isItalic = isItalic ?? ["italic", "oblique", "slanted"].contains(where: has)
    }
}

/// A link annotation: where it is on the page and where it points.
public struct LinkArea: Equatable, Sendable {
    public var box: Rect
    /// The target URI; empty for a jump within the document.
    public var uri: String
    /// A jump to a place in the same document (a footnote marker linked to its note).
    public var isInternal: Bool

    public init(box: Rect, uri: String, isInternal: Bool = false) {
        self.box = box
        self.uri = uri
        self.isInternal = isInternal
    }
}
