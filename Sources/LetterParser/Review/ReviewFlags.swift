import Foundation
import Layout
import LetterModel

/// The review flags of a letter: coded warnings that say which fields to check.
///
/// Each flag is a fact about the output (a field missing where letters have one, a field found
/// the weak way), never a guess about the words. `docs/review.md` measures how often a flagged
/// field is wrong and how many wrong fields are flagged.
enum ReviewFlags {
    /// Below this confidence a field is flagged `low_confidence` (when no other flag names it).
    static let lowConfidence = 0.5
    /// Signatories are flagged below a higher bar, on the least sure of them: a name is sure
    /// only when its block is surely in the signature part (posterior near 1) and reads as a
    /// name. Chosen on ../shared/corpus, checked on ../shared/variants (docs/review.md).
    static let lowSignatoryConfidence = 0.85

    static func flags(for letter: Letter, provenance: Provenance, closingByPosition: Bool, structureFound: Bool) -> [LetterWarning] {
        var flags: [LetterWarning] = []
        if !structureFound {
            flags.append(LetterWarning(.noStructure, field: "body", "no salutation or closing found; body boundaries are estimated"))
        }
        if isTemplate(letter) {
            flags.append(LetterWarning(.unsignedTemplate, field: "signatories", "placeholders stand where names or dates belong: a template rather than a sent letter"))
        } else if letter.signatories.isEmpty {
            flags.append(LetterWarning(.noSignatories, field: "signatories", "no signatory found"))
        }
        if letter.date == nil {
            flags.append(LetterWarning(.noDate, field: "date", "no dateline found"))
        }
        if closingByPosition, let closing = letter.closing {
            flags.append(LetterWarning(.closingByPosition, field: "closing", "the closing \"\(closing)\" was placed by position, not by a closing formula"))
        }
        if let sender = letter.sender, readsAsTitle(sender) {
            flags.append(LetterWarning(.senderReadsAsTitle, field: "sender", "the sender \"\(sender.name ?? sender.lines.first ?? "")\" reads as a title or a sentence, not a name"))
        }
        let flagged = Set(flags.compactMap(\.field))
        var low: [(String, Double)] = []
        let single: [(String, FieldOrigin?)] = [
            ("date", provenance.date), ("place", provenance.place), ("sender", provenance.sender),
            ("addressee", provenance.addressee), ("subject", provenance.subject),
            ("salutation", provenance.salutation), ("closing", provenance.closing),
        ]
        for (field, origin) in single { if let origin, origin.confidence < lowConfidence { low.append((field, origin.confidence)) } }
        let lists: [(String, [FieldOrigin])] = [
            ("signatories", provenance.signatories), ("calls_to_action", provenance.callsToAction), ("footnotes", provenance.footnotes),
        ]
        for (field, origins) in lists {
            let bar = field == "signatories" ? lowSignatoryConfidence : lowConfidence
            if let worst = origins.map(\.confidence).min(), worst < bar { low.append((field, worst)) }
        }
        for (field, confidence) in low where !flagged.contains(field) {
            flags.append(LetterWarning(.lowConfidence, field: field, "\(field): low confidence (\(String(format: "%.2f", confidence)))"))
        }
        return flags
    }

    /// A sender whose first line is a sentence or a long title rather than a name, an
    /// organisation or an address: what a heading-part layout that went wrong gives.
    static func readsAsTitle(_ sender: Party) -> Bool {
        guard let first = (sender.name ?? sender.lines.first)?.trimmingBlanks(), !first.isEmpty else { return false }
        let words = first.split(separator: " ")
        if let last = first.last, ".!?".contains(last), words.count >= 4, !first.hasSuffix(".."),
           !Names.isOrganization(first) { return true }
        if words.count >= 9 && !Names.isOrganization(first) { return true }
        return false
    }

    /// Placeholders in the fields a sent letter fills in: "[Name]", "<Organisation>", "XXX",
    /// a run of underscores or dots where a name or date would be.
    static func isTemplate(_ letter: Letter) -> Bool {
        var texts = letter.signatories.map(\.name)
        texts += letter.date.map { [$0.text] } ?? []
        texts += letter.addressee?.lines ?? []
        texts += letter.salutation.map { [$0] } ?? []
        return texts.contains(where: isPlaceholder)
    }

    private static let placeholder = try! NSRegularExpression(
        pattern: #"\[[\p{L} ./-]{2,40}\]|<[\p{L} ./-]{2,40}>|\{[\p{L} ./-]{2,40}\}|\bX{3,}\b|_{4,}|\.{6,}"#)

    static func isPlaceholder(_ text: String) -> Bool {
        placeholder.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
