import Foundation
import Layout
import LetterModel
import LetterParser
import LetterHTML
import LetterTEI

/// What `extract` and `batch` write for a letter.
public enum OutputFormat: String, CaseIterable, Codable, Sendable {
    /// Canonical JSON (`schema/letter.schema.json`).
    case json
    /// TEI P5 XML.
    case tei
    /// Markdown: the readable letter with Markdown structure and footnotes.
    case md
    /// Plain text: the readable letter `archive show` prints.
    case text

    /// The extension of output files: `json`, `xml`, `md`, `txt`.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .tei: "xml"
        case .md: "md"
        case .text: "txt"
        }
    }
}

/// What an input is: a document to extract, or a letter JSON already extracted.
public enum InputKind: Equatable, Sendable {
    case document(Source.Format)
    /// JSON as `letters extract` writes it: validated and re-encoded, never read as text.
    case letterJSON

    /// From the file name's extension (`.json` is a letter JSON), else from the first bytes:
    /// `%PDF-`, HTML, JSON (`{` first), Markdown, else text. `sniffMarkdown` decides Markdown
    /// from the content when the name does not (standard input has no name); files without a
    /// known extension stay plain text, as they always were.
    public static func detect(name: String, data: Data, sniffMarkdown: Bool = false) -> InputKind {
        let ext = (name as NSString).pathExtension.lowercased()
        if ext == "json" { return .letterJSON }
        if SourceFormat.extensions[ext] == nil, startsLikeJSON(data) { return .letterJSON }
        let format = SourceFormat.detect(name: name, data: data)
        if format == .text, sniffMarkdown, SourceFormat.extensions[ext] == nil, looksLikeMarkdown(data) { return .document(.markdown) }
        return .document(format)
    }

    /// `{` as the first character after spaces (and a byte order mark): no letter starts so.
    static func startsLikeJSON(_ data: Data) -> Bool {
        var bytes = data.prefix(1024)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    /// Markdown's own marks in the first 64 KB: an ATX heading (`# Title`), a setext underline,
    /// a link `[text](url)`, strong emphasis `**…**` or a code fence. Lists and quotes alone do
    /// not decide it: plain-text letters use `-` and `>` too.
    static func looksLikeMarkdown(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(65_536), as: UTF8.self)
        var previousHadText = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let hashes = trimmed.firstIndex(where: { $0 != "#" }), (1...6).contains(trimmed.distance(from: trimmed.startIndex, to: hashes)),
               trimmed[hashes] == " " { return true }
            if trimmed.hasPrefix("```") { return true }
            if previousHadText, trimmed.count >= 3, trimmed.allSatisfy({ $0 == "=" }) { return true }
            if trimmed.contains("](http") || trimmed.contains("](#") { return true }
            if let open = trimmed.range(of: "**"), trimmed[open.upperBound...].contains("**") { return true }
            previousHadText = !trimmed.isEmpty
        }
        return false
    }
}

extension LetterExtractor {
    /// The path that stands for standard input, as in most Unix tools.
    public static let standardInputPath = "-"
    /// `source.file` of a letter read from standard input, and the name in its messages.
    public static let standardInputName = "stdin"

    /// A letter converted for output: the bytes to write and the letter they were made from.
    public struct Conversion: Sendable {
        public var output: Data
        public var letter: Letter
    }

    /// Converts the file at `path` (`-`: standard input) into `format`. A letter JSON is
    /// checked and rendered again (canonical for `json`); anything else is extracted.
    public static func convert(path: String, to format: OutputFormat, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> Conversion {
        let input = try readInput(path: path, limits: options.limits)
        return try convert(data: input.data, name: input.name, kind: input.kind, to: format, options: options, displayPath: input.shown)
    }

    /// The letter in the file at `path` (`-`: standard input): extracted from a document, or
    /// read and checked from a letter JSON (what `letters diff` compares).
    public static func letter(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> Letter {
        let input = try readInput(path: path, limits: options.limits)
        switch input.kind {
        case .letterJSON: return try decodeJSON(input.data, shown: input.shown)
        case .document(let format): return try extract(data: input.data, name: input.name, format: format, options: options, displayPath: input.shown)
        }
    }

    /// An input's bytes, recorded name, displayed name and kind; standard input is read whole
    /// and its kind told from the content alone.
    static func readInput(path: String, limits: InputLimits) throws(ExtractionError) -> (data: Data, name: String, shown: String, kind: InputKind) {
        if path == standardInputPath {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let kind = InputKind.detect(name: "", data: data, sniffMarkdown: true)
            if case .document(let format) = kind, let reason = limits.refusal(size: data.count, format: format) {
                throw ExtractionError(file: standardInputName, reason: reason, cause: .inputLimit)
            }
            if data.isEmpty { throw ExtractionError(file: standardInputName, reason: "empty input") }
            return (data, standardInputName, standardInputName, kind)
        }
        try checkSize(path: path, limits: limits)
        let (data, name) = try read(path: path)
        return (data, name, path, InputKind.detect(name: name, data: data))
    }

    static func decodeJSON(_ data: Data, shown: String) throws(ExtractionError) -> Letter {
        guard !data.isEmpty else { throw ExtractionError(file: shown, reason: "empty file") }
        do { return try CanonicalJSON.decodeLetterChecked(data) } catch {
            throw ExtractionError(file: shown, reason: error.reason, cause: .letterJSON)
        }
    }

    /// Converts bytes already in memory; `name` is recorded as `source.file`.
    public static func convert(
        data: Data, name: String, kind: InputKind, to format: OutputFormat, options: ExtractionOptions = ExtractionOptions(),
        displayPath: String? = nil
    ) throws(ExtractionError) -> Conversion {
        let shown = displayPath ?? name
        switch kind {
        case .letterJSON:
            let letter = try decodeJSON(data, shown: shown)
            return Conversion(output: try render(letter, as: format, file: shown), letter: letter)
        case .document(let source):
            let (laidOut, record) = try layout(data: data, name: name, format: source, options: options, displayPath: shown)
            let letter = LetterSegmenter().segment(laidOut, source: record)
            let anchors = format == .tei ? FootnoteAnchors.locate(body: letter.body, in: laidOut) : []
            return Conversion(output: try render(letter, as: format, anchors: anchors, file: shown), letter: letter)
        }
    }

    /// `letter` in `format`. `anchors` place TEI footnote references inside their paragraphs
    /// (only extraction knows them; a letter read from JSON gets its references at paragraph ends).
    public static func render(_ letter: Letter, as format: OutputFormat, anchors: [FootnoteAnchor] = [], file: String) throws(ExtractionError) -> Data {
        switch format {
        case .json:
            do { return try CanonicalJSON.encode(letter) } catch {
                throw ExtractionError(file: file, reason: "cannot encode the letter as JSON: \(error)")
            }
        case .tei: return TEIWriter.write(letter, anchors: anchors)
        case .md: return Data(ReadableLetter.markdown(letter).utf8)
        case .text: return Data(ReadableLetter.text(letter).utf8)
        }
    }
}
