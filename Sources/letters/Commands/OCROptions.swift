import ArgumentParser
import Foundation
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

    /// Tesseract's OpenMP reads `OMP_THREAD_LIMIT` once, when the process loads it, and would
    /// otherwise start several threads per page (slower on a shared machine, and batch workers
    /// already run one per core). When OCR may run and the variable is unset, the process starts
    /// itself again with it set; if that fails, it goes on as it is.
    func limitOpenMPThreads(files: [String]) {
        guard ocr != .never, getenv("OMP_THREAD_LIMIT") == nil,
              files.contains(where: { $0.lowercased().hasSuffix(".pdf") }) else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        var arguments: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(Worker.executablePath(), &arguments)
    }

    /// The same settings as worker arguments.
    var workerArguments: [String] {
        ["--ocr", ocr.rawValue] + (ocrLanguage.map { ["--ocr-lang", $0] } ?? [])
    }
}

extension OCRMode: ExpressibleByArgument {}
