import Foundation
import Layout
import LetterModel
import LetterParser
import LetterXML
import PDFText

/// The whole pipeline behind one call: file in, ``Letter`` out.
///
/// PDFs go through Poppler and the layout stage; text, Markdown and HTML enter at the block
/// level. Every path ends in the same segmenter, so all formats give the same fields.
public enum LetterExtractor {
    /// Identifies the extraction rules; batch resume and the archive redo a letter when it changes.
    public static let version = "0.1.0"

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
            throw ExtractionError(file: path, reason: reason)
        }
    }

    /// The file's bytes and base name, or the reason it cannot be read.
    static func read(path: String) throws(ExtractionError) -> (Data, String) {
        do {
            return (try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe), (path as NSString).lastPathComponent)
        } catch {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                throw ExtractionError(file: path, reason: isDir.boolValue ? "is a directory" : "cannot read file")
            }
            let (shown, reason) = FileNames.missing(path)
            throw ExtractionError(file: shown, reason: reason)
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
            let document: PDFDocumentText
            do {
                document = try PDFTextReader.read(data: data, name: shown)
            } catch {
                throw ExtractionError(file: shown, reason: error.reason)
            }
            let info = document.info
            let source = Source(file: name, sha256: digest, format: .pdf, pages: info.pageCount,
                                metadata: .init(title: info.title, author: info.author, producer: info.producer, created: info.created))
            return (LayoutAnalyzer(parameters: options.layout).analyze(document), source)
        case .text, .markdown:
            guard !data.isEmpty else { throw ExtractionError(file: shown, reason: "empty file") }
            // UTF-8, UTF-16 by its byte order mark, or Windows-1252, with a warning saying which
            // when it is not plain UTF-8; a stray bad byte becomes U+FFFD, not mojibake.
            let decoded = TextDecoding.decode(data)
            var document = TextLayout.analyze(decoded.text, markdown: format == .markdown)
            document.warnings += decoded.warnings
            return (document, Source(file: name, sha256: digest, format: format, pages: nil))
        case .html:
            let reading: HTMLReading
            do {
                reading = try HTMLLetterReader.read(data: data)
            } catch {
                throw ExtractionError(file: shown, reason: error.reason)
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

    public init(layout: LayoutParameters = LayoutParameters(), limits: InputLimits = .fromEnvironment()) {
        self.layout = layout
        self.limits = limits
    }
}

/// Why a file could not be extracted: the file as the user named it and a one-line reason.
public struct ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
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
