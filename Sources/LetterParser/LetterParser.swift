import Foundation
import Layout
import LetterModel

/// Turns laid-out blocks into a ``Letter``: label first, then build.
///
/// Every block gets a part of the letter (heading part, salutation, body, closing, signatures,
/// annexes) from ``PartDecoder``, which weighs each block's evidence in the order letters have
/// their parts (docs/segmentation.md); then one builder per part reads its blocks: the heading
/// part gives letterhead, date and place, address, subject and cc; the signature part the
/// signatories. Nothing here throws: a letter without some part gets `nil` or `[]` for it, and
/// a warning when the structure itself could not be found.
public struct LetterSegmenter: Sendable {
    public init() {}

    /// The blocks a letter is segmented from, after splitting glued parts off and moving an
    /// endnotes section to the notes; the language and type facts every stage shares.
    struct Prepared {
        var blocks: [Block]
        var noteBlocks: [Block]
        var language: String?
        var traits: BlockTraits
    }

    func prepare(_ document: LaidOutDocument) -> Prepared {
        let allText = document.blocks.map(\.text).joined(separator: "\n")
        let language = LanguageDetector.detect(allText)
        let traits = BlockTraits(bodySize: Self.bodySize(document.blocks), textWidth: 0)
        var blocks = PartSplitter.split(document.blocks, language: language)
        // Endnotes: a "Notes" heading followed by numbered lines, when no footnote zone exists.
        var noteBlocks = document.footnoteBlocks
        if noteBlocks.isEmpty, let (body, notes) = Endnotes.split(blocks) {
            blocks = body
            noteBlocks = notes
        }
        // Notes set like body text that the layout stage could not tell from it.
        if let (body, notes) = StrayNotes.split(blocks) {
            blocks = body
            noteBlocks += notes
        }
        return Prepared(blocks: blocks, noteBlocks: noteBlocks, language: language, traits: traits)
    }

    public func segment(_ document: LaidOutDocument, source: Source) -> Letter {
        let prepared = prepare(document)
        let (blocks, language, traits) = (prepared.blocks, prepared.language, prepared.traits)
        let warnings = document.warnings.map { LetterWarning(LetterWarning.Code(rawValue: $0.kind.rawValue) ?? .note, $0.message) }
        let footnotes = FootnoteBuilder.build(prepared.noteBlocks, links: document.links)

        let decoded = PartDecoder(evidence: PartEvidence(traits: traits, language: language)).decode(blocks)
        let structure = Structure(parts: decoded.parts)
        let header = HeaderParser(traits: traits, language: language, salutation: structure.salutation.map { blocks[$0].text })
            .parse(Array(blocks[..<structure.headerEnd]))
        var cc = header.cc
        var bodyBlocks: [Block] = []
        for block in blocks[structure.bodyStart..<structure.bodyEnd] {
            let first = block.lines.first?.text.trimmingBlanks() ?? ""
            if Patterns.isCcLabel(first) { cc += HeaderParser.ccNames(block.text); continue }
            bodyBlocks.append(block)
        }
        // A title set between the salutation and the first paragraph is the letter's subject
        // when the heading part has none ("To the Members of the Committee:" / "On the need for …").
        var subject = header.subject
        var subjectFromBody = false
        if subject == nil, structure.salutation != nil, bodyBlocks.count >= 2, traits.isHeading(bodyBlocks[0]),
           bodyBlocks[0].hint != .listItem, traits.isProse(bodyBlocks[1]) {
            subject = bodyBlocks.removeFirst().text.trimmingBlanks()
            subjectFromBody = true
        }
        let body = BodyBuilder(traits: traits, noteLabels: Set(footnotes.map(\.label))).build(bodyBlocks)

        let tail = Array(blocks[structure.signatureStart...])
        let annexStart = structure.annexStart - structure.signatureStart
        var signatureBlocks: [Block] = []
        // The letterhead set again at the top of a later page (the layout stage keeps what it
        // cannot prove repeats in a page band) is no signer.
        let letterhead = Set(blocks[..<structure.headerEnd].filter { $0.lines.count >= 2 }.map { $0.text.trimmingBlanks() })
        for block in tail[..<annexStart] {
            let first = block.lines.first?.text.trimmingBlanks() ?? ""
            if block.lines.count >= 2, letterhead.contains(block.text.trimmingBlanks()) { continue }
            if Patterns.isCcLabel(first) { cc += HeaderParser.ccNames(block.text) } else { signatureBlocks.append(block) }
        }
        var date = header.date
        var place = header.place
        var dateFromSignature = false
        if date == nil {
            // A date beside the signature.
            for (i, block) in signatureBlocks.enumerated() where block.lines.count <= 2 {
                if let m = HeaderParser(traits: traits, language: language).dateline(block) {
                    date = LetterDate(text: m.text, iso: m.iso, precision: m.precision, page: block.page)
                    place = m.place
                    dateFromSignature = true
                    signatureBlocks.remove(at: i)
                    break
                }
            }
        }
        var dateLine: Line? = nil
        if date == nil, let (m, line) = Self.runningHeaderDate(document, language: language) {
            // The date set as the running header of every page: removed as furniture, still
            // the letter's date.
            date = LetterDate(text: m.text, iso: m.iso, precision: m.precision, page: line.page)
            place = m.place
            dateLine = line
        }
        var sender = header.sender
        if structure.closing == nil, let lines = ContactFooter.lines(signatureBlocks) {
            // No closing, and after the last paragraph only the sender's contact details (a
            // press release's footer): the sender's lines, signed by no one.
            sender = Party(lines: (sender?.lines ?? []) + lines, name: sender?.name)
            signatureBlocks = []
        }
        var signatories = SignatoryParser(language: language).parse(signatureBlocks)
        var signerFromLetterhead = false
        if signatories.isEmpty, structure.closing != nil, let signer = Self.letterheadSigner(header.sender) {
            // A closing with no typed name (a signature image): the letter is signed for the
            // person its letterhead names.
            signatories = [signer]
            signerFromLetterhead = true
        }
        let annexes = Self.annexes(Array(tail[annexStart...]), traits: traits)

        var letter = Letter(
            source: source, language: language, sender: sender, date: date, place: place,
            addressee: header.addressee, cc: cc, subject: subject,
            salutation: structure.salutation.map { blocks[$0].text.trimmingBlanks() },
            body: body, callsToAction: CallsToAction.find(in: body), footnotes: footnotes,
            closing: structure.closing.map { blocks[$0].text.trimmingBlanks() },
            signatories: signatories, annexes: annexes,
            links: document.links.map { Link(text: $0.text, uri: $0.uri, page: $0.page) },
            warnings: warnings
        )
        let provenance = ProvenanceBuilder(inputs: .init(
            blocks: blocks, decoded: decoded, structure: structure, header: header,
            dateFromSignature: dateFromSignature, dateFromRunningHeader: dateLine, subjectFromBody: subjectFromBody,
            signerFromLetterhead: signerFromLetterhead, bodyBlocks: bodyBlocks, noteBlocks: prepared.noteBlocks))
        letter.provenance = provenance.build(letter)
        letter.warnings += ReviewFlags.flags(for: letter, provenance: letter.provenance,
                                             closingByPosition: provenance.closingByPosition,
                                             structureFound: structure.salutation != nil || structure.closing != nil)
        return letter
    }

    /// A dateline among the running headers: a furniture line above every block of its page,
    /// the first such in page order.
    static func runningHeaderDate(_ document: LaidOutDocument, language: String?) -> (DateMatch, Line)? {
        guard !document.furniture.isEmpty else { return nil }
        var tops: [Int: Double] = [:]  // each page's highest block
        for block in document.blocks {
            if let page = block.page, let y = block.box?.y0 { tops[page] = min(tops[page] ?? y, y) }
        }
        for line in document.furniture {
            guard let box = line.box, let page = line.page, let top = tops[page], box.y1 <= top,
                  let m = DateParser.parseDateline(line.text.trimmingBlanks(), language: language) else { continue }
            return (m, line)
        }
        return nil
    }

    /// Sentences set in full lines, as in a statement after the signatures; a column of names
    /// is long too, but in short lines without sentence stops.
    static func isRunningProse(_ block: Block) -> Bool {
        let text = block.text
        guard text.count >= 200, !block.lines.isEmpty else { return false }
        let averageLine = Double(text.count) / Double(block.lines.count)
        return averageLine >= 60 && text.containsBytes(of: ". ")
    }

    /// The person a letterhead names in its first line ("James M. Poterba" / "President and CEO").
    static func letterheadSigner(_ sender: Party?) -> Signatory? {
        guard let lines = sender?.lines, let first = lines.first, Names.isPersonName(first) else { return nil }
        let role = lines.dropFirst().first.flatMap { Names.isRole($0) ? $0 : nil }
        return Signatory(name: first, kind: .person, role: role)
    }

    static func bodySize(_ blocks: [Block]) -> Double {
        var weight: [Double: Int] = [:]
        for block in blocks { for line in block.lines { weight[line.fontSize, default: 0] += line.text.characterCount } }
        return weight.max { $0.value < $1.value }?.key ?? 0
    }

    static func annexes(_ blocks: [Block], traits: BlockTraits) -> [Annex] {
        var annexes: [Annex] = []
        for block in blocks {
            if Patterns.isAnnexHeading(block.text) || annexes.isEmpty {
                annexes.append(Annex(title: block.text, body: []))
            } else {
                annexes[annexes.count - 1].body += BodyBuilder(traits: traits, noteLabels: []).build([block])
            }
        }
        return annexes
    }
}
