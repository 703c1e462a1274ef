/// Tells line-break hyphens ("commit-/ment") from compound hyphens ("government-/led") using the
/// document's own vocabulary.
///
/// The joined word appearing elsewhere in the document means the hyphen was a break; the
/// hyphenated compound appearing elsewhere means it belongs. Without either, the document's
/// habit decides: text with evidence of automatic hyphenation loses the hyphen, text without
/// (most word-processor letters, which do not hyphenate) keeps it.
struct Hyphenation {
    private var words: Set<String> = []
    private var hyphenatesAutomatically = false

    init(blocks: [Block]) {
        for block in blocks {
            for line in block.lines {
                for token in line.text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
                    let w = token.lowercased()
                    words.insert(w)
                    if w.contains("-") { for part in w.split(separator: "-") { words.insert(String(part)) } }
                }
            }
        }
        var breaks = 0, compounds = 0
        for block in blocks {
            for (a, b) in zip(block.lines, block.lines.dropFirst()) {
                guard let pair = Self.pair(a.text, b.text) else { continue }
                if words.contains(pair.left + pair.right) { breaks += 1 }
                if words.contains(pair.left + "-" + pair.right) { compounds += 1 }
            }
        }
        hyphenatesAutomatically = breaks > compounds
    }

    /// The word halves around a trailing hyphen, lower-cased, when line `a` ends with one and
    /// line `b` starts in lower case.
    static func pair(_ a: String, _ b: String) -> (left: String, right: String)? {
        let a = a.trimmingBlanks()
        guard TextJoin.endsWithBreakHyphen(a), let first = b.first, first.isLowercase else { return nil }
        let left = TextJoin.lastWord(of: a).lowercased()
        let right = TextJoin.firstWord(of: b).lowercased()
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return (left, right)
    }

    /// Endings that a hyphenated word's second half typically has but a compound's rarely does.
    static let suffixes = ["tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence", "ences",
                           "ing", "ings", "ally", "ical", "able", "ible", "ative", "ously", "ization", "isation", "ised", "ized", "ual",
                           "ción", "ciones", "mente", "ción", "ção", "ções", "ung", "ungen", "keit", "heit", "ière", "ement", "ements"]

    func keeps(_ left: String, _ right: String) -> Bool {
        let base = left.split(separator: "-").last.map(String.init) ?? left
        if words.contains(base + right) || words.contains(left.replacingOccurrences(of: "-", with: "") + right) { return false }
        if words.contains(left + "-" + right) { return true }
        if hyphenatesAutomatically { return false }
        // No evidence either way: a right half that is a word ending ("-butions", "-ment")
        // rather than a word of its own marks a break.
        if !words.contains(right), Self.suffixes.contains(where: { right.hasSuffix($0) }), right.count >= 4 { return false }
        return true
    }

    func decide(_ block: Block) -> Block {
        var block = block
        for i in block.lines.indices.dropLast() {
            if let pair = Self.pair(block.lines[i].text, block.lines[i + 1].text) {
                block.lines[i].keepsTrailingHyphen = keeps(pair.left, pair.right)
            }
        }
        return block
    }
}
