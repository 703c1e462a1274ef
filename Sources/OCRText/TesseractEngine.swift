import CTesseract
import Foundation
import PDFText

/// The words Tesseract read on one page, as the same ``Word`` values Poppler's text layer gives.
public struct OCRPage: Sendable, Equatable {
    /// 1-based page number.
    public var page: Int
    public var words: [Word]
    /// Mean word confidence, 0–100 (0 when no word was read).
    public var meanConfidence: Double
    /// Recognition stopped at the page deadline; `words` holds what was read by then.
    public var timedOut: Bool

    public init(page: Int, words: [Word], meanConfidence: Double, timedOut: Bool = false) {
        self.page = page
        self.words = words
        self.meanConfidence = meanConfidence
        self.timedOut = timedOut
    }
}

/// Why OCR could not start: the language's trained data is missing, typically.
public struct OCRError: Error, Equatable, Sendable, CustomStringConvertible {
    public var language: String
    public var detail: String

    public init(language: String, detail: String) {
        self.language = language
        self.detail = detail
    }

    public var description: String { "OCR unavailable for '\(language)': \(detail)" }
}

/// Tesseract 5 through its C API: the only code that touches a Tesseract pointer.
///
/// Settings are pinned (LSTM engine, automatic page segmentation, no adaptive learning between
/// pages, OpenMP limited to one thread) so the same page gives the same words on every run and
/// machine with the same trained data. One engine reads pages one after the other; it is not
/// shared between threads.
public final class TesseractEngine {
    /// Tesseract language code(s) the engine was started with (`eng`, `deu`).
    public let language: String
    /// Longest time one page may take before recognition stops with what it has.
    public let pageDeadline: Double
    private let handle: OpaquePointer

    /// Starts Tesseract for `language` (Tesseract codes, `+` between several). `dataPath`
    /// overrides where the trained data is looked for (else `TESSDATA_PREFIX` or the built-in
    /// path).
    public init(language: String, pageDeadline: Double = 120, dataPath: String? = nil) throws(OCRError) {
        // OpenMP reads this when it first starts a team; with one thread a page's result cannot
        // depend on scheduling and OCR does not take over every core of a shared machine.
        setenv("OMP_THREAD_LIMIT", "1", 0)
        if let reason = Self.loadLibrary() { throw OCRError(language: language, detail: reason) }
        guard let handle = TessBaseAPICreate() else { throw OCRError(language: language, detail: "cannot create Tesseract") }
        // Tesseract writes its diagnostics ("Empty page!!", "Image too small to scale!!") to
        // standard error; they would break the CLI's one-line error promise.
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        let status = Self.withCStrings(["classify_enable_learning", "debug_file"], ["0", "/dev/null"]) { names, values, count in
            TessBaseAPIInit4(handle, dataPath, language, OEM_LSTM_ONLY, nil, 0, names, values, count, 0)
        }
        guard status == 0 else {
            TessBaseAPIDelete(handle)
            throw OCRError(language: language, detail: "no trained data (install tesseract-ocr-\(language.split(separator: "+").first ?? ""))")
        }
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
        self.language = language
        self.pageDeadline = pageDeadline
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Tesseract's version string (`5.3.0`), for reports; nil when the library cannot be loaded.
    public static var version: String? { loadLibrary() == nil ? String(cString: TessVersion()) : nil }

    /// Opens libtesseract on first use (it is not linked, so processes that never OCR a page
    /// do not load it); nil when it is ready, else why not.
    static func loadLibrary() -> String? {
        var reason: UnsafePointer<CChar>?
        return letters_tesseract_load(&reason) == 0 ? nil : reason.map { String(cString: $0) } ?? "cannot load libtesseract"
    }

    /// Reads the words on a rendered page. Boxes come back in the page's points with the origin
    /// at the top left, like Poppler's; font sizes are estimated from each line's letter heights.
    public func recognize(_ raster: PageRaster) -> OCRPage {
        // Tesseract cannot segment a page a few pixels across; such a page has no words.
        guard raster.width >= 16, raster.height >= 16, raster.pixels.count == raster.width * raster.height else {
            return OCRPage(page: raster.page, words: [], meanConfidence: 0)
        }
        let started = Date()
        raster.pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(raster.width), Int32(raster.height), 1, Int32(raster.width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(raster.dpi.rounded()))
        let monitor = TessMonitorCreate()
        TessMonitorSetDeadlineMSecs(monitor, Int32(Swift.min(pageDeadline * 1000, Double(Int32.max))))
        let status = TessBaseAPIRecognize(handle, monitor)
        TessMonitorDelete(monitor)
        let timedOut = Date().timeIntervalSince(started) >= pageDeadline
        defer { TessBaseAPIClear(handle) }
        guard status == 0 else { return OCRPage(page: raster.page, words: [], meanConfidence: 0, timedOut: timedOut) }

        var lines = readLines()
        rereadMarkers(&lines, raster: raster)
        let words = OCRGeometry.words(lines: OCRGeometry.deskewed(lines, width: raster.width, height: raster.height), scale: raster.scale)
        let confidences = lines.flatMap { $0.map(\.confidence) }
        let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        return OCRPage(page: raster.page, words: words, meanConfidence: mean, timedOut: timedOut)
    }

    /// Reads footnote markers that Tesseract merged into a word as something else (`'`, `”`)
    /// again, digits only, from the page's pixels. The LSTM engine's symbol boxes are too rough
    /// to find them (often a pixel wide, or the whole word tall), so the word's last glyphs are
    /// found on the ink itself (``OCRGeometry/trailingMarker``). Few words qualify, so the
    /// second engine starts only on pages that have them.
    private func rereadMarkers(_ lines: inout [[OCRGeometry.RawWord]], raster: PageRaster) {
        for l in lines.indices {
            guard let size = OCRGeometry.lineSize(lines[l]), size > 0 else { continue }
            for w in lines[l].indices {
                let word = lines[l][w]
                guard word.symbols.count >= 2, word.text.last.map({ !$0.isLetter }) == true else { continue }
                let glyphs = Self.trailingGlyphs(in: raster, word: word, size: size)
                guard let box = OCRGeometry.trailingMarker(glyphs: glyphs, baseline: word.baseline, size: size),
                      let reader = digitReader(),
                      let digits = reader.read(raster, box: (Int(box.left) - 2, Int(box.top) - 2, Int(box.right) + 2, Int(box.bottom) + 2))
                else { continue }
                lines[l][w] = OCRGeometry.withMarker(word, digits: digits, box: box)
            }
        }
    }

    /// The last glyphs of a word, right to left: runs of inked pixel columns between blank ones,
    /// each with the top and bottom of its ink (pixels). At most three.
    static func trailingGlyphs(in raster: PageRaster, word: OCRGeometry.RawWord, size: Double) -> [OCRGeometry.Glyph] {
        let y0 = max(0, Int(word.top)), y1 = min(raster.height, Int(word.bottom.rounded(.up)) + 1)
        let xEnd = min(raster.width, Int(word.right.rounded(.up)) + 1)
        let xStart = max(0, max(Int(word.left), xEnd - Int(2 * size)))
        guard y0 < y1, xStart < xEnd else { return [] }
        var glyphs: [OCRGeometry.Glyph] = []
        var current: OCRGeometry.Glyph? = nil
        for x in stride(from: xEnd - 1, through: xStart, by: -1) {
            var top: Int? = nil, bottom = 0
            for y in y0..<y1 where raster.pixels[y * raster.width + x] < 128 {
                if top == nil { top = y }
                bottom = y + 1
            }
            if let top {
                if var g = current {
                    g.left = Double(x); g.top = min(g.top, Double(top)); g.bottom = max(g.bottom, Double(bottom))
                    current = g
                } else {
                    current = OCRGeometry.Glyph(left: Double(x), right: Double(x + 1), top: Double(top), bottom: Double(bottom))
                }
            } else if let g = current {
                glyphs.append(g)
                current = nil
                if glyphs.count == 3 { break }
            }
        }
        if let g = current, glyphs.count < 3 { glyphs.append(g) }
        return glyphs
    }

    private var digits: DigitReader?
    private var digitsFailed = false

    private func digitReader() -> DigitReader? {
        if digits == nil && !digitsFailed {
            digits = DigitReader(language: language)
            digitsFailed = digits == nil
        }
        return digits
    }

    /// Every recognised word with its pixel box, baseline, confidence and symbol boxes, grouped
    /// by text line. Walks the page symbol by symbol: footnote markers are told apart by the
    /// boxes of their digits.
    private func readLines() -> [[OCRGeometry.RawWord]] {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let pageIterator = TessResultIteratorGetPageIterator(iterator)
        var lines: [[OCRGeometry.RawWord]] = []
        var current: OCRGeometry.RawWord? = nil
        var newLine = true

        func finishWord() {
            guard let word = current else { return }
            current = nil
            let text = word.symbols.map(\.text).joined()
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
            if newLine || lines.isEmpty { lines.append([]); newLine = false }
            lines[lines.count - 1].append(word)
        }

        repeat {
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_WORD) != 0 {
                finishWord()
                if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0 { newLine = true }
                guard TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
                var bx1: Int32 = 0, by1: Int32 = 0, bx2: Int32 = 0, by2: Int32 = 0
                var baseline = Double(bottom)
                var slope: Double? = nil
                if TessPageIteratorBaseline(pageIterator, RIL_WORD, &bx1, &by1, &bx2, &by2) != 0 {
                    // A sloped segment on a skewed scan: taken at the word's middle.
                    let mid = Double(left + right) / 2
                    let run = Double(bx2 - bx1)
                    baseline = run == 0 ? Double(by1) : Double(by1) + Double(by2 - by1) * (mid - Double(bx1)) / run
                    if run >= 40 { slope = Double(by2 - by1) / run }
                }
                current = OCRGeometry.RawWord(
                    symbols: [], left: Double(left), top: Double(top), right: Double(right), bottom: Double(bottom),
                    baseline: baseline, confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD))
                )
                current?.slope = slope
            }
            guard current != nil, let textPointer = TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
            let text = String(cString: textPointer)
            TessDeleteText(textPointer)
            guard TessPageIteratorBoundingBox(pageIterator, RIL_SYMBOL, &left, &top, &right, &bottom) != 0 else { continue }
            current?.symbols.append(OCRGeometry.Symbol(
                text: text, left: Double(left), top: Double(top), right: Double(right), bottom: Double(bottom)))
        } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        finishWord()
        return lines.filter { !$0.isEmpty }
    }

    /// Calls `body` with C arrays of the strings, valid for the call only.
    private static func withCStrings<R>(
        _ names: [String], _ values: [String],
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, Int) -> R
    ) -> R {
        var cNames = names.map { strdup($0) }
        var cValues = values.map { strdup($0) }
        defer { (cNames + cValues).forEach { free($0) } }
        return cNames.withUnsafeMutableBufferPointer { n in
            cValues.withUnsafeMutableBufferPointer { v in body(n.baseAddress!, v.baseAddress!, names.count) }
        }
    }
}

/// A second Tesseract that reads only digits, for footnote markers in small crops of a page.
private final class DigitReader {
    private let handle: OpaquePointer

    init?(language: String) {
        guard TesseractEngine.loadLibrary() == nil, let handle = TessBaseAPICreate() else { return nil }
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit2(handle, nil, language, OEM_LSTM_ONLY) == 0 else {
            TessBaseAPIDelete(handle)
            return nil
        }
        TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "0123456789")
        TessBaseAPISetPageSegMode(handle, PSM_SINGLE_WORD)
        self.handle = handle
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// The digits in `box` of the raster (pixels), drawn twice as large (three times, in blocks
    /// of nine pixels, lost a noisy "8" the page showed clearly) on a white margin as
    /// Tesseract reads small print best; nil when nothing was read with confidence.
    func read(_ raster: PageRaster, box: (left: Int, top: Int, right: Int, bottom: Int)) -> String? {
        let left = max(0, box.left), top = max(0, box.top)
        let right = min(raster.width, box.right), bottom = min(raster.height, box.bottom)
        guard right - left >= 2, bottom - top >= 2 else { return nil }
        let zoom = 2, margin = 20
        let width = (right - left) * zoom + 2 * margin, height = (bottom - top) * zoom + 2 * margin
        var pixels = [UInt8](repeating: 255, count: width * height)
        for y in 0..<((bottom - top) * zoom) {
            let source = (top + y / zoom) * raster.width + left
            for x in 0..<((right - left) * zoom) {
                pixels[(margin + y) * width + margin + x] = raster.pixels[source + x / zoom]
            }
        }
        pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(width), Int32(height), 1, Int32(width))
        }
        TessBaseAPISetSourceResolution(handle, Int32((raster.dpi * Double(zoom)).rounded()))
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0, let text = TessBaseAPIGetUTF8Text(handle) else { return nil }
        let digits = String(cString: text).filter { $0.isASCII && $0.isNumber }
        TessDeleteText(text)
        guard TessBaseAPIMeanTextConf(handle) >= 50, (1...3).contains(digits.count) else { return nil }
        return digits
    }
}
