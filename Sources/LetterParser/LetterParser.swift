import Foundation
import Layout
import LetterModel

/// Turns laid-out blocks into a ``Letter`` by labelling each block as a letter part.
///
/// The order of work follows how a reader finds the parts: the salutation and the closing
/// anchor the body; what stands before the body is the heading part (letterhead, date,
/// address, subject); what follows the closing is the signature part, then annexes. Nothing
/// here throws: a letter without some part gets `nil` or `[]` for it, and a warning when the
/// structure itself could not be found.
public struct LetterSegmenter: Sendable {
    public init() {}

    public func segment(_ document: LaidOutDocument, source: Source) -> Letter {
        let allText = document.blocks.map(\.text).joined(separator: "\n")
        let language = LanguageDetector.detect(allText)
        let bodySize = Self.bodySize(document.blocks)
        let traits = BlockTraits(bodySize: bodySize, textWidth: 0)
        var blocks = PartSplitter.split(document.blocks, language: language)
        var warnings = document.warnings

        // Endnotes: a "Notes" heading followed by numbered lines, when no footnote zone exists.
        var noteBlocks = document.footnoteBlocks
        if noteBlocks.isEmpty, let (body, notes) = Endnotes.split(blocks) {
            blocks = body
            noteBlocks = notes
        }
        let footnotes = FootnoteBuilder.build(noteBlocks)

        let structure = Structure.find(blocks, traits: traits, language: language)
        if structure.salutation == nil && structure.closing == nil {
            warnings.append("no salutation or closing found; body boundaries are estimated")
        }
        let header = HeaderParser(traits: traits, language: language).parse(Array(blocks[..<structure.headerEnd]))
        var cc = header.cc
        var bodyBlocks: [Block] = []
        for block in blocks[structure.bodyStart..<structure.bodyEnd] {
            let first = block.lines.first?.text.trimmingBlanks() ?? ""
            if Patterns.isCcLabel(first) { cc += HeaderParser.ccNames(block.text); continue }
            bodyBlocks.append(block)
        }
        let body = BodyBuilder(traits: traits, noteLabels: Set(footnotes.map(\.label))).build(bodyBlocks)

        let tail = Array(blocks[structure.signatureStart...])
        // The signature part ends at an annex heading, a separator ("***", "———") or prose.
        let annexStart = tail.firstIndex { block in
            let t = block.text.trimmingBlanks()
            return Patterns.isAnnexHeading(t) || (t.count >= 3 && t.allSatisfy { "*-–—_=~·•".contains($0) || $0 == " " })
                || Self.isRunningProse(block)
        } ?? tail.count
        var signatureBlocks: [Block] = []
        for block in tail[..<annexStart] {
            let first = block.lines.first?.text.trimmingBlanks() ?? ""
            if Patterns.isCcLabel(first) { cc += HeaderParser.ccNames(block.text) } else { signatureBlocks.append(block) }
        }
        var date = header.date
        var place = header.place
        if date == nil {
            // A date beside the signature.
            for (i, block) in signatureBlocks.enumerated() where block.lines.count <= 2 {
                if let m = HeaderParser(traits: traits, language: language).dateline(block) {
                    date = LetterDate(text: m.text, iso: m.iso, precision: m.precision, page: block.page)
                    place = m.place
                    signatureBlocks.remove(at: i)
                    break
                }
            }
        }
        var signatories = SignatoryParser(language: language).parse(signatureBlocks)
        if signatories.isEmpty, structure.closing != nil, let signer = Self.letterheadSigner(header.sender) {
            // A closing with no typed name (a signature image): the letter is signed for the
            // person its letterhead names.
            signatories = [signer]
        }
        let annexes = Self.annexes(Array(tail[annexStart...]), traits: traits)

        return Letter(
            source: source, language: language, sender: header.sender, date: date, place: place,
            addressee: header.addressee, cc: cc, subject: header.subject,
            salutation: structure.salutation.map { blocks[$0].text.trimmingBlanks() },
            body: body, callsToAction: CallsToAction.find(in: body), footnotes: footnotes,
            closing: structure.closing.map { blocks[$0].text.trimmingBlanks() },
            signatories: signatories, annexes: annexes,
            links: document.links.map { Link(text: $0.text, uri: $0.uri, page: $0.page) },
            warnings: warnings
        )
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
        for block in blocks { for line in block.lines { weight[line.fontSize, default: 0] += line.text.count } }
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
