/// Why a document's text could not be read. Each case keeps the file and, where Poppler gave
/// one, its message, so the CLI can print one line that names the file and the reason.
public struct PDFTextError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The file does not exist or cannot be read.
        case unreadable
        /// The file is empty.
        case empty
        /// The bytes are not a PDF (no `%PDF-` header).
        case notPDF
        /// Poppler could not parse the document (truncated, corrupt cross-reference table…).
        case damaged
        /// The document needs a password.
        case encrypted
        /// Every page lacks a text layer (a scan without OCR).
        case noTextLayer
    }

    public var code: Code
    public var file: String
    /// Detail from the operating system or Poppler, when there was one.
    public var detail: String?

    public init(_ code: Code, file: String, detail: String? = nil) {
        self.code = code
        self.file = file
        self.detail = detail
    }

    /// A one-line reason without the file name.
    public var reason: String {
        let base: String
        switch code {
        case .unreadable: base = "cannot read file"
        case .empty: base = "empty file"
        case .notPDF: base = "not a PDF (no %PDF header)"
        case .damaged: base = "damaged PDF"
        case .encrypted: base = "encrypted PDF (password required)"
        case .noTextLayer: base = "no text layer (image-only PDF; run OCR first)"
        }
        guard let detail, !detail.isEmpty else { return base }
        return "\(base): \(detail)"
    }

    public var description: String { "\(file): \(reason)" }
}
