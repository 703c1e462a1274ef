/// Where a letter came from: enough to find the original again and to detect a changed source.
///
/// `file` is the base name only: absolute paths would make output machine-dependent.
public struct Source: Codable, Equatable, Sendable {
    public enum Format: String, Codable, Sendable, CaseIterable {
        case pdf, text, markdown, html
    }

    public var file: String
    /// Lower-case hex SHA-256 of the source bytes.
    public var sha256: String
    public var format: Format
    /// Page count for PDFs; `nil` for formats without pages.
    public var pages: Int?
    public var metadata: Metadata
    /// The pages read by OCR, in page order; `nil` (and absent from the JSON) when none was, so a
    /// typed letter's output is what it was before OCR existed.
    public var ocr: [OCRPage]?

    public init(file: String, sha256: String, format: Format, pages: Int? = nil, metadata: Metadata = Metadata(), ocr: [OCRPage]? = nil) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.pages = pages
        self.metadata = metadata
        self.ocr = ocr
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(format, forKey: .format)
        try c.encode(pages, forKey: .pages)
        try c.encode(metadata, forKey: .metadata)
        try c.encodeIfPresent(ocr, forKey: .ocr)
    }

    /// One page whose words came from OCR rather than the PDF's text layer.
    public struct OCRPage: Codable, Equatable, Sendable {
        /// 1-based page number.
        public var page: Int
        /// Tesseract's mean word confidence on the page, 0–100, to one decimal.
        public var confidence: Double
        /// The Tesseract language the page was read with (`eng`, `deu`).
        public var language: String
        /// Why the page was read by OCR: `no_text_layer`, `partial_text_layer`,
        /// `garbled_text_layer` or `forced` (`--ocr always`).
        public var reason: String

        public init(page: Int, confidence: Double, language: String, reason: String) {
            self.page = page
            self.confidence = confidence
            self.language = language
            self.reason = reason
        }
    }

    /// Document metadata as the file declares it (PDF info dictionary, HTML `<title>`/`<meta>`).
    public struct Metadata: Codable, Equatable, Sendable {
        public var title: String?
        public var author: String?
        public var producer: String?
        /// Creation date as ISO 8601 (`2019-04-02T10:20:00Z`) when the file declares one.
        public var created: String?

        public init(title: String? = nil, author: String? = nil, producer: String? = nil, created: String? = nil) {
            self.title = title
            self.author = author
            self.producer = producer
            self.created = created
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(author, forKey: .author)
            try c.encode(producer, forKey: .producer)
            try c.encode(created, forKey: .created)
        }
    }
}
