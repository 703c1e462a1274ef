import Foundation
import Layout

extension LetterSegmenter {
    /// Every block of the letter with its label, score, margin and the evidence that chose it:
    /// what `letters inspect --labels` prints.
    ///
    /// The part of each block comes from the decoder; inside the heading and signature parts the
    /// label is refined by what the part's builder made of the block (`set by …`).
    public func labels(_ document: LaidOutDocument) -> [LabelledBlock] {
        let prepared = prepare(document)
        let blocks = prepared.blocks
        let decoded = PartDecoder(evidence: PartEvidence(traits: prepared.traits, language: prepared.language)).decode(blocks)
        let structure = Structure(parts: decoded.parts)
        let header = HeaderParser(traits: prepared.traits, language: prepared.language, salutation: structure.salutation.map { blocks[$0].text })
            .parse(Array(blocks[..<structure.headerEnd]))
        let facts = decoded.facts

        var result: [LabelledBlock] = []
        for (i, block) in blocks.enumerated() {
            let part = decoded.parts[i]
            var label = part.defaultLabel
            var notes = decoded.evidence[i].map(\.description)
            switch part {
            case .heading:
                let refined = Self.headingLabel(block, facts: facts[i], header: header, isFirst: i == 0)
                label = refined
                notes.append("set by HeaderParser")
            case .signature where facts[i].signatoryHeading:
                label = .signatoryHeading
            case .body where Patterns.isCcLabel(block.lines.first?.text.trimmingBlanks() ?? ""):
                label = .cc
            default:
                break
            }
            result.append(LabelledBlock(label: label, score: decoded.scores[i], margin: decoded.margins[i],
                                        probability: decoded.posteriors[i][part.rawValue],
                                        evidence: notes, text: block.text, page: block.page))
        }
        for note in prepared.noteBlocks {
            result.append(LabelledBlock(label: .notes, score: 0, margin: 0, evidence: ["footnote zone or endnotes section"],
                                        text: note.text, page: note.page))
        }
        return result
    }

    /// What the heading part's builder read a block as.
    static func headingLabel(_ block: Block, facts: PartEvidence.Facts, header: HeaderParser.Result, isFirst: Bool) -> BlockLabel {
        let lines = block.lines.map { $0.text.trimmingBlanks() }.filter { !$0.isEmpty }
        let text = facts.text
        if let date = header.date, text.contains(date.text) { return .dateline }
        if Patterns.isCcLabel(lines.first ?? "") || header.cc.contains(where: { !$0.isEmpty && text.contains($0) }) { return .cc }
        if let subject = header.subject, !subject.isEmpty, text.contains(subject) || subject.contains(text) { return .subject }
        if facts.fieldLabel && lines.count > 1 { return .emailHeader }
        if let address = header.addressee?.lines, lines.contains(where: address.contains) { return .insideAddress }
        if let sender = header.sender?.lines, lines.contains(where: sender.contains) { return isFirst ? .letterhead : .sender }
        return .letterhead
    }
}

extension LetterSegmenter {
    /// Every block's evidence for every part with its hand-set weight, one JSON object per block
    /// and line: `text`, `opens_annex` (what the move into the annexes costs depends on it) and
    /// `evidence`, per part in the letter's order either null (the block cannot be in that part)
    /// or the `part/rule/hand-weight` keys of ``PartWeights``. What `scripts/fit_parts.py` fits
    /// the decoder's weights on; `letters inspect --features` prints it.
    public func partFeatures(_ document: LaidOutDocument) -> String {
        let prepared = prepare(document)
        let evidence = PartEvidence(traits: prepared.traits, language: prepared.language)
        let facts = evidence.facts(prepared.blocks)
        var out = ""
        for i in facts.indices {
            let parts: [Any] = LetterPart.allCases.map { part in
                evidence.evidence(part, at: i, in: facts).map { $0.map { PartWeights.key(part, $0) } } as Any? ?? NSNull()
            }
            let object: [String: Any] = [
                "text": facts[i].text,
                "opens_annex": facts[i].annexHeading || facts[i].separator,
                "evidence": parts,
            ]
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        return out
    }
}
