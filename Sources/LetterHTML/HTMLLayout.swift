import LibXML
import Foundation
import Layout
import LetterModel

/// Lays out an HTML letter as blocks, so it enters the same segmenter as PDFs and text.
///
/// Markup gives what PDFs make the layout stage guess: `h1`–`h6` are headings, `li` list
/// items, `blockquote` quotes, table rows blocks with one line per cell, and `<br>` a line
/// break inside a block (addresses and signature blocks are line-structured). Footnote
/// markers (`<sup>1</sup>`, `<a href="#fn1">`) leave the text and become ``Marker``s; the notes
/// they cite (see ``NotePlan``) become footnote blocks. Page chrome is skipped (see
/// ``HTMLChrome``); `<main>` or the main `<article>` is read when the page has one.
public enum HTMLLayout {
    public static func analyze(_ document: HTMLDocument) -> LaidOutDocument {
        guard let html = document.root else {
            return LaidOutDocument(blocks: [], warnings: [DocumentWarning(.noContent, "the HTML document has no content")])
        }
        let content = HTMLChrome.contentRoot(html)
        let plan = NotePlan.build(html: html, content: content)
        var walker = Walker(plan: plan)
        let start = Context(insideContent: content.name == "main" || content.name == "article" || content.attribute("role") == "main")
        walker.walk(content, start)
        walker.flush()
        var notes: [Block] = []
        var warnings: [DocumentWarning] = []
        for note in plan.notes {
            if let block = walker.noteBlock(note.element, label: note.label) { notes.append(block) }
        }
        if document.truncatedDepth {
            warnings.append(DocumentWarning(.nestingTooDeep, "HTML nested deeper than \(HTMLLimits.maxDepth) levels; the deeper content was ignored"))
        }
        if walker.blocks.isEmpty { warnings.append(DocumentWarning(.noContent, "no letter text found in the HTML page")) }
        return LaidOutDocument(blocks: walker.blocks, footnoteBlocks: notes, links: walker.links, warnings: warnings)
    }

    /// `<title>`, `<meta name="author">`, `<meta name="generator">` and a declared date.
    public static func metadata(_ document: HTMLDocument) -> Source.Metadata {
        guard let html = document.root, let head = html.first("head") else { return Source.Metadata() }
        func meta(_ names: [String]) -> String? {
            for e in head.all(where: { $0.name == "meta" }) {
                let key = (e.attribute("name") ?? e.attribute("property") ?? "").lowercased()
                if names.contains(key), let value = e.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                    return TextJoin.clean(value)
                }
            }
            return nil
        }
        let title = head.first("title").map { TextJoin.clean($0.plainText) }.flatMap { $0.isEmpty ? nil : $0 }
        let created = meta(["dcterms.created", "dc.date", "date", "article:published_time", "citation_date"])
            .flatMap { $0.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil ? $0 : nil }
        return Source.Metadata(title: title, author: meta(["author", "dc.creator", "dcterms.creator"]),
                               producer: meta(["generator"]), created: created)
    }
}

struct Context {
    var hint: BlockHint? = nil
    var level: Int? = nil
    /// Inside `<article>`/`<main>`: a `<header>` or `<footer>` here belongs to the letter.
    var insideContent: Bool
    var preformatted = false
    /// Inside a data-table cell or a note: block elements break lines instead of blocks.
    var joinBlocks = false
}

/// One pass over the content element, building blocks; also builds note blocks on request.
struct Walker {
    let plan: NotePlan
    let noteIndexes: Set<Int>
    /// Labels the notes carry, computed once (a page may hold thousands of `<sup>`s).
    let noteLabels: Set<String>
    var blocks: [Block] = []
    var links: [PageLink] = []
    private var buffer = LineBuffer()
    private var hint: BlockHint? = nil
    private var level: Int? = nil
    private var readingNote = false

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul",
    ]

    init(plan: NotePlan) {
        self.plan = plan
        self.noteIndexes = plan.noteIndexes
        self.noteLabels = plan.labels
    }

    mutating func flush() {
        let lines = buffer.take()
        if !lines.isEmpty { blocks.append(Block(lines: lines, hint: hint, level: level)) }
        hint = nil
        level = nil
    }

    private mutating func startBlockIfNeeded(_ ctx: Context) {
        if buffer.isEmpty { hint = ctx.hint; level = ctx.level }
    }

    mutating func walk(_ e: HTMLElement, _ ctx: Context) {
        if plan.skipped.contains(e.index) { return }
        if noteIndexes.contains(e.index) && !readingNote { return }
        if HTMLChrome.isChrome(e, insideContent: ctx.insideContent) { return }
        if readingNote && Self.isBackLink(e) { return }
        switch e.name {
        case "br": buffer.breakLine(); return
        case "hr": if ctx.joinBlocks { buffer.breakLine() } else { flush() }; return
        case "table" where !ctx.joinBlocks && isDataTable(e): table(e, ctx); return
        case "a", "sup":
            if let labels = markerLabels(e) {
                startBlockIfNeeded(ctx)
                for label in labels { buffer.marker(label) }
                return
            }
        default: break
        }
        let isBlock = Self.blockElements.contains(e.name)
        var inner = ctx
        if isBlock {
            if ctx.joinBlocks { buffer.breakLine() } else { flush() }
            (inner.hint, inner.level) = Self.hint(for: e.name, inherited: ctx)
        }
        if e.name == "article" || e.name == "main" { inner.insideContent = true }
        if e.name == "pre" { inner.preformatted = true }
        for child in e.children {
            switch child {
            case .text(let t):
                startBlockIfNeeded(inner)
                buffer.append(t, preformatted: inner.preformatted)
            case .element(let c):
                walk(c, inner)
            }
        }
        if e.name == "a", let href = e.attribute("href")?.trimmingCharacters(in: .whitespaces), isExternal(href) {
            let text = TextJoin.clean(e.plainText)
            if !text.isEmpty { links.append(PageLink(text: text, uri: href, page: nil)) }
        }
        if isBlock { if ctx.joinBlocks { buffer.breakLine() } else { flush() } }
    }

    /// A note's link back to its marker ("↩", "^", "back"), not part of the note's text.
    static func isBackLink(_ e: HTMLElement) -> Bool {
        guard e.name == "a", let href = e.attribute("href"), href.hasPrefix("#") else { return false }
        let text = e.plainText.lowercased()
        return !text.contains { $0.isLetter || $0.isNumber } || ["back", "return", "up", "top"].contains(text)
    }

    static func hint(for name: String, inherited ctx: Context) -> (BlockHint?, Int?) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return (.heading, Int(String(name.dropFirst())))
        case "li": return (.listItem, nil)
        case "blockquote": return (.quote, nil)
        case "td", "th": return (.tableCell, nil)
        case "p":
            if let h = ctx.hint, h == .quote || h == .listItem || h == .tableCell { return (h, nil) }
            return (.paragraph, nil)
        default: return (ctx.hint, ctx.level)
        }
    }

    func isExternal(_ href: String) -> Bool {
        let lower = href.lowercased()
        return !href.isEmpty && !href.hasPrefix("#") && !lower.hasPrefix("javascript:") && !lower.hasPrefix("data:")
    }

    /// The labels a `<sup>` or `<a>` stands for when it is a footnote marker, else `nil`.
    /// Digits in `<sup>` are markers like superscript digits in PDFs; letters and symbols only
    /// when they link to a note or a note carries that label ("1<sup>st</sup>" stays text).
    func markerLabels(_ e: HTMLElement) -> [String]? {
        if e.name == "a" {
            if let label = plan.markerAnchors[e.index] { return [label] }
            guard let href = e.attribute("href"), href.hasPrefix("#"), href.count > 1, let label = NotePlan.label(e.plainText) else { return nil }
            return [label]
        }
        let text = e.plainText
        if let anchor = e.all(where: { plan.markerAnchors[$0.index] != nil }).first, let label = plan.markerAnchors[anchor.index],
           NotePlan.label(text) != nil || text.contains(",") {
            return [label]
        }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let labels = parts.compactMap(NotePlan.label)
        guard !labels.isEmpty, labels.count == parts.count else { return nil }
        return labels.allSatisfy({ $0.allSatisfy(\.isASCIIDigitChar) || noteLabels.contains($0) }) ? labels : nil
    }

    /// A table of data (signatory lists) rather than a layout table holding the whole page:
    /// no cell contains paragraphs, headings, lists or tables.
    func isDataTable(_ table: HTMLElement) -> Bool {
        let blocky: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "section", "article"]
        return table.all(where: { $0.name == "td" || $0.name == "th" })
            .allSatisfy { cell in cell.elements.allSatisfy { !blocky.contains($0.name) && $0.all(where: { blocky.contains($0.name) }).isEmpty } }
    }

    /// One block per row, one line per cell; a header row of `<th>` only is skipped when data
    /// rows follow (column names are not signatories).
    private mutating func table(_ table: HTMLElement, _ ctx: Context) {
        flush()
        var rows: [HTMLElement] = []
        for child in table.elements {
            if child.name == "tr" { rows.append(child) }
            else if ["thead", "tbody", "tfoot"].contains(child.name) { rows += child.elements.filter { $0.name == "tr" } }
            else if child.name == "caption" { walk(child, ctx) }
        }
        let hasData = rows.contains { $0.elements.contains { $0.name == "td" } }
        var cellContext = ctx
        cellContext.joinBlocks = true
        cellContext.hint = .tableCell
        for row in rows where !(hasData && !row.elements.contains { $0.name == "td" }) {
            for cell in row.elements where cell.name == "td" || cell.name == "th" {
                if HTMLChrome.isChrome(cell, insideContent: ctx.insideContent) { continue }
                for child in cell.children {
                    switch child {
                    case .text(let t): startBlockIfNeeded(cellContext); buffer.append(t)
                    case .element(let c): walk(c, cellContext)
                    }
                }
                buffer.breakLine()
            }
            flush()
        }
    }

    /// A note element as a footnote block: its lines, the label taken out of the text and
    /// given as a marker at offset 0 of the first line (the convention of every layout).
    mutating func noteBlock(_ element: HTMLElement, label expected: String?) -> Block? {
        let saved = (buffer, hint, level)
        buffer = LineBuffer()
        readingNote = true
        defer { readingNote = false; (buffer, hint, level) = saved }
        for child in element.children {
            switch child {
            case .text(let t): buffer.append(t)
            case .element(let c): walk(c, Context(insideContent: true, joinBlocks: true))
            }
        }
        var lines = buffer.take()
        guard !lines.isEmpty else { return nil }
        var label = expected
        if let first = lines[0].markers.first, first.offset == 0, expected == nil || expected == first.label {
            label = first.label
        } else if let (leading, rest) = Self.splitLeadingLabel(lines[0].text), expected == nil || expected == leading {
            label = leading
            lines[0].text = rest
        }
        guard let label else { return nil }
        for i in lines.indices { lines[i].markers = [] }
        lines = lines.filter { !$0.text.isEmpty }
        guard !lines.isEmpty else { return nil }
        lines[0].markers = [Marker(label: label, offset: 0)]
        return Block(lines: lines)
    }

    /// "1. text", "[1] text", "1 text", "* text" → ("1", "text").
    static func splitLeadingLabel(_ text: String) -> (String, String)? {
        guard let space = text.firstIndex(of: " ") else { return nil }
        var token = String(text[..<space])
        if token.hasSuffix(".") || token.hasSuffix(")") || token.hasSuffix(":") { token.removeLast() }
        guard let label = NotePlan.label(token) else { return nil }
        return (label, String(text[text.index(after: space)...]).trimmingCharacters(in: .whitespaces))
    }
}
