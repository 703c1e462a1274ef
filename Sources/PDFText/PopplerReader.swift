import CPoppler
import Foundation

/// Reads a PDF's text layer through Poppler's GLib API.
///
/// The only place in the package that touches C: every Poppler object is copied into Swift
/// values and released before the function returns, so callers never see a pointer.
public enum PDFTextReader {
    /// Reads the PDF at `path`. `name` is what errors call the file (defaults to `path`).
    public static func read(path: String, name: String? = nil) throws(PDFTextError) -> PDFDocumentText {
        let fileName = name ?? path
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied or unreadable" : "no such file"
            throw PDFTextError(.unreadable, file: fileName, detail: reason)
        }
        return try read(data: data, name: fileName)
    }

    /// Reads a PDF held in memory.
    ///
    /// `requireTextLayer` keeps the `noTextLayer` error for a document none of whose pages has
    /// text; without it such a document comes back with empty pages, for OCR to fill.
    public static func read(data: Data, name: String, requireTextLayer: Bool = true) throws(PDFTextError) -> PDFDocumentText {
        let document = try open(data: data, name: name)
        defer { letters_g_object_unref(UnsafeMutableRawPointer(document)) }

        let count = Int(poppler_document_get_n_pages(document))
        let info = DocumentInfo(
            pageCount: count,
            title: takeString(poppler_document_get_title(document)),
            author: takeString(poppler_document_get_author(document)),
            producer: takeString(poppler_document_get_producer(document)),
            created: creationDate(document)
        )
        var pages: [PageText] = []
        pages.reserveCapacity(count)
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { letters_g_object_unref(UnsafeMutableRawPointer(page)) }
            pages.append(readPage(page, number: index + 1))
        }
        if count == 0 { throw PDFTextError(.damaged, file: name, detail: "no pages") }
        if requireTextLayer && pages.allSatisfy({ $0.words.isEmpty }) { throw PDFTextError(.noTextLayer, file: name) }
        return PDFDocumentText(info: info, pages: pages)
    }

    /// Opens a Poppler document from bytes; the caller unrefs it. Shared with ``PDFRasterizer``.
    static func open(data: Data, name: String) throws(PDFTextError) -> OpaquePointer {
        _ = quietPopplerLog
        if data.isEmpty { throw PDFTextError(.empty, file: name) }
        // The header may follow a little junk (the spec allows up to 1024 bytes).
        let head = data.prefix(1024)
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw PDFTextError(.notPDF, file: name) }

        var gerror: UnsafeMutablePointer<GError>? = nil
        let bytes = data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        defer { g_bytes_unref(bytes) }
        guard let document = poppler_document_new_from_bytes(bytes, nil, &gerror) else {
            defer { letters_g_error_free(gerror) }
            let message = gerror.map { String(cString: $0.pointee.message) }
            if let e = gerror, letters_is_poppler_error(e) != 0, e.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw PDFTextError(.encrypted, file: name)
            }
            // POPPLER_ERROR_DAMAGED's message ("PDF document is damaged") only repeats the reason.
            if let e = gerror, letters_is_poppler_error(e) != 0, e.pointee.code == Int32(POPPLER_ERROR_DAMAGED.rawValue) {
                throw PDFTextError(.damaged, file: name)
            }
            throw PDFTextError(.damaged, file: name, detail: message)
        }
        return document
    }

    // MARK: - Pages

    private static func readPage(_ page: OpaquePointer, number: Int) -> PageText {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let label = takeString(letters_page_label(page))
        return PageText(number: number, label: label, width: width, height: height,
                        words: readWords(page), links: readLinks(page, pageHeight: height))
    }

    private static func readWords(_ page: OpaquePointer) -> [Word] {
        guard let textPtr = poppler_page_get_text(page) else { return [] }
        var text = String(cString: textPtr)
        letters_g_free(textPtr)

        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var rectCount: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &rectCount) != 0, let rects else { return [] }
        defer { letters_g_free(rects) }

        // Poppler gives one rectangle per character of the page text, in the same order.
        let glyphs = text.withUTF8 { bytes in
            Self.glyphs(scalars: bytes, count: Int(rectCount)) { i in
                let r = rects[i]
                return Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2)
            }
        }
        let fonts = readFontRuns(page)
        return groupWords(blankingVerticalLines(glyphs), fonts: fonts)
    }

    /// The page text's scalars paired with Poppler's rectangles, one each, as far as both go.
    ///
    /// `box(i)` is the i-th rectangle, of `count`. The scalars are decoded from the String's
    /// own UTF-8 (valid: String(cString:) repaired it), a lead byte saying how many bytes follow: walking `unicodeScalars` through an
    /// enumerated iterator cost several times as much per glyph.
    static func glyphs(scalars bytes: UnsafeBufferPointer<UInt8>, count: Int, box: (Int) -> Rect) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(count)
        var i = 0
        let n = bytes.count
        while i < n && glyphs.count < count {
            let lead = UInt32(bytes[i])
            let value: UInt32
            if lead < 0x80 {
                value = lead; i += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
            }
            glyphs.append(Glyph(scalar: Unicode.Scalar(value) ?? "\u{FFFD}", box: box(glyphs.count)))
        }
        return glyphs
    }

    /// The pairing as it was: `unicodeScalars` enumerated. What the tests compare with.
    static func referenceGlyphs(_ text: String, count: Int, box: (Int) -> Rect) -> [Glyph] {
        var glyphs: [Glyph] = []
        for (i, scalar) in text.unicodeScalars.enumerated() where i < count {
            glyphs.append(Glyph(scalar: scalar, box: box(i)))
        }
        return glyphs
    }

    /// Font attributes by character range, as Poppler reports them.
    struct FontRun {
        var start: Int
        var end: Int
        var font: FontStyle
    }

    private static func readFontRuns(_ page: OpaquePointer) -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        // A page has a few fonts and many runs: each font name is stripped and read for its
        // weight and slant once (a FontStyle's flags depend on its name alone).
        var styles = FontStyleCache()
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let attr = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attr.font_name.map { String(cString: $0) } ?? ""
                runs.append(FontRun(start: Int(attr.start_index), end: Int(attr.end_index), font: styles.style(name: name, size: attr.font_size)))
            }
            node = current.pointee.next
        }
        return runs.sorted { $0.start < $1.start }
    }

    /// `FontStyle(name: stripSubsetPrefix(name), size: size)`, the name's part worked out once
    /// per name: a FontStyle's flags depend on its name alone.
    struct FontStyleCache {
        private var known: [String: FontStyle] = [:]

        mutating func style(name: String, size: Double) -> FontStyle {
            if let style = known[name] {
                return FontStyle(name: style.name, size: size, isBold: style.isBold, isItalic: style.isItalic)
            }
            let style = FontStyle(name: stripSubsetPrefix(name), size: size)
            known[name] = style
            return style
        }
    }

    /// Fonts embedded as subsets carry a six-letter tag (`ABCDEF+Calibri-Bold`) that varies
    /// between files and says nothing about style.
    static func stripSubsetPrefix(_ name: String) -> String {
        guard let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 else { return name }
        return String(name[name.index(after: plus)...])
    }

    /// Groups glyphs into words: maximal runs of non-blank glyphs in one font, without a gap.
    static func groupWords(_ glyphs: [Glyph], fonts: [FontRun]) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(glyphs.count / 4)
        // The open word: its text as UTF-8, made a String once per word (appending scalar by
        // scalar to a String costs far more), its box and font. `open` stands for the box and
        // font being set, and the text holding a byte: all three go together.
        var current: [UInt8] = []
        current.reserveCapacity(64)
        var open = false
        var box = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        let fallback = FontStyle(name: "", size: 0)
        var font = fallback
        // The font run `font` was taken from (-1: none): a glyph of that same run has that
        // same font, so neither the comparison of names nor a copy of the font (a retain and
        // a release of its name) is needed for it — only where the run changes.
        var fontRun = -1
        var runIndex = 0

        func flush() {
            if open { words.append(Word(text: String(decoding: current, as: UTF8.self), box: box, font: font)) }
            current.removeAll(keepingCapacity: true); open = false; fontRun = -1
        }

        for i in glyphs.indices {
            let glyph = glyphs[i]
            while runIndex < fonts.count && fonts[runIndex].end < i { runIndex += 1 }
            // The glyph's font is its run's; a glyph outside every run keeps the word's font
            // (the fallback when no word is open).
            let inRun = runIndex < fonts.count && fonts[runIndex].start <= i
            if isBlank(glyph.scalar) { flush(); continue }
            if open {
                // A new word starts on a font change, on a jump backwards or to another line,
                // or after a horizontal gap wider than a fifth of the font size.
                let gap = glyph.box.x0 - box.x1
                let sameLine = glyph.box.verticalOverlap(box) > 0.3 * Swift.min(glyph.box.height, box.height)
                // The same value equals itself, unless its size is NaN (as `==` has it).
                let sameFont = !inRun || fontRun == runIndex ? !font.size.isNaN : font == fonts[runIndex].font
                if !sameFont || !sameLine || gap > 0.2 * Swift.max(font.size, 1) || gap < -0.5 * Swift.max(font.size, 1) {
                    flush()
                }
            }
            let value = glyph.scalar.value
            if value < 0x80 { current.append(UInt8(truncatingIfNeeded: value)) } else { current.append(contentsOf: glyph.scalar.utf8) }
            if inRun {
                if fontRun != runIndex { font = fonts[runIndex].font; fontRun = runIndex }
            } else if !open {
                font = fallback
            }
            box = open ? box.union(glyph.box) : glyph.box
            open = true
        }
        flush()
        return words
    }

    /// ``groupWords(_:fonts:)`` as it was before it tracked font runs: a font copied and
    /// compared for every glyph. What the tests compare it with.
    static func referenceGroupWords(_ glyphs: [Glyph], fonts: [FontRun]) -> [Word] {
        var words: [Word] = []
        var current: [UInt8] = []
        var box: Rect? = nil
        var font: FontStyle? = nil
        var runIndex = 0
        let fallback = FontStyle(name: "", size: 0)

        func flush() {
            if let b = box, let f = font, !current.isEmpty {
                words.append(Word(text: String(decoding: current, as: UTF8.self), box: b, font: f))
            }
            current.removeAll(keepingCapacity: true); box = nil; font = nil
        }

        for (i, glyph) in glyphs.enumerated() {
            while runIndex < fonts.count && fonts[runIndex].end < i { runIndex += 1 }
            let glyphFont = (runIndex < fonts.count && fonts[runIndex].start <= i) ? fonts[runIndex].font : (font ?? fallback)
            let isBlank = isBlank(glyph.scalar)
            if isBlank { flush(); continue }
            if let b = box, let f = font {
                let gap = glyph.box.x0 - b.x1
                let sameLine = glyph.box.verticalOverlap(b) > 0.3 * Swift.min(glyph.box.height, b.height)
                if f != glyphFont || !sameLine || gap > 0.2 * Swift.max(f.size, 1) || gap < -0.5 * Swift.max(f.size, 1) {
                    flush()
                }
            }
            current.append(contentsOf: glyph.scalar.utf8)
            box = box?.union(glyph.box) ?? glyph.box
            font = glyphFont
        }
        flush()
        return words
    }

    /// White space or NUL ends a word. ASCII is answered without a Unicode property lookup.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar.value == 0 || scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
    }

    // MARK: - Links

    private static func readLinks(_ page: OpaquePointer, pageHeight: Double) -> [LinkArea] {
        guard let list = poppler_page_get_link_mapping(page) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        var links: [LinkArea] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let mapping = raw.assumingMemoryBound(to: PopplerLinkMapping.self).pointee
                let a = mapping.area
                // Link areas use PDF's bottom-left origin; flip to the text layout's.
                let box = Rect(x0: a.x1, y0: pageHeight - a.y2, x1: a.x2, y1: pageHeight - a.y1)
                if let uriPtr = letters_action_uri(mapping.action) {
                    links.append(LinkArea(box: box, uri: String(cString: uriPtr)))
                } else if letters_action_is_internal(mapping.action) != 0 {
                    links.append(LinkArea(box: box, uri: "", isInternal: true))
                }
            }
            node = current.pointee.next
        }
        return links.reversed() // Poppler prepends; restore the file's order.
    }

    // MARK: - Helpers

    /// Poppler-glib reports every syntax problem it meets in a file ("Couldn't read xref table")
    /// through `g_log` in the `Poppler` domain at INFO level. GLib drops INFO by default, but
    /// with `G_MESSAGES_DEBUG=all` (or `=Poppler`) it prints them on standard *output*, where they
    /// would corrupt the JSON that `letters extract` writes there. The reader turns what matters
    /// into a ``PDFTextError``, so those messages are dropped for good. Poppler's WARNING and
    /// CRITICAL messages (misuse of its API) still go through. Runs once, on first use.
    static let quietPopplerLog: Void = {
        let levels = GLogLevelFlags(rawValue: G_LOG_LEVEL_INFO.rawValue | G_LOG_LEVEL_DEBUG.rawValue)
        _ = g_log_set_handler("Poppler", levels, { _, _, _, _ in }, nil)
    }()

    /// Copies a g_malloc'd string into Swift and frees it; empty strings become `nil`.
    private static func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { letters_g_free(pointer) }
        let value = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    private static func creationDate(_ document: OpaquePointer) -> String? {
        let seconds = poppler_document_get_creation_date(document)
        guard seconds > 0 else { return nil }
        return isoDate(seconds: Int64(seconds))
    }

    /// `ISO8601DateFormatter`'s UTC text (`2016-03-01T12:00:00Z`) for seconds since 1970, worked
    /// out by civil-from-days arithmetic for the years 1970 to 9999: the formatter cost about
    /// 650,000 instructions a call, more than the rest of the document's metadata.
    static func isoDate(seconds: Int64) -> String {
        guard seconds >= 0, seconds < 253_402_300_800 else { return formatterDate(seconds: seconds) }
        let days = seconds / 86_400, rest = seconds % 86_400
        // Howard Hinnant's days_from_civil inverse, for days since 1970-01-01.
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    static func formatterDate(seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
