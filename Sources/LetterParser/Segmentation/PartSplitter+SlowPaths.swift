import Foundation
import Layout

/// The splitter as it was written before its fast paths, kept for the tests that compare the two.
extension PartSplitter {
    /// ``split(_:language:)`` rebuilding every block of more than one line, cut or not.
    static func slowSplit(_ blocks: [Block], language: String?) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            let lines = block.lines.flatMap(splitTrailingClosing)
            guard lines.count > 1 else { result.append(block); continue }
            var current: [Line] = []
            for (i, line) in lines.enumerated() {
                let cut = slowCutKind(line.text, isFirst: i == 0, language: language)
                if cut != nil, !current.isEmpty {
                    result.append(Block(lines: current, hint: block.hint, alignment: block.alignment))
                    current = []
                }
                current.append(line)
                if cut == .beforeAndAfter {
                    result.append(Block(lines: current, hint: block.hint, alignment: block.alignment))
                    current = []
                }
            }
            if !current.isEmpty { result.append(Block(lines: current, hint: block.hint, alignment: block.alignment)) }
        }
        return result
    }

    /// ``cutKind(_:isFirst:language:)`` counting Characters and asking Foundation for the colon.
    static func slowCutKind(_ text: String, isFirst: Bool, language: String?) -> Cut? {
        let t = text.trimmingBlanks()
        guard t.count <= 200, let first = t.first, first.isLetter || first.isNumber else { return nil }
        if t.count > 90, !t.hasSuffix(","), !t.prefix(16).contains(":") { return nil }
        if let last = t.last, ",:!".contains(last), Patterns.matches(Patterns.salutation, t) { return .beforeAndAfter }
        if Patterns.isClosing(t) && (t.count <= 60 || t.hasSuffix(",")) { return .beforeAndAfter }
        if Patterns.isCcLabel(t) { return .beforeAndAfter }
        if Patterns.isSubjectLabel(t) { return .before }
        if t.count <= 60, DateParser.parseDateline(t, language: language) != nil { return .beforeAndAfter }
        return nil
    }
}
