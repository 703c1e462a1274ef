import Foundation
import Layout

/// The signature tests as they were written before their fast paths, kept for the tests that
/// compare the two (``SignatoryParser/isNoise(_:)``, ``SignatoryParser/nameList(_:)``).
extension SignatoryParser {
    /// ``isNoise(_:)`` as it was written first (the tests compare the two).
    func slowIsNoise(_ line: String) -> Bool {
        if line.allSatisfy({ "_-–—=. /s".contains($0) }) { return true }
        if BlockTraits.slowIsContactLine(line) { return true }
        if line.numberCount >= 6 { return true }
        if Self.proxyMarks.contains(line.lowercased().trimming(charactersIn: " .:")) { return true }
        if let last = line.last, ",:".contains(last), Self.onBehalfLeads.contains(where: { line.lowercased().hasPrefix($0) }) { return true }
        if DateParser.parseDateline(line, language: language) != nil { return true }
        let lower = line.lowercased()
        if line.split(separator: " ").count >= 3, Self.instructionOpeners.contains(where: { lower.hasPrefix($0 + " ") }) { return true }
        if let first = line.first, let last = line.last, line.count > 2, "“\"«„‘".contains(first), "”\"»“’".contains(last) { return true }
        if line.hasSuffix("."), PartEvidence.hasSentenceStop(line + " "), line.split(separator: " ").count >= 3,
           PartEvidence.capitalisedShare(line) < 0.5 { return true }
        return false
    }

    /// ``nameList(_:)`` as it was written first, without the byte guard (the tests compare the two).
    static func slowNameList(_ line: String) -> [String]? {
        var text = line.trimmingBlanks()
        if text.hasSuffix(".") { text.removeLast() }
        var joined = false
        var pieces = text.components(separatedBy: ", ").flatMap { piece -> [String] in
            for conjunction in listConjunctions {
                for form in [piece.hasPrefix(conjunction + " ") ? conjunction + " " : nil, " " + conjunction + " "].compactMap({ $0 }) {
                    if let r = piece.rangeIfIncluded(of: form) {
                        joined = true
                        return [String(piece[..<r.lowerBound]), String(piece[r.upperBound...])]
                    }
                }
            }
            return [piece]
        }
        pieces = pieces.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
        guard joined, pieces.count >= 2, pieces.allSatisfy({ piece in
            let words = piece.split(separator: " ")
            return (2...4).contains(words.count) && Names.isPersonName(piece) && !Names.isRole(piece)
                && words.first?.first?.isUppercase == true
                && words.allSatisfy { w in
                    (w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase))
                        || (w.count <= 3 && w.allSatisfy(\.isLowercase))
                }
        }) else { return nil }
        return pieces
    }
}
