import LibXML
import Foundation
import LetterModel

/// Writes one ``Letter`` as a TEI P5 document (see docs/tei.md for the element mapping).
///
/// The header carries the metadata correspondence archives search (`correspDesc`: who sent
/// it, where and when, to whom, in copy to whom); the text carries the letter in reading
/// order: `opener` (address, dateline, salute), `head` and `p`, `closer` (salute, one `signed`
/// per signatory), and in `back` the notes that `<ref>`s in the text point to. Output is
/// deterministic: the same letter always gives the same bytes.
public enum TEIWriter {
    public static let namespace = "http://www.tei-c.org/ns/1.0"

    /// `anchors` place footnote references at their points in the text (see
    /// ``FootnoteAnchors``); a block cited without anchors gets its references at its end.
    public static func write(_ letter: Letter, anchors: [FootnoteAnchor] = []) -> Data {
        let w = XMLWriter()
        w.start("TEI", ["xmlns": namespace, "xml:lang": letter.language])
        header(letter, w)
        w.start("text")
        w.start("body")
        w.start("div", ["type": "letter"])
        let ids = TEINames.noteIDs(letter.footnotes)
        opener(letter, w)
        if let subject = letter.subject { w.element("head", ["type": "subject"], text: subject) }
        TEIBody.write(letter, anchors: anchors, noteIDs: TEINames.firstIDs(letter.footnotes, ids: ids), to: w)
        closer(letter, w)
        w.end() // div
        w.end() // body
        TEIBody.back(letter, noteIDs: ids, to: w)
        w.end() // text
        return w.finish()
    }

    static func header(_ letter: Letter, _ w: XMLWriter) {
        w.start("teiHeader")
        w.start("fileDesc")
        w.start("titleStmt")
        w.element("title", text: letter.subject ?? letter.source.metadata.title ?? "Letter (\(letter.source.file))")
        w.end()
        w.start("publicationStmt")
        w.element("p", text: "Converted by Letters from \(letter.source.file); not published.")
        w.end()
        if !letter.warnings.isEmpty {
            w.start("notesStmt")
            for warning in letter.warnings {
                w.element("note", ["type": "extraction-warning", "subtype": warning.code.rawValue, "n": warning.field], text: warning.message)
            }
            w.end()
        }
        w.start("sourceDesc")
        w.start("bibl")
        let meta = letter.source.metadata
        w.element("title", text: meta.title)
        w.element("author", text: meta.author)
        if let created = meta.created { w.element("date", ["when": String(created.prefix(10))], text: created) }
        w.element("idno", ["type": "file"], text: letter.source.file)
        w.element("idno", ["type": "sha256"], text: letter.source.sha256)
        w.element("note", ["type": "format"], text: letter.source.format.rawValue + (letter.source.pages.map { ", \($0) pages" } ?? ""))
        w.element("note", ["type": "producer"], text: meta.producer)
        w.end()
        w.end() // sourceDesc
        w.end() // fileDesc
        // Which program wrote this file, as GROBID and Docling say it: output of another
        // version may differ.
        w.start("encodingDesc")
        w.start("appInfo")
        w.start("application", ["ident": letter.extractor.name, "version": letter.extractor.version])
        w.element("label", text: "Letters")
        w.end()
        w.end()
        w.end()
        w.start("profileDesc")
        if let language = letter.language {
            w.start("langUsage")
            w.element("language", ["ident": language], text: TEINames.languageName(language))
            w.end()
        }
        correspDesc(letter, w)
        w.end()
        w.end() // teiHeader
    }

    /// `correspDesc` with a `sent`, a `received` and a `cc` action (CMIF uses the same), each
    /// only when the letter names something for it. With nothing at all, a `note` says so:
    /// TEI wants some content and nothing is invented.
    static func correspDesc(_ letter: Letter, _ w: XMLWriter, attributes: KeyValuePairs<String, String?> = [:]) {
        w.start("correspDesc", attributes)
        let senders = TEINames.senders(letter)
        let addressee = TEINames.addressee(letter)
        if !senders.isEmpty || letter.place != nil || letter.date != nil {
            w.start("correspAction", ["type": "sent"])
            for s in senders { w.element(s.element, text: s.name) }
            w.element("placeName", text: letter.place)
            if let date = letter.date { w.element("date", ["when": date.iso], text: date.text) }
            w.end()
        }
        if let addressee {
            w.start("correspAction", ["type": "received"])
            w.element(addressee.element, text: addressee.name)
            w.end()
        }
        if !letter.cc.isEmpty {
            w.start("correspAction", ["type": "cc"])
            for name in letter.cc { w.element(TEINames.guessElement(name), text: name) }
            w.end()
        }
        if !hasCorrespondence(letter) {
            w.element("note", text: "No sender, addressee, place or date was found in \(letter.source.file).")
        }
        w.end()
    }

    static func hasCorrespondence(_ letter: Letter) -> Bool {
        !TEINames.senders(letter).isEmpty || letter.place != nil || letter.date != nil || TEINames.addressee(letter) != nil || !letter.cc.isEmpty
    }

    static func opener(_ letter: Letter, _ w: XMLWriter) {
        let hasDate = letter.date != nil || letter.place != nil
        guard letter.sender != nil || letter.addressee != nil || hasDate || letter.salutation != nil else { return }
        w.start("opener")
        if let sender = letter.sender, !sender.lines.isEmpty {
            w.start("seg", ["type": "letterhead"])
            TEIBody.lines(sender.lines, w)
            w.end()
        }
        if hasDate {
            w.start("dateline", mixed: true)
            if let place = letter.place { w.element("placeName", text: place); if letter.date != nil { w.text(", ") } }
            if let date = letter.date { w.element("date", ["when": date.iso], text: date.text) }
            w.end()
        }
        if let addressee = letter.addressee, !addressee.lines.isEmpty {
            w.start("address")
            for line in addressee.lines { w.element("addrLine", text: line) }
            w.end()
        }
        w.element("salute", text: letter.salutation)
        w.end()
    }

    static func closer(_ letter: Letter, _ w: XMLWriter) {
        guard letter.closing != nil || !letter.signatories.isEmpty else { return }
        w.start("closer")
        w.element("salute", text: letter.closing)
        for s in letter.signatories {
            w.start("signed", mixed: true)
            w.element(s.kind == .person ? "persName" : "orgName", text: s.name)
            if let role = s.role { w.text(", "); w.element("roleName", text: role) }
            if let org = s.organization { w.text(", "); w.element("orgName", text: org) }
            if let location = s.location { w.text(", "); w.element("placeName", text: location) }
            w.end()
        }
        w.end()
    }
}
