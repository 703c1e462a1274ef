import LibXML
import LetterModel

/// The letter's body and back matter in TEI: blocks, notes, annexes, links.
enum TEIBody {
    /// Body blocks in order as `head`, `p` and `quote`; consecutive list items are grouped
    /// into one `list` of `item`s. Footnote refs and calls to action are placed inline.
    ///
    /// TEI allows `head` only at the start of a `div`, so each heading opens a
    /// `div type="section"` holding the blocks up to the next heading.
    static func write(_ letter: Letter, anchors: [FootnoteAnchor], noteIDs: [String: String], to w: XMLWriter) {
        var inList = false
        var inSection = false
        var sectionHasContent = false
        func closeList() { if inList { w.end(); inList = false } }
        func closeSection() {
            closeList()
            guard inSection else { return }
            if !sectionHasContent { w.start("p"); w.end() } // a div needs content after its head
            w.end()
            inSection = false
        }
        if letter.body.isEmpty { w.start("p"); w.end() }
        let anchorsByBlock = Dictionary(grouping: anchors, by: \.bodyIndex)
        let callsByBlock = Dictionary(grouping: letter.callsToAction, by: \.bodyIndex)
        for (i, block) in letter.body.enumerated() {
            if block.kind == .heading {
                closeSection()
                w.start("div", ["type": "section"])
                inSection = true
                sectionHasContent = false
            } else {
                sectionHasContent = true
                if block.kind == .listItem && !inList { w.start("list"); inList = true }
                if block.kind != .listItem { closeList() }
            }
            let element: String
            switch block.kind {
            case .heading: element = "head"
            case .listItem: element = "item"
            case .quote: element = "quote"
            case .paragraph: element = "p"
            }
            w.start(element, mixed: true)
            var inline = TEIInline(text: block.text)
            inline.refs = refs(for: block, anchors: anchorsByBlock[i] ?? [], noteIDs: noteIDs)
            for call in callsByBlock[i] ?? [] { inline.addCall(call.text, target: call.target) }
            inline.write(to: w)
            w.end()
        }
        closeSection()
        closeList()
    }

    /// Each cited label once per citation: at its anchor when known, else at the block's end.
    static func refs(for block: BodyBlock, anchors: [FootnoteAnchor], noteIDs: [String: String]) -> [(offset: Int, label: String, id: String)] {
        // Anchors per label in order; each citation takes the next one.
        var pool: [String: ArraySlice<Int>] = [:]
        for anchor in anchors { pool[anchor.label, default: []].append(anchor.offset) }
        var out: [(offset: Int, label: String, id: String)] = []
        for label in block.footnoteRefs {
            guard let id = noteIDs[label] else { continue }
            if let offset = pool[label]?.popFirst() {
                out.append((offset, label, id))
            } else {
                out.append((block.text.count, label, id))
            }
        }
        return out.sorted { $0.offset < $1.offset }
    }

    /// `back`: the notes (each with its URLs as `<ref>`s), annexes, and the document's links.
    static func back(_ letter: Letter, noteIDs: [String], to w: XMLWriter) {
        guard !letter.footnotes.isEmpty || !letter.annexes.isEmpty || !letter.links.isEmpty else { return }
        w.start("back")
        if !letter.footnotes.isEmpty {
            w.start("div", ["type": "notes"])
            for (k, note) in letter.footnotes.enumerated() {
                w.start("note", ["place": "foot", "n": note.label, "xml:id": noteIDs[k]], mixed: true)
                let printed = writeWithURLs(note.text, urls: note.urls, w)
                for url in note.urls where !printed.contains(url) {
                    w.text(" ")
                    w.element("ref", ["target": url], text: url)
                }
                w.end()
            }
            w.end()
        }
        for annex in letter.annexes {
            w.start("div", ["type": "annex"])
            w.element("head", text: annex.title)
            for block in annex.body {
                w.element(block.kind == .heading ? "head" : "p", text: block.text)
            }
            w.end()
        }
        if !letter.links.isEmpty {
            w.start("div", ["type": "links"])
            w.start("list")
            for link in letter.links {
                w.start("item", mixed: true)
                w.element("ref", ["target": link.uri], text: link.text)
                w.end()
            }
            w.end()
            w.end()
        }
        w.end()
    }

    /// Note text with each URL it prints wrapped in `<ref target="URL">` (the earliest first,
    /// the longest of those starting at one place); returns the URLs the text contains anywhere.
    /// One pass over the text (``URLScanner``), so linear however many URLs a note lists.
    @discardableResult
    static func writeWithURLs(_ text: String, urls: [String], _ w: XMLWriter) -> Set<String> {
        let scanner = URLScanner(text: text, urls: urls)
        let (hits, occurring) = scanner.scan()
        var position = 0
        for hit in hits {
            w.text(scanner.slice(position..<hit.start))
            w.element("ref", ["target": hit.url], text: hit.url)
            position = hit.end
        }
        w.text(scanner.slice(position..<Int(text.utf8.count)))
        return occurring
    }

    /// Lines as printed, separated by `<lb/>`.
    static func lines(_ lines: [String], _ w: XMLWriter) {
        for (i, line) in lines.enumerated() {
            if i > 0 { w.start("lb", mixed: true); w.end() }
            w.text(line)
        }
    }
}
