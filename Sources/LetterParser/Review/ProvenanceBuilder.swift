import Foundation
import Layout
import LetterModel

/// Gives every field of a letter its page, box and confidence.
///
/// Confidence comes from how the field was found, not from what it says:
/// - the part of the letter a field's block is in: the probability of that part for the block
///   over every labelling of the letter in its order (``PartDecoder/Decoded/posteriors``), so a
///   closing that another reading would make body, or names that could be a letterhead, count
///   less; a closing placed by position only is capped below one half;
/// - a labelled field ("Subject:", "To:", "From:") is sure; an unlabelled one is read from the
///   layout and capped lower;
/// - a date by its precision and where it was found;
/// - a signatory also by whether it reads as a name or an organisation;
/// - a footnote by whether the body cites it; a call by whether it names whom it asks.
/// The numbers are a ranking aid for review, measured in `docs/review.md`.
struct ProvenanceBuilder {
    /// What the segmenter knew when it built the letter.
    struct Inputs {
        var blocks: [Block]
        var decoded: PartDecoder.Decoded
        var structure: Structure
        var header: HeaderParser.Result
        /// The date was read beside the signature rather than in the heading part.
        var dateFromSignature: Bool
        /// The running header the date was read from, when no block had one.
        var dateFromRunningHeader: Line?
        /// The subject is a title that stood between the salutation and the body.
        var subjectFromBody: Bool
        /// The signatory was taken from the letterhead (a closing with no typed name).
        var signerFromLetterhead: Bool
        var bodyBlocks: [Block]
        var noteBlocks: [Block]
    }

    var inputs: Inputs

    /// The probability that block `i` is in the part the decoder gave it.
    func partConfidence(_ i: Int) -> Double {
        let decoded = inputs.decoded
        guard i >= 0, i < decoded.posteriors.count else { return 0.5 }
        return decoded.posteriors[i][decoded.parts[i].rawValue]
    }

    /// The part confidence of the block where `locator` last found a field (`fallback` when it
    /// found none), `offset` added to the locator's block index.
    func confidence(at locator: FieldLocator, offset: Int = 0, fallback: Double = 0.5) -> Double {
        locator.lastBlock.map { partConfidence($0 + offset) } ?? fallback
    }

    /// Whether the closing was found only by where it stands.
    var closingByPosition: Bool {
        guard let c = inputs.structure.closing else { return false }
        return !inputs.decoded.evidence[c].contains { $0.rule == "closing-phrase" }
    }

    func build(_ letter: Letter) -> Provenance {
        let blocks = inputs.blocks
        let structure = inputs.structure
        var all = FieldLocator(blocks: blocks)
        let heading = 0..<structure.headerEnd
        let signatureRange = structure.signatureStart..<structure.annexStart
        var provenance = Provenance()

        if let date = letter.date {
            let precision: Double = date.precision == .day ? 0.95 : (date.precision == .month ? 0.85 : 0.7)
            let lines = inputs.dateFromRunningHeader.map { [$0] }
                ?? all.lines(of: date.text, blocks: inputs.dateFromSignature ? signatureRange : heading)
                ?? all.lines(of: date.text)
            let part = lines == nil ? 1 : confidence(at: all)
            provenance.date = FieldLocator.origin(lines, confidence: precision * part * (inputs.dateFromSignature ? 0.9 : 1))
            if let place = letter.place {
                let placeLines = lines.flatMap { l in l.contains { FieldLocator.key($0.text).starts(with: FieldLocator.key(place)) } ? l : nil }
                    ?? all.lines(of: place, blocks: heading)
                provenance.place = FieldLocator.origin(placeLines, confidence: provenance.date!.confidence * 0.9)
            }
        }
        if let sender = letter.sender {
            let lines = partyLines(sender, in: &all, blocks: heading)
            let value = inputs.header.senderLabelled ? 0.95
                : (ReviewFlags.readsAsTitle(sender) ? 0.3 : 0.85 * confidence(at: all))
            provenance.sender = FieldLocator.origin(lines, confidence: value)
        }
        if let addressee = letter.addressee {
            let lines = partyLines(addressee, in: &all, blocks: heading)
            let value = inputs.header.addresseeLabelled ? 0.95 : 0.85 * confidence(at: all)
            provenance.addressee = FieldLocator.origin(lines, confidence: value)
        }
        if let subject = letter.subject {
            let confidence = inputs.header.subjectLabelled ? 0.95 : (inputs.subjectFromBody ? 0.6 : 0.65)
            provenance.subject = FieldLocator.origin(all.lines(of: subject), confidence: confidence)
        }
        if let s = structure.salutation {
            provenance.salutation = FieldLocator.origin(blocks[s], confidence: partConfidence(s))
        }
        if let c = structure.closing {
            let confidence = partConfidence(c)
            provenance.closing = FieldLocator.origin(blocks[c], confidence: closingByPosition ? min(confidence, 0.45) : confidence)
        }

        // Signatories: in order through the signature part. (Each locator below is built only
        // when it has something to find: it reads every line of its blocks.)
        var signers = letter.signatories.isEmpty ? FieldLocator(blocks: [])
            : FieldLocator(blocks: inputs.signerFromLetterhead ? blocks : Array(blocks[signatureRange]))
        let offset = inputs.signerFromLetterhead ? 0 : signatureRange.lowerBound
        provenance.signatories = letter.signatories.map { signatory in
            let lines = signers.lines(of: signatory.name, inOrder: true)
            var value = lines == nil ? 0.5 : confidence(at: signers, offset: offset)
            let readsAsName = signatory.kind == .person ? Names.isPersonName(signatory.name) : Names.isOrganization(signatory.name)
            if !readsAsName { value *= 0.8 }
            if inputs.signerFromLetterhead { value = min(value, 0.6) }
            return FieldLocator.origin(lines, confidence: value)
        }

        var body = FieldLocator(blocks: letter.callsToAction.isEmpty ? [] : inputs.bodyBlocks)
        provenance.callsToAction = letter.callsToAction.map { call in
            FieldLocator.origin(body.lines(of: call.text, inOrder: true), confidence: call.target == nil ? 0.7 : 0.85)
        }

        let cited = Set(letter.body.flatMap(\.footnoteRefs))
        var notes = FieldLocator(blocks: letter.footnotes.isEmpty ? [] : inputs.noteBlocks)
        provenance.footnotes = letter.footnotes.map { note in
            FieldLocator.origin(notes.lines(of: note.text, inOrder: true),
                                confidence: cited.contains(note.label) ? 0.95 : 0.6)
        }
        return provenance
    }

    /// A party's lines: all of them where they stand together, else each found on its own.
    private func partyLines(_ party: Party, in locator: inout FieldLocator, blocks: Range<Int>) -> [Line]? {
        if let lines = locator.lines(of: party.lines.joined(separator: " "), blocks: blocks) ?? locator.lines(of: party.lines.joined(separator: " ")) {
            return lines
        }
        let found = party.lines.compactMap { locator.lines(of: $0, blocks: blocks) ?? locator.lines(of: $0) }.flatMap { $0 }
        return found.isEmpty ? nil : found
    }
}
