import Foundation
import Layout

/// Where the parts of a letter begin and end, as block indices.
struct Structure {
    var salutation: Int?
    var closing: Int?
    /// Blocks before `headerEnd` form the heading part.
    var headerEnd: Int
    var bodyStart: Int
    var bodyEnd: Int
    /// First block of the signature part (signatures, then annexes).
    var signatureStart: Int

    static func find(_ blocks: [Block], traits: BlockTraits, language: String?) -> Structure {
        let n = blocks.count
        let text = blocks.map { $0.text.trimmingBlanks() }

        // The salutation: the first salutation line before most of the prose.
        let firstProse = blocks.firstIndex(where: traits.isProse) ?? n
        var salutation: Int? = nil
        for i in 0..<min(n, firstProse + 3) where text[i].count <= 200 {
            // Punctuated ("Dear Max:", "Monsieur le Député,"), or short and followed by prose;
            // an address line that happens to start "Monsieur le Député Alain Ballay" is neither.
            let punctuated = text[i].last.map { ",:!".contains($0) } ?? false
            let beforeProse = i + 1 < n && traits.isProse(blocks[i + 1]) && text[i].count < 60 && blocks[i].lines.count == 1
            if Patterns.matches(Patterns.salutation, text[i]) && (punctuated || beforeProse) {
                salutation = i
                break
            }
        }
        var bodyStart: Int
        let headerEnd: Int
        if let s = salutation {
            headerEnd = s
            bodyStart = s + 1
        } else {
            // Without a salutation the body starts at the first prose block or list, or at a
            // heading directly followed by prose.
            var start = firstProse
            if start > 0, start < n, traits.isHeading(blocks[start - 1]), !Patterns.isSubjectLabel(text[start - 1]) {
                // A heading right above the first paragraph belongs to the body only if the
                // heading part already has a title or subject.
                let hasSubject = blocks[..<(start - 1)].contains { Patterns.isSubjectLabel($0.text) }
                if hasSubject { start -= 1 }
            }
            headerEnd = start
            bodyStart = start
        }
        bodyStart = min(bodyStart, n)

        // The closing: the first closing line after the body starts.
        var closing: Int? = nil
        for i in bodyStart..<n {
            let t = text[i]
            if (t.count <= 60 || (t.count <= 200 && t.hasSuffix(","))), Patterns.isClosing(t) { closing = i; break }
            if Patterns.isFrenchClosing(t) { closing = i; break }
        }
        var bodyEnd: Int
        var signatureStart: Int
        if let c = closing {
            bodyEnd = c
            signatureStart = c + 1
        } else if let heading = (bodyStart..<n).first(where: { text[$0].count <= 80 && Patterns.isSignatoryHeading(text[$0]) }) {
            bodyEnd = heading
            signatureStart = heading
        } else {
            // The signature part is the run of short, non-prose blocks at the end.
            var end = n
            while end > bodyStart, !traits.isProse(blocks[end - 1]) && blocks[end - 1].hint != .listItem && !traits.isHeading(blocks[end - 1]) { end -= 1 }
            bodyEnd = end
            signatureStart = end
        }
        bodyEnd = max(bodyEnd, bodyStart)
        signatureStart = max(signatureStart, bodyEnd)
        return Structure(salutation: salutation, closing: closing, headerEnd: headerEnd, bodyStart: bodyStart, bodyEnd: bodyEnd, signatureStart: signatureStart)
    }
}
