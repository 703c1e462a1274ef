import ArgumentParser
import LetterExtractor

/// `--ocr` and `--ocr-lang`, shared by `extract`, `batch` and the batch worker.
struct OCROptions: ParsableArguments {
    @Option(help: "OCR scanned pages: auto (pages without a usable text layer), always, or never (an image-only PDF stays an error).")
    var ocr: OCRMode = .auto

    @Option(name: .customLong("ocr-lang"), help: "OCR language: en, es, fr, de, pt or Tesseract codes (deu+eng); default: the text layer's, else detected.")
    var ocrLanguage: String?

    /// Extraction options with these settings.
    var extractionOptions: ExtractionOptions {
        ExtractionOptions(ocr: ocr, ocrLanguage: ocrLanguage)
    }

    /// The same settings as worker arguments.
    var workerArguments: [String] {
        ["--ocr", ocr.rawValue] + (ocrLanguage.map { ["--ocr-lang", $0] } ?? [])
    }
}

extension OCRMode: ExpressibleByArgument {}
