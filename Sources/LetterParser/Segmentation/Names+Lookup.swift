import Layout

/// Lookups that ``Names`` makes of every word of a name, made cheaper.
extension Names {
    /// What a lower-cased word is among the name word lists.
    struct WordKind: OptionSet, Sendable {
        let rawValue: UInt8
        static let organization = WordKind(rawValue: 1)
        static let role = WordKind(rawValue: 2)
        static let particle = WordKind(rawValue: 4)
    }

    /// ``organizationWords``, ``roleWords`` and ``particles`` in one table: a word is hashed
    /// once instead of once per list.
    static let nameWordKinds: [String: WordKind] = {
        var kinds: [String: WordKind] = [:]
        for word in organizationWords { kinds[word, default: []].insert(.organization) }
        for word in roleWords { kinds[word, default: []].insert(.role) }
        for word in particles { kinds[word, default: []].insert(.particle) }
        return kinds
    }()

    /// `word.contains(where: \.isLowercase)`; in ASCII a lower-case Character is a byte
    /// `a`–`z` (CR LF, the one Character of two bytes, is not lower-case).
    static func hasLowercase(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x61 && byte <= 0x7A { return true }
        }
        return ascii ? false : word.contains(where: \.isLowercase)
    }

    /// The number of words of an ASCII text with no space at either end and never two in a
    /// row, where ``tokens(_:)`` joined by spaces give the text back; `nil` for other texts.
    static func singleSpacedASCIIWordCount(_ text: String) -> Int? {
        var words = 1
        var previous: UInt8 = 0x20  // a space at the start is one at an end
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 {
                if previous == 0x20 { return nil }
                words += 1
            }
            previous = byte
        }
        return previous == 0x20 ? nil : words
    }
}
