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
    /// otherwise start several threads per page (slower on a shared machine). So when a document
    /// turns out to need OCR, the variable is unset and nothing has been written yet
    /// (`canRestart`), the process starts itself again with it set: typed letters never pay for a
    /// second start. If the restart fails, it goes on as it is (same output, more threads).
    static func restartWithOneOpenMPThread(canRestart: @escaping @Sendable () -> Bool) -> @Sendable () -> Void {
        {
            guard getenv("OMP_THREAD_LIMIT") == nil, canRestart() else { return }
            setenv("OMP_THREAD_LIMIT", "1", 1)
            var arguments: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) } + [nil]
            execv(Worker.executablePath(), &arguments)
        }
    }

    /// The same settings as worker arguments.
    var workerArguments: [String] {
        ["--ocr", ocr.rawValue] + (ocrLanguage.map { ["--ocr-lang", $0] } ?? [])
    }
}

extension OCRMode: ExpressibleByArgument {}

/// A flag set once, readable from the `beforeOCR` callback.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}
