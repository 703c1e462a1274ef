/// What call detection looks up of every word, in one table, and the lists its static tests
/// read from every language.
///
/// Each word of the body was looked up twice (its trigger languages, its function-word
/// languages) and then once more in every phrase table a rule tried at it, though most words
/// open no phrase of any table. ``annotated(_:)`` looks each token up once and keeps the
/// answers on it; and the static tests read their lists from arrays made once, not from
/// copies of each language's ``CallRules``.
extension CallRules {
    /// What one lookup tells of a word.
    struct WordInfo {
        var triggers: UInt8 = 0
        var functions: UInt8 = 0
        /// Whether the word is the first word of a phrase of some table of some language.
        var opensPhrase = false
    }

    static let wordInfo: [String: WordInfo] = {
        var map: [String: WordInfo] = [:]
        for (word, mask) in triggerLanguages { map[word, default: WordInfo()].triggers = mask }
        for (word, mask) in functionLanguages { map[word, default: WordInfo()].functions = mask }
        for rules in all {
            for table in rules.phraseTables {
                for word in table.firstWords { map[word, default: WordInfo()].opensPhrase = true }
            }
        }
        return map
    }()

    /// Every phrase table of the language, found by reflection so that none can be left out.
    var phraseTables: [CallPhrases] {
        Mirror(reflecting: self).children.compactMap { $0.value as? CallPhrases }
    }

    /// The tokens with what ``wordInfo`` tells of each: its languages, and whether any phrase
    /// table can match at it (a word no table opens with makes every table answer `nil`).
    static func annotated(_ tokens: [CallToken]) -> [CallToken] {
        var tokens = tokens
        for i in tokens.indices {
            let info = wordInfo[tokens[i].lower]
            tokens[i].opensPhrase = info?.opensPhrase ?? false
            if tokens[i].isWord {
                tokens[i].triggers = info?.triggers ?? 0
                tokens[i].functions = info?.functions ?? 0
            }
        }
        return tokens
    }

    /// ``languages(of:)`` from annotated tokens.
    static func languages(ofAnnotated sentences: [[CallToken]]) -> [CallRules] {
        var counts = [Int](repeating: 0, count: all.count)
        for tokens in sentences {
            for token in tokens where token.isWord && token.functions != 0 {
                for i in all.indices where token.functions & (1 << UInt8(i)) != 0 { counts[i] += 1 }
            }
        }
        let best = counts.max() ?? 0
        return zip(all, counts).filter { 2 * $0.1 >= best }.map(\.0)
    }

    static let hortativeEndings = all.compactMap(\.lexicon.hortativeEnding)
    static let requestLabelTables = all.map(\.requestLabels)
    static let causalTables = all.map(\.causal)
    static let relativeTables = all.map(\.relatives)
}
