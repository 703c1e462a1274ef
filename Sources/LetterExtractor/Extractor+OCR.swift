import Foundation
import Layout
import LetterModel
import LetterParser
import OCRText
import PDFText

/// When pages are read by OCR (`--ocr auto|always|never`).
public typealias OCRMode = OCRText.OCRMode

/// The OCR step of the PDF pipeline: chooses the pages (``OCRPagePolicy``), picks the language,
/// renders each chosen page with Poppler, reads it with Tesseract and puts its words in the
/// page, where the layout stage takes them like any other words.
enum OCRPass {
    /// The document with OCR'd pages filled in, what `source.ocr` records, and warnings.
    struct Result {
        var document: PDFDocumentText
        var pages: [Source.OCRPage]
        var warnings: [DocumentWarning]
    }

    /// Below this mean word confidence (0–100) a page's text is flagged in the warnings.
    static let lowConfidence = 60.0
    /// ISO 639-1 codes the language detector returns, as Tesseract's language codes.
    static let tesseractCodes = ["en": "eng", "es": "spa", "fr": "fra", "de": "deu", "pt": "por"]
    /// Pages with at least this many words are checked for being prose of the document's language.
    static let proseCheckWords = 100

    static func run(
        _ document: PDFDocumentText, data: Data, name: String, shown: String, options: ExtractionOptions
    ) throws(ExtractionError) -> Result {
        var result = Result(document: document, pages: [], warnings: [])
        guard options.ocr != .never else { return result }

        let pageTexts = document.pages.map { page in page.words.map(\.text).joined(separator: " ") }
        let layerLanguage = LanguageDetector.detect(pageTexts.joined(separator: "\n"))
        // The lexicon measure: a long page in which no language's common words lead, in a
        // document whose language is known, is not prose as printed.
        var notProse: Set<Int> = []
        if layerLanguage != nil {
            for (page, text) in zip(document.pages, pageTexts)
            where page.words.count >= proseCheckWords && LanguageDetector.detect(text) == nil {
                notProse.insert(page.number)
            }
        }
        let chosen = options.ocrPolicy.pages(of: document, mode: options.ocr, notProse: notProse) { pages in
            PDFRasterizer.imageCoverage(data: data, name: shown, pages: pages)
        }
        guard !chosen.isEmpty else { return result }

        // The language: the user's, else the text layer's (pages kept as they are), else found
        // by reading the first page in English and asking the detector.
        let keptText = zip(document.pages, pageTexts).filter { chosen[$0.0.number] == nil }.map(\.1).joined(separator: "\n")
        var language = try options.ocrLanguage.map { code throws(ExtractionError) in try tesseractLanguage(code, shown: shown) }
            ?? LanguageDetector.detect(keptText).flatMap { tesseractCodes[$0] }.map(withSecondaryLanguages)
        options.beforeOCR?()
        var engine = try startEngine(language ?? withSecondaryLanguages("eng"), options: options, shown: shown)

        var pagesByNumber = Dictionary(uniqueKeysWithValues: result.document.pages.map { ($0.number, $0) })
        let numbers = chosen.keys.sorted()
        try PDFRasterizer.render(data: data, name: shown, pages: numbers, resolution: options.ocrResolution) { (raster: PageRaster) throws(ExtractionError) in
            var read = engine.recognize(raster)
            if language == nil {
                let detected = LanguageDetector.detect(read.words.map(\.text).joined(separator: " ")).flatMap { tesseractCodes[$0] }.map(withSecondaryLanguages)
                language = detected ?? engine.language
                if let detected, detected != engine.language {
                    engine = try startEngine(detected, options: options, shown: shown)
                    read = engine.recognize(raster)
                }
            }
            guard let reason = chosen[raster.page], var page = pagesByNumber[raster.page] else { return }
            page.words = reason == .partialTextLayer ? merge(layer: page.words, ocr: read.words) : read.words
            pagesByNumber[raster.page] = page
            let confidence = (read.meanConfidence * 10).rounded() / 10
            result.pages.append(Source.OCRPage(page: raster.page, confidence: confidence, language: engine.language, reason: reason.rawValue))
            if read.timedOut {
                result.warnings.append(DocumentWarning(.ocrIncomplete, "page \(raster.page): OCR stopped at its \(Int(engine.pageDeadline)) s limit; the page may be incomplete"))
            }
            if read.words.isEmpty {
                result.warnings.append(DocumentWarning(.ocrNoText, "page \(raster.page): OCR found no text"))
            } else if confidence < lowConfidence {
                result.warnings.append(DocumentWarning(.ocrLowConfidence, "page \(raster.page): low OCR confidence (\(confidence) of 100); its text may be wrong"))
            }
        }
        result.document.pages = result.document.pages.map { pagesByNumber[$0.number] ?? $0 }
        return result
    }

    /// The layer's words, plus the OCR words that are not already there (no overlap with a layer
    /// word): a typed header stays as typed, the scanned rest comes from OCR.
    static func merge(layer: [Word], ocr: [Word]) -> [Word] {
        let added = ocr.filter { word in
            !layer.contains { kept in
                let overlap = kept.box.horizontalOverlap(word.box) * kept.box.verticalOverlap(word.box)
                return overlap > 0.3 * Swift.max(word.box.width * word.box.height, 1e-6)
            }
        }
        return layer + added
    }

    /// The main language first, then the other four: Tesseract tries them only on words the
    /// main one reads badly, so a Spanish name in an English letter keeps its accents
    /// (`Núcleo`, not `Nucleo`) for little time.
    static func withSecondaryLanguages(_ main: String) -> String {
        ([main] + ["eng", "spa", "fra", "deu", "por"].filter { $0 != main }).joined(separator: "+")
    }

    /// `--ocr-lang` as Tesseract codes: ISO 639-1 (`de`) or Tesseract's own (`deu`, `deu+eng`).
    static func tesseractLanguage(_ code: String, shown: String) throws(ExtractionError) -> String {
        let parts = code.lowercased().split(separator: "+").map { tesseractCodes[String($0)] ?? String($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0.count >= 3 && $0.allSatisfy { $0.isLetter || $0 == "_" } }) else {
            throw ExtractionError(file: shown, reason: "unknown OCR language '\(code)'")
        }
        return parts.joined(separator: "+")
    }

    private static func startEngine(_ language: String, options: ExtractionOptions, shown: String) throws(ExtractionError) -> TesseractEngine {
        do {
            return try TesseractEngine(language: language, pageDeadline: options.ocrPageDeadline)
        } catch {
            throw ExtractionError(file: shown, reason: error.description, cause: .ocr)
        }
    }
}
