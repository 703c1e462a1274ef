import Foundation
import Layout

/// Small judgements about one block that several parts of the segmenter share.
struct BlockTraits {
    var bodySize: Double
    var textWidth: Double

    /// Running prose: long enough and written in sentences, in lines of some length (an
    /// address or a list of names is long too, but in short lines).
    func isProse(_ block: Block) -> Bool {
        let text = block.text
        let length = text.characterCount
        guard length >= 60 else { return false }
        let averageLine = Double(length) / Double(max(block.lines.count, 1))
        if block.lines.count == 1 { return length >= 160 }
        guard averageLine >= 40 else { return false }
        if length >= 160 { return true }
        let sentenceEnd = text.last.map { ".!?:;\"”)".contains($0) } ?? false
        return sentenceEnd || text.containsBytes(of: ". ")
    }

    /// Four letters or more, none lower-case. Where each scalar is a Character the scalars are
    /// asked (``slowIsAllCaps(_:)`` otherwise).
    static func isAllCaps(_ text: String) -> Bool {
        text.isOneScalarPerCharacter ? allCaps(text.unicodeScalars) : slowIsAllCaps(text)
    }

    static func slowIsAllCaps(_ text: String) -> Bool { allCaps(text) }

    private static func allCaps<Units: Sequence>(_ units: Units) -> Bool where Units.Element: TextUnit {
        var letters = 0
        for unit in units where unit.isUnitLetter {
            if unit.isUnitLowercase { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// Set larger than the body text.
    func isLarger(_ block: Block) -> Bool { bodySize > 0 && block.fontSize >= 1.12 * bodySize }

    /// A heading: short, not ending like a sentence, and set apart by weight, size or case.
    func isHeading(_ block: Block) -> Bool {
        let text = block.text
        guard !text.isEmpty, text.characterCount <= 120, block.lines.count <= 3, block.hint != .listItem else { return false }
        if let last = text.last, ".,;".contains(last) { return false }
        let allCaps = Self.isAllCaps(text)
        return block.isBold || isLarger(block) || allCaps || block.hint == .heading
    }

    /// A web address without "www." or a scheme ("digitalrightswatch.org.au", "example.org/join"):
    /// one word, dotted parts, the last of two to six letters.
    static func isBareDomain(_ lower: String) -> Bool {
        let word = lower.trimmingBlanks()
        guard !word.isEmpty, !word.contains(" "), word.count <= 80 else { return false }
        let host = word.split(separator: "/", maxSplits: 1).first.map(String.init) ?? word
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, (2...6).contains(last.count),
              last.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropLast().allSatisfy({ $0.count >= 2 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } })
        else { return false }
        return true
    }

    /// `text.contains(where: \.isUppercase)`; in ASCII text every Character is one scalar
    /// (but CR LF, not upper-case), so there it is a byte `A`–`Z`, and where each scalar is a
    /// Character the scalar is asked alone.
    static func hasUppercase(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            if text.isOneScalarPerCharacter { return text.unicodeScalars.contains(where: \.isUppercaseCharacter) }
            return text.contains(where: \.isUppercase)
        }
        return text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
    }
}
