import Foundation
import LetterModel

/// The header fields a CMIF file must have, with defaults that say what they stand for.
///
/// CMIF (Correspondence Metadata Interchange Format, the TEI subset correspSearch harvests)
/// requires a title, an editor, a publisher, the file's own URL, a publication date and the
/// CC-BY 4.0 licence. Dates are never taken from the clock, so output stays reproducible.
public struct CMIFHeader: Equatable, Sendable {
    public var title: String
    public var editor: String
    public var editorEmail: String?
    public var publisher: String
    /// Where the CMIF file itself is published (`idno type="url"`).
    public var url: String
    /// Publication date of the file, `YYYY-MM-DD`; `nil` uses the latest letter date.
    public var date: String?
    /// The edition or archive the letters come from (`sourceDesc/bibl type="online"`).
    public var sourceTitle: String
    public var sourceURL: String?

    public init(title: String = "Letters archive", editor: String = "Letters archive editor", editorEmail: String? = nil,
                publisher: String = "Letters archive", url: String = "https://example.org/letters/cmif.xml", date: String? = nil,
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
}

/// Writes one CMIF file (TEI with one `correspDesc` per letter) for a list of letters.
///
/// Letters that name no sender, addressee, place or date are left out: a `correspDesc`
/// without a `correspAction` tells a harvester nothing.
public enum CMIFWriter {
    public static let licence = "https://creativecommons.org/licenses/by/4.0/"
    static let sourceID = "letters-source"

    public static func write(letters: [Letter], header: CMIFHeader = CMIFHeader()) -> Data {
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
        let date = header.date ?? letters.compactMap { $0.date?.iso }.max().map(fullDate) ?? "1970-01-01"
        w.start("date", ["when": date]); w.end()
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
        // A letter that names no correspondent, place or date has nothing to harvest.
        for letter in letters where TEIWriter.hasCorrespondence(letter) {
            TEIWriter.correspDesc(letter, w, attributes: ["key": letter.source.sha256, "source": "#" + sourceID])
        }
        w.end()
        w.end() // teiHeader
        w.start("text")
        w.start("body")
        w.start("p"); w.end()
        w.end()
        w.end()
        return w.finish()
    }

    /// `2017-06` → `2017-06-01`: the publication date must be a full day.
    static func fullDate(_ iso: String) -> String {
        switch iso.count {
        case 4: return iso + "-01-01"
        case 7: return iso + "-01"
        default: return iso
        }
    }
}
