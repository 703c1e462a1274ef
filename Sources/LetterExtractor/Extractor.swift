import Foundation
import Layout
import OCRText
import LetterModel
import LetterParser
import LetterHTML
import LetterTEI
import PDFText

/// The whole pipeline behind one call: file in, ``Letter`` out.
///
/// PDFs go through Poppler and the layout stage; text, Markdown and HTML enter at the block
/// level. Every path ends in the same segmenter, so all formats give the same fields.
public enum LetterExtractor {
    /// Identifies the extraction rules; batch resume and the archive redo a letter when it changes.
    public static let version = ExtractorInfo.currentVersion

    /// Extracts the letter in the file at `path`. Throws only when the file cannot be read as a
    /// document; an odd layout yields a letter with warnings instead.
    public static func extract(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> Letter {
        try checkSize(path: path, limits: options.limits)
        let (data, name) = try read(path: path)
        return try extract(data: data, name: name, format: SourceFormat.detect(name: name, data: data), options: options, displayPath: path)
    }

    /// Extracts a letter from bytes already in memory. `name` is recorded as `source.file`.
    public static func extract(
        data: Data, name: String, format: Source.Format, options: ExtractionOptions = ExtractionOptions(),
        displayPath: String? = nil
    ) throws(ExtractionError) -> Letter {
        let (laidOut, source) = try layout(data: data, name: name, format: format, options: options, displayPath: displayPath)
        return LetterSegmenter().segment(laidOut, source: source)
    }

    /// Refuses a file larger than its format's limit (``InputLimits``) before reading it; the
    /// format comes from the extension, else from the first kilobyte.
    static func checkSize(path: String, limits: InputLimits) throws(ExtractionError) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.type] as? FileAttributeType) == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.intValue else { return }
        let name = (path as NSString).lastPathComponent
        var head = Data()
        if SourceFormat.extensions[(name as NSString).pathExtension.lowercased()] == nil, let handle = FileHandle(forReadingAtPath: path) {
            head = (try? handle.read(upToCount: 1024)) ?? Data()
            try? handle.close()
        }
        if let reason = limits.refusal(size: size, format: SourceFormat.detect(name: name, data: head)) {
            throw ExtractionError(file: path, reason: reason, cause: .inputLimit)
        }
    }

    /// The file's bytes and base name, or the reason it cannot be read.
    static func read(path: String) throws(ExtractionError) -> (Data, String) {
        do {
            return (try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe), (path as NSString).lastPathComponent)
        } catch {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                throw ExtractionError(file: path, reason: isDir.boolValue ? "is a directory" : "cannot read file: \(FileErrorText.describe(error))",
                                      cause: .file(errno: isDir.boolValue ? EISDIR : FileErrorText.posixCode(of: error) ?? EIO))
            }
            let (shown, reason) = FileNames.missing(path)
            throw ExtractionError(file: shown, reason: reason, cause: .file(errno: ENOENT))
        }
    }

    /// Every format's way to the layout stage's blocks, and the source record: the one place
    /// that chooses a pipeline by format (JSON and TEI extraction both start here).
    static func layout(
        data: Data, name: String, format: Source.Format, options: ExtractionOptions, displayPath: String?
    ) throws(ExtractionError) -> (LaidOutDocument, Source) {
        let shown = displayPath ?? name
        let digest = SHA256.hex(data)
        switch format {
        case .pdf:
            var document: PDFDocumentText
            do {
                document = try PDFTextReader.read(data: data, name: shown, requireTextLayer: options.ocr == .never)
            } catch {
                throw ExtractionError(file: shown, reason: error.reason, cause: .pdf(error.code))
            }
            let ocr = try OCRPass.run(document, data: data, name: name, shown: shown, options: options)
            document = ocr.document
            if document.pages.allSatisfy({ $0.words.isEmpty }) {
                throw ExtractionError(file: shown, reason: "no text found (image-only PDF; OCR read no words)")
            }
            let info = document.info
            let source = Source(file: name, sha256: digest, format: .pdf, pages: info.pageCount,
                                metadata: .init(title: info.title, author: info.author, producer: info.producer, created: info.created),
                                ocr: ocr.pages.isEmpty ? nil : ocr.pages)
            var laidOut = LayoutAnalyzer(parameters: options.layout).analyze(document)
            laidOut.warnings += ocr.warnings
            return (laidOut, source)
        case .text, .markdown:
            guard !data.isEmpty else { throw ExtractionError(file: shown, reason: "empty file") }
            // UTF-8, UTF-16 by its byte order mark, or Windows-1252, with a warning saying which
            // when it is not plain UTF-8; a stray bad byte becomes U+FFFD, not mojibake.
            let decoded = TextDecoding.decode(data)
            var document = TextLayout.analyze(decoded.text, markdown: format == .markdown)
            document.warnings += decoded.warnings.map { DocumentWarning(.encodingAssumed, $0) }
            return (document, Source(file: name, sha256: digest, format: format, pages: nil))
        case .html:
            let reading: HTMLReading
            do {
                reading = try HTMLLetterReader.read(data: data)
            } catch {
                throw ExtractionError(file: shown, reason: error.reason, cause: .html)
            }
            return (reading.document, Source(file: name, sha256: digest, format: .html, pages: nil, metadata: reading.metadata))
        }
    }
}

/// Settings for one extraction.
public struct ExtractionOptions: Sendable {
    public var layout: LayoutParameters
    /// The largest file taken per format (``InputLimits``), from the environment by default.
    public var limits: InputLimits
    /// Which PDF pages are read by OCR (`auto`: those without a usable text layer).
    public var ocr: OCRMode
    /// The language OCR reads in (`de`, `deu`, `deu+eng`); nil: the text layer's, else detected.
    public var ocrLanguage: String?
    /// How pages are chosen for OCR under `auto`.
    public var ocrPolicy: OCRPagePolicy
    /// How finely pages are drawn for OCR.
    public var ocrResolution: PDFRasterizer.Resolution
    /// Seconds one page may spend in OCR before it stops with what it has read.
    public var ocrPageDeadline: Double
    /// Called once a document is found to need OCR, before Tesseract starts (the CLI uses it
    /// to restart itself with `OMP_THREAD_LIMIT=1`, which only a new process can take up).
    public var beforeOCR: (@Sendable () -> Void)?

    public init(
        layout: LayoutParameters = LayoutParameters(), limits: InputLimits = .fromEnvironment(),
        ocr: OCRMode = .auto, ocrLanguage: String? = nil,
        ocrPolicy: OCRPagePolicy = OCRPagePolicy(), ocrResolution: PDFRasterizer.Resolution = PDFRasterizer.Resolution(),
        ocrPageDeadline: Double = 120, beforeOCR: (@Sendable () -> Void)? = nil
    ) {
        self.layout = layout
        self.limits = limits
        self.ocr = ocr
        self.ocrLanguage = ocrLanguage
        self.ocrPolicy = ocrPolicy
        self.ocrResolution = ocrResolution
        self.ocrPageDeadline = ocrPageDeadline
        self.beforeOCR = beforeOCR
    }
}

/// Why a file could not be extracted: the file as the user named it, a one-line reason in the
/// project's words, and the error behind it with its own code.
public struct ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String
    /// The failure the reason words, kept by code rather than only as text, so a caller can
    /// tell a damaged PDF from an encrypted one or a missing file from a forbidden one
    /// without parsing messages. `nil` for reasons of the extractor's own (an image-only PDF
    /// after OCR, an empty text file).
    public var cause: Cause?

    /// Where a failure came from.
    public enum Cause: Equatable, Sendable {
        /// Poppler (or the PDF checks before it), with ``PDFTextError``'s code.
        case pdf(PDFTextError.Code)
        /// The operating system, with errno (2: no such file, 13: permission denied, 21: a directory).
        case file(errno: Int32)
        /// Larger than the format's ``InputLimits``.
        case inputLimit
        /// libxml2's HTML reading.
        case html
        /// A letter JSON that ``CanonicalJSON/decodeLetterChecked(_:)`` refused.
        case letterJSON
        /// Tesseract could not start (a missing language, no trained data).
        case ocr
    }

    public init(file: String, reason: String, cause: Cause? = nil) {
        self.file = file
        self.reason = reason
        self.cause = cause
    }

    public var description: String { "\(file): \(reason)" }
}

/// Which pipeline a file takes, from its extension and, failing that, its first bytes.
public enum SourceFormat {
    public static let extensions: [String: Source.Format] = [
        "pdf": .pdf, "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    ]

    public static func detect(name: String, data: Data) -> Source.Format {
        let ext = (name as NSString).pathExtension.lowercased()
        if let format = extensions[ext] { return format }
        let head = data.prefix(1024)
        if head.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        if lower.contains("<!doctype html") || lower.contains("<html") { return .html }
        return .text
    }
}
