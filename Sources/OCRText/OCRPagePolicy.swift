import PDFText

/// When pages are read by OCR: `auto` decides page by page, `always` reads every page,
/// `never` keeps the text layer only (and a document without one stays an error).
public enum OCRMode: String, Sendable, CaseIterable {
    case auto, always, never
}

/// Why a page was read by OCR.
public enum OCRReason: String, Sendable, Equatable {
    /// The page has no text layer.
    case noTextLayer = "no_text_layer"
    /// A scanned image with a little typed text on it (a typed header): the layer holds only part
    /// of what is printed. The layer's words are kept and OCR adds the rest.
    case partialTextLayer = "partial_text_layer"
    /// The layer is garbage, or an earlier OCR pass's layer over a scan with signs of errors.
    case garbledTextLayer = "garbled_text_layer"
    /// `--ocr always`.
    case forced
}

/// Chooses the pages to OCR from what the text layer and the page images show.
///
/// Cheap first: every page's words are measured (``TextLayerQuality``) in one pass over their
/// characters. Only pages that look sparse or suspect have their images measured (a second,
/// light Poppler pass over those pages alone), so a typed letter costs almost nothing more.
public struct OCRPagePolicy: Sendable {
    /// Pages with fewer words than this are checked for a scanned image under them.
    public var sparseWords: Int
    /// A page this much covered by images is a scan.
    public var scanCoverage: Double
    /// A sparse page this much covered by images holds more than its text layer says.
    public var partialCoverage: Double

    public init(sparseWords: Int = 80, scanCoverage: Double = 0.8, partialCoverage: Double = 0.4) {
        precondition(sparseWords >= 0 && (0...1).contains(scanCoverage) && (0...1).contains(partialCoverage))
        self.sparseWords = sparseWords
        self.scanCoverage = scanCoverage
        self.partialCoverage = partialCoverage
    }

    /// The pages to OCR and why.
    ///
    /// - Parameters:
    ///   - notProse: pages whose words the caller found not to be prose of the document's
    ///     language (too few common words): counted as suspect.
    ///   - imageCoverage: measures the share of each listed page covered by images; called at
    ///     most twice, with only the pages that need it.
    public func pages(
        of document: PDFDocumentText, mode: OCRMode, notProse: Set<Int> = [],
        imageCoverage: ([Int]) -> [Int: Double]
    ) -> [Int: OCRReason] {
        switch mode {
        case .never: return [:]
        case .always: return Dictionary(uniqueKeysWithValues: document.pages.map { ($0.number, .forced) })
        case .auto: break
        }
        var chosen: [Int: OCRReason] = [:]
        var sparse: [Int] = [], suspect: [Int] = []
        for page in document.pages {
            if page.words.isEmpty { chosen[page.number] = .noTextLayer; continue }
            let quality = TextLayerQuality(page.words)
            if quality.isGarbage { chosen[page.number] = .garbledTextLayer; continue }
            if quality.isSuspect || notProse.contains(page.number) {
                suspect.append(page.number)
            } else if page.words.count < sparseWords {
                sparse.append(page.number)
            }
        }
        guard !(sparse.isEmpty && suspect.isEmpty) else { return chosen }
        let coverage = imageCoverage(sparse + suspect)
        for number in sparse where coverage[number, default: 0] >= partialCoverage {
            chosen[number] = .partialTextLayer
        }
        var garbledScan = false
        for number in suspect where coverage[number, default: 0] >= scanCoverage {
            chosen[number] = .garbledTextLayer
            garbledScan = true
        }
        // One capture made every page's layer of a scanned document: once it is shown wrong on
        // one page, the other scanned pages are read again too.
        if garbledScan {
            let rest = document.pages.map(\.number).filter { chosen[$0] == nil }
            let more = imageCoverage(rest.filter { coverage[$0] == nil })
            for number in rest where (coverage[number] ?? more[number] ?? 0) >= scanCoverage {
                chosen[number] = .garbledTextLayer
            }
        }
        return chosen
    }
}
