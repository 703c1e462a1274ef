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

    public init(file: String, sha256: String, format: Format, pages: Int? = nil, metadata: Metadata = Metadata()) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.pages = pages
        self.metadata = metadata
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(format, forKey: .format)
        try c.encode(pages, forKey: .pages)
        try c.encode(metadata, forKey: .metadata)
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
