import LibXML
import Foundation

/// Finds the footnotes of an HTML letter before the body is laid out.
///
/// HTML has no footnote element; pages mark them up in a few common ways, all handled here:
/// a marker `<a href="#fn1">` (often inside `<sup>`) pointing at the note's element; a
/// container named for notes (`class="footnotes"`, `role="doc-endnotes"`, an `<aside>`) holding
/// one note per `<li>`/`<p>`; or a "Notes" heading followed by a list. The result names
/// elements by ``HTMLElement/index`` so the layout pass can skip them in the body.
struct NotePlan {
    /// Note elements with the label each one carries (from the marker that cites it, a leading
    /// label in its text, or its `<ol>` position), in document order.
    var notes: [(element: HTMLElement, label: String?)] = []
    /// Elements that are part of the notes apparatus but no note (the container, its "Notes"
    /// heading, back-links).
    var skipped: Set<Int> = []
    /// Indexes of `<a>` elements that are footnote markers, with their label.
    var markerAnchors: [Int: String] = [:]

    var noteIndexes: Set<Int> { Set(notes.map(\.element.index)) }
    var labels: Set<String> { Set(notes.compactMap(\.label)) }

    static let noteWords = ["footnote", "footnotes", "endnote", "endnotes", "notes"]
    static let noteRoles: Set<String> = ["doc-endnotes", "doc-footnotes", "doc-footnote", "doc-endnote"]
    static let headingTitles: Set<String> = [
        "notes", "footnotes", "endnotes", "note", "notas", "notes de bas de page", "anmerkungen", "fußnoten",
        "fussnoten", "notas de rodapé", "notas al pie", "referencias", "references", "sources", "quellen",
    ]

    /// "1", "12", "[3]", "(4)", "*", "†", "a" — the text of a marker or a note's leading label.
    static func label(_ raw: String) -> String? {
        var t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.hasPrefix("[") && t.hasSuffix("]") || t.hasPrefix("(") && t.hasSuffix(")") { t = String(t.dropFirst().dropLast()) }
        t = t.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= 4 else { return nil }
        if t.allSatisfy(\.isASCIIDigitChar) && t.count <= 3 { return t }
        if ["*", "**", "***", "†", "‡", "§"].contains(t) { return t }
        if t.count == 1, let c = t.first, c.isASCII, c.isLowercase { return t }
        if ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(t) { return t }
        return nil
    }

    static func build(html: HTMLElement, content: HTMLElement) -> NotePlan {
        var plan = NotePlan()
        var byID: [String: HTMLElement] = [:]
        var parents: [Int: HTMLElement] = [:]
        var anchors: [HTMLElement] = []
        func index(_ e: HTMLElement) {
            if HTMLChrome.neverText.contains(e.name) && e.name != "nav" { return }
            for key in ["id", "name"] { if let id = e.attribute(key), byID[id] == nil { byID[id] = e } }
            if e.name == "a", let href = e.attribute("href"), href.hasPrefix("#"), href.count > 1 { anchors.append(e) }
            for c in e.elements { parents[c.index] = e; index(c) }
        }
        index(html)

        // Markers: in-page links whose text is a label. Of two anchors linking to each other
        // (marker and back-link), the first in the document is the marker.
        var targets: [(id: String, label: String, anchor: HTMLElement)] = []
        for a in anchors {
            guard let l = label(a.plainText), let href = a.attribute("href") else { continue }
            let target = String(href.dropFirst())
            if isBackLinkTarget(target) { plan.skipped.insert(a.index); continue }
            if let own = a.attribute("id") ?? a.attribute("name"), let other = byID[target], other.attribute("href") == "#" + own, other.index < a.index {
                plan.skipped.insert(a.index) // a back-link in a note
                continue
            }
            targets.append((target, l, a))
        }
        var noteLabels: [Int: String] = [:]
        var seen: Set<Int> = []
        var containerTargets: [HTMLElement] = []
        for t in targets {
            guard let element = byID[t.id] else { continue }
            if isListOfNotes(element) {
                // A marker pointing at the whole notes list (`href="#notes"`).
                plan.markerAnchors[t.anchor.index] = t.label
                containerTargets.append(element)
                continue
            }
            guard let note = noteElement(for: element, parents: parents) else { continue }
            if note.all(where: { $0.index == t.anchor.index }).isEmpty == false { continue } // contains its own marker
            plan.markerAnchors[t.anchor.index] = t.label
            if seen.insert(note.index).inserted { noteLabels[note.index] = t.label; plan.notes.append((note, t.label)) }
        }

        // Containers named for notes, anywhere outside scripts.
        let containers = containerTargets + html.all { e in
            e.name != "body" && e.name != "html" && e.name != "main" && e.name != "article" && (isNoteContainer(e))
        }
        for container in containers where !plan.skipped.contains(container.index) {
            collect(from: container, plan: &plan, labels: noteLabels, seen: &seen)
        }
        // A "Notes" heading followed by a list or labelled paragraphs, in the letter itself.
        for parent in content.all(where: { !$0.elements.isEmpty }) {
            let kids = parent.elements
            for (i, heading) in kids.enumerated() where isNotesHeading(heading) {
                var following: [HTMLElement] = []
                for next in kids[(i + 1)...] {
                    if next.name == "ol" || next.name == "ul" { following.append(next); break }
                    if next.name == "p" || next.name == "div", leadingLabel(next) != nil { following.append(next) } else { break }
                }
                guard !following.isEmpty else { continue }
                plan.skipped.insert(heading.index)
                for f in following {
                    if f.name == "ol" || f.name == "ul" { collect(from: f, plan: &plan, labels: noteLabels, seen: &seen) }
                    else if seen.insert(f.index).inserted { plan.notes.append((f, noteLabels[f.index])) }
                }
            }
        }
        plan.notes.sort { $0.element.index < $1.element.index }
        return plan
    }

    /// Targets of links from a note back to its marker, as generators name them: `fnref1`
    /// (Pandoc), `_ftnref1` (Word), `ftnt_ref1` (Google Docs), `footnote-ref-1` (mammoth).
    static func isBackLinkTarget(_ target: String) -> Bool {
        let t = target.lowercased()
        return t.contains("ref") && ["fn", "ftn", "edn", "note"].contains { t.contains($0) }
    }

    /// The element a marker's target stands for: itself when it is a block, else the nearest
    /// block around it (`<p><a id="fn1">1</a> …</p>`).
    static func noteElement(for target: HTMLElement, parents: [Int: HTMLElement]) -> HTMLElement? {
        let blocks: Set<String> = ["li", "p", "div", "aside", "dd", "section", "td", "footer", "blockquote"]
        var current: HTMLElement? = target
        while let e = current {
            if blocks.contains(e.name) { return e }
            if e.name == "body" || e.name == "html" { return nil }
            current = parents[e.index]
        }
        return nil
    }

    /// A list, section or division holding several list items or labelled paragraphs.
    static func isListOfNotes(_ e: HTMLElement) -> Bool {
        guard ["ol", "ul", "section", "div", "aside"].contains(e.name) else { return false }
        let items = e.elements.filter { $0.name == "li" || ($0.name == "p" && leadingLabel($0) != nil) }
        if items.count >= 2 { return true }
        return e.name == "section" || e.name == "div" ? e.elements.contains { ($0.name == "ol" || $0.name == "ul") && $0.elements.count >= 2 } : false
    }

    static func isNoteContainer(_ e: HTMLElement) -> Bool {
        if let role = e.attribute("role")?.lowercased(), noteRoles.contains(role) { return true }
        if let type = e.attribute("epub:type")?.lowercased(), type.contains("note") { return true }
        let words = HTMLChrome.words(of: e)
        return words.contains { noteWords.contains($0) }
    }

    static func isNotesHeading(_ e: HTMLElement) -> Bool {
        let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "div"]
        // A heading is short: no need to gather the text of a large container.
        guard headings.contains(e.name), e.children.count <= 3 else { return false }
        let text = e.plainText.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        return headingTitles.contains(text)
    }

    /// A label opening an element's text: a leading `<sup>`/`<a>` label or "1." / "[1]" / "1 ".
    static func leadingLabel(_ e: HTMLElement) -> String? {
        for child in e.children {
            switch child {
            case .text(let t):
                let trimmed = t.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { continue }
                let first = trimmed.prefix { !$0.isWhitespace }
                let stripped = first.hasSuffix(".") || first.hasSuffix(")") || first.hasSuffix(":") ? String(first.dropLast()) : String(first)
                guard first.count < trimmed.count, let l = label(stripped), stripped != first || first.hasPrefix("[") || "*†‡".contains(l) else { return nil }
                return l
            case .element(let c):
                if c.name == "sup" || c.name == "a" || c.name == "span" && c.plainText.count <= 4 { return label(c.plainText) }
                if ["strong", "b", "p", "span", "em"].contains(c.name) { return leadingLabel(c) }
                return nil
            }
        }
        return nil
    }

    /// One note per list item or labelled paragraph/aside of a container.
    static func collect(from container: HTMLElement, plan: inout NotePlan, labels: [Int: String], seen: inout Set<Int>) {
        plan.skipped.insert(container.index)
        if seen.contains(container.index) { return }
        var position = Int(container.attribute("start") ?? "") ?? 1
        for child in container.elements {
            switch child.name {
            case "ol", "ul", "section":
                collect(from: child, plan: &plan, labels: labels, seen: &seen)
            case "div" where !isNoteItem(child):
                collect(from: child, plan: &plan, labels: labels, seen: &seen)
            case "li":
                if let v = child.attribute("value").flatMap({ Int($0) }) { position = v }
                let l = labels[child.index] ?? (container.name == "ol" ? String(position) : leadingLabel(child))
                if seen.insert(child.index).inserted { plan.notes.append((child, l)) }
                position += 1
            case "p", "aside", "div", "dd":
                let l = labels[child.index] ?? leadingLabel(child)
                if l != nil, seen.insert(child.index).inserted { plan.notes.append((child, l)) }
            default:
                plan.skipped.insert(child.index) // headings, rules, back-link paragraphs
            }
        }
    }

    static func isNoteItem(_ e: HTMLElement) -> Bool { e.attribute("id") != nil && leadingLabel(e) != nil }
}

extension Character {
    var isASCIIDigitChar: Bool { isASCII && isNumber }
}
