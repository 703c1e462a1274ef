import LibXML
import Foundation
import LetterModel

/// The header fields a CMIF file must have.
///
/// CMIF (Correspondence Metadata Interchange Format, the TEI subset correspSearch harvests)
/// requires a title, an editor with an e-mail address, a publisher, the file's own URL, the
/// file's publication date and the CC-BY 4.0 licence. The defaults say what they stand for so a
/// file made without options is still valid, but correspSearch needs the real ones
/// (``placeholders``). The date is given by the caller (the export's day), never read from the
/// clock here, so the same input and header give the same bytes.
public struct CMIFHeader: Equatable, Sendable, Codable {
    public var title: String
    public var editor: String
    public var editorEmail: String?
    public var publisher: String
    /// Where the CMIF file itself is published (`idno type="url"`).
    public var url: String
    /// Publication date of the file, `YYYY-MM-DD`.
    public var date: String
    /// The edition or archive the letters come from (`sourceDesc/bibl type="online"`).
    public var sourceTitle: String
    public var sourceURL: String?

    public static let placeholderURL = "https://example.org/letters/cmif.xml"
    public static let placeholderEditor = "Letters archive editor"

    public init(title: String = "Letters archive", editor: String = placeholderEditor, editorEmail: String? = nil,
                publisher: String = "Letters archive", url: String = placeholderURL, date: String,
                sourceTitle: String = "Letters archive (extracted with Letters)", sourceURL: String? = nil) {
        self.title = title
        self.editor = editor
        self.editorEmail = editorEmail
        self.publisher = publisher
        self.url = url
        self.date = date
        self.sourceTitle = sourceTitle
        self.sourceURL = sourceURL
    }

    /// The options still at a stand-in value (`--url`, `--editor`, `--email`), for a warning:
    /// correspSearch registers a file by its real URL and writes to its editor.
    public var placeholders: [String] {
        var missing: [String] = []
        if url == Self.placeholderURL { missing.append("--url") }
        if editor == Self.placeholderEditor { missing.append("--editor") }
        if editorEmail == nil { missing.append("--email") }
        return missing
    }

    enum CodingKeys: String, CodingKey {
        case title, editor, editorEmail = "email", publisher, url, date, sourceTitle = "source_title", sourceURL = "source_url"
    }
}

/// A CMIF file and the letters it could not hold.
public struct CMIFDocument: Sendable {
    /// A letter left out, by its index in the input, and why.
    public struct Omission: Equatable, Sendable {
        public var index: Int
        public var reason: String

        public init(index: Int, reason: String) {
            self.index = index
            self.reason = reason
        }
    }

    public var xml: Data
    public var omitted: [Omission]
}

/// Writes one CMIF file (TEI with one `correspDesc` per letter) for a list of letters, as the
/// CMIF schema and its Schematron rules want it (`docs/tei.md`):
///
/// - every `correspDesc` has exactly one `sent` and one `received` action (the only two types
///   CMIF allows; a copy recipient has no place in CMIF and stays in the TEI export), a side the
///   letter does not name holding `persName` "Unknown", as the CMIF guidelines ask;
/// - each `correspDesc/@source` points to the one `bibl`, whose `xml:id` is a UUID made from
///   the file's URL (stable across exports of the same file);
/// - every `date` has `@when`.
///
/// A letter that names no sender, addressee, place or date cannot be expressed (both sides
/// would be Unknown, undated): it is left out and listed in ``CMIFDocument/omitted``.
public enum CMIFWriter {
    public static let licence = "https://creativecommons.org/licenses/by/4.0/"
    public static let unknown = "Unknown"

    public static func write(letters: [Letter], header: CMIFHeader) -> CMIFDocument {
        let sourceID = bibliographyID(for: header.url)
        var omitted: [CMIFDocument.Omission] = []
        let w = XMLWriter()
        w.start("TEI", ["xmlns": TEIWriter.namespace])
        w.start("teiHeader")
        w.start("fileDesc")
        w.start("titleStmt")
        w.element("title", text: header.title)
        w.start("editor", mixed: true)
        w.text(header.editor)
        if let email = header.editorEmail { w.text(" "); w.element("email", text: email) }
        w.end()
        w.end()
        w.start("publicationStmt")
        w.start("publisher", mixed: true)
        w.element("ref", ["target": header.url], text: header.publisher)
        w.end()
        w.element("idno", ["type": "url"], text: header.url)
        w.start("date", ["when": header.date]); w.end()
        w.start("availability")
        w.element("licence", ["target": licence],
                  text: "This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0")
        w.end()
        w.end()
        w.start("sourceDesc")
        w.start("bibl", ["type": "online", "xml:id": sourceID], mixed: true)
        w.text(header.sourceTitle)
        if let url = header.sourceURL { w.text(" "); w.element("ref", ["target": url], text: url) }
        w.end()
        w.end()
        w.end() // fileDesc
        w.start("profileDesc")
        for (index, letter) in letters.enumerated() {
            if let reason = omission(letter) {
                omitted.append(.init(index: index, reason: reason))
                continue
            }
            correspDesc(letter, sourceID: sourceID, w)
        }
        w.end()
        w.end() // teiHeader
        w.start("text")
        w.start("body")
        w.start("p"); w.end()
        w.end()
        w.end()
        return CMIFDocument(xml: w.finish(), omitted: omitted)
    }

    /// Why `letter` cannot be a `correspDesc`, or nil when it can.
    static func omission(_ letter: Letter) -> String? {
        let senders = TEINames.senders(letter)
        if senders.isEmpty && TEINames.addressee(letter) == nil && letter.place == nil && letter.date == nil {
            return "names no sender, addressee, place or date"
        }
        return nil
    }

    /// One letter: `sent` (senders, place, date) and `received` (addressee), Unknown for a
    /// side without a name.
    static func correspDesc(_ letter: Letter, sourceID: String, _ w: XMLWriter) {
        w.start("correspDesc", ["key": letter.source.sha256, "source": "#" + sourceID])
        w.start("correspAction", ["type": "sent"])
        let senders = TEINames.senders(letter)
        if senders.isEmpty { w.element("persName", text: unknown) }
        for s in senders { w.element(s.element, text: s.name) }
        w.element("placeName", text: letter.place)
        if let date = letter.date { w.element("date", ["when": date.iso], text: date.text) }
        w.end()
        w.start("correspAction", ["type": "received"])
        if let addressee = TEINames.addressee(letter) {
            w.element(addressee.element, text: addressee.name)
        } else {
            w.element("persName", text: unknown)
        }
        w.end()
        w.end()
    }

    /// A UUID (RFC 4122 layout, version 5 bits over SHA-256 rather than SHA-1) drawn from the
    /// file's URL, as CMIF recommends for `bibl/@xml:id` (Schematron W0001), stable across
    /// exports of one file. Prefixed with `u-` because an `xml:id` cannot start with a digit;
    /// the Schematron's `matches()` finds the UUID inside the id.
    static func bibliographyID(for url: String) -> String {
        var bytes = Array(SHA256.digest(Data(url.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return "u-" + parts.joined(separator: "-")
    }

    /// `2017-06` → `2017-06-01`: a full day, for callers that have only a letter's date.
    public static func fullDate(_ iso: String) -> String {
        switch iso.count {
        case 4: return iso + "-01-01"
        case 7: return iso + "-01"
        default: return iso
        }
    }
}
