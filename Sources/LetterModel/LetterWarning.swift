/// Something a reader should check in a letter: a closed set of codes, each with the field it
/// concerns and a message in words.
///
/// Codes let an archive team sort ten thousand letters by what to open first
/// (`batch-report.json`'s `needs_review`, `archive search --needs-review`); the message says
/// what was seen. `docs/review.md` lists every code, when it is raised and how often it is right.
public struct LetterWarning: Codable, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// No dateline found.
        case noDate = "no_date"
        /// No signer found.
        case noSignatories = "no_signatories"
        /// The closing was placed by its position between the body and the names, not by a
        /// closing formula.
        case closingByPosition = "closing_by_position"
        /// The sender block reads as a title or a sentence rather than a name or letterhead.
        case senderReadsAsTitle = "sender_reads_as_title"
        /// Placeholders where names or dates should be ("[Name]", "XX"): a template, not a letter.
        case unsignedTemplate = "unsigned_template"
        /// Neither salutation nor closing was found: where the body starts and ends is estimated.
        case noStructure = "no_structure"
        /// The segmenter's confidence in a field is below 0.5.
        case lowConfidence = "low_confidence"
        /// A page read by OCR with a low mean word confidence.
        case ocrLowConfidence = "ocr_low_confidence"
        /// OCR of a page stopped at its time limit.
        case ocrIncomplete = "ocr_incomplete"
        /// OCR found no text on a page.
        case ocrNoText = "ocr_no_text"
        /// A text file's encoding was guessed, or bad bytes were replaced.
        case encodingAssumed = "encoding_assumed"
        /// The document has no readable content.
        case noContent = "no_content"
        /// Part of an HTML page was nested too deep to read.
        case nestingTooDeep = "nesting_too_deep"
        /// A free-form note from a letter written with schema 1, which had no codes.
        case note
    }

    public var code: Code
    /// The letter field the warning concerns (`date`, `signatories`, `closing`…), `nil` when it
    /// concerns the document as a whole.
    public var field: String?
    public var message: String

    public init(_ code: Code, field: String? = nil, _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    public var description: String { message }

    enum CodingKeys: String, CodingKey { case code, field, message }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(field, forKey: .field)
        try c.encode(message, forKey: .message)
    }

    /// Reads a coded warning, or a schema-1 string as a ``Code/note``.
    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self.init(.note, text)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(Code.self, forKey: .code), field: try c.decodeIfPresent(String.self, forKey: .field),
                  try c.decode(String.self, forKey: .message))
    }
}
