import Foundation
import LetterModel

/// Finds the sentences in which the authors ask someone to act, and whom they ask.
///
/// A call is a sentence whose subject is the authors ("we", "I", "nous", "wir"…) with a verb
/// of asking (call on, urge, ask, request, demand, recommend, invite), a "please", or an
/// imperative to the reader. Other people's past calls and the authors' own commitments are
/// not calls.
enum CallsToAction {
    private static let adverbs = #"(?:(?:also|further|therefore|thus|hereby|strongly|respectfully|urgently|again|now|jointly|once again|furthermore|finally|specifically|collectively|kindly|earnestly|humbly|sincerely|would|must|want to|wish to|therefore|consequently|,)\s+)*"#

    /// Patterns with a named group `target` where the language names who is asked.
    private static let patterns: [CallPattern] = [
        // English
        CallPattern(#"\b(?:we|i)\s+"# + adverbs + #"(?:call(?:s)?\s+(?:up)?on|urge|implore|appeal\s+to|ask|request|encourage|invite|beseech|petition|demand\s+that|recommend\s+that)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\b(?:we|i)\s+"# + adverbs + #"(?:call\s+for|demand|recommend|request|urge|ask\s+for|ask\s+that|request\s+that|urge\s+that|insist\s+that|propose\s+that|suggest\s+that)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\b(?:we|i)\s+(?:are|am)\s+(?:calling\s+(?:up)?on|asking|urging|requesting|inviting|writing\s+to\s+(?:ask|urge|request))\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\b(?:we|i)\s+(?:are|am)\s+(?:calling\s+for|asking\s+for|requesting|demanding|urging)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\b(?:we|i)\s+(?:would|'d)\s+(?:like\s+to\s+)?(?:ask|urge|request|invite|encourage)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\b(?:we|i)\s+(?:would|'d)\s+(?:like\s+to\s+)?(?:ask|request|urge)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\b(?:we|i)\b,?\s+(?:the\s+undersigned\b[^.;]{0,100}?\s)(?:call\s+(?:up)?on|urge|ask|request|implore|appeal\s+to)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\b(?:we|i)\s+(?:sincerely\s+|strongly\s+|truly\s+)?hope\b.{0,160}?\b(?:will|would|can)\b"#,
                    needs: ["we", "i"]),
        CallPattern(#"\bit\s+is\s+(?:our|my)\s+(?:sincere\s+)?hope\s+that\b"#,
                    needs: ["hope"]),
        CallPattern(#"^(?:[^,.;]{3,80},\s+)?(?:(?:and|but|so|yet|or)\s+)?(?<target>(?:the|all|every|each|any|governments?|states?|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,6}?)\s+(?:should|must|shall|ought\s+to|needs?\s+to)\s+(?:not\s+|only\s+|also\s+|immediately\s+|urgently\s+)*(?!be\s+noted|be\s+said|be\s+remembered|(?:you|we|they|he|she|it|there|i)\b)\w+"#,
                    needs: ["should", "must", "shall", "ought", "need", "needs"]),
        CallPattern(#"\b(?:we|i)\s+would\s+(?:welcome|appreciate|be\s+grateful\s+(?:for|if))\b"#,
                    needs: ["would"]),
        CallPattern(#"^(?:would|could|can|will)\s+(?<target>you|(?:the|your)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:please\s+)?\w+\b.*\?$"#,
                    needs: ["would", "could", "can", "will"]),
        CallPattern(#"\bwe\b,\s+(?:the\s+)?[^.;]{3,160}?,\s+(?:call\s+(?:up)?on|urge|ask|request|implore|appeal\s+to|invite)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
                    needs: ["we"]),
        CallPattern(#"\b(?:we|i)\s+(?:really\s+|urgently\s+)?need\s+(?<target>you|[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+to\b"#,
                    needs: ["need"]),
        CallPattern(#"\bplease\b(?!\s+(?:note|find|see|be\s+advised|be\s+aware|refer|do\s+not\s+hesitate|don[’']t\s+hesitate|feel\s+free|accept|let\s+(?:us|me)\s+know|contact\s+(?:us|me)|get\s+in\s+touch|reach\s+out))"#,
                    needs: ["please"]),
        CallPattern(#"\bwe\s+(?:also\s+)?join\b.{3,200}?\bin\s+(?:calling|requesting|urging|asking|demanding)\b"#,
                    needs: ["join"]),
        CallPattern(#"^(?:sign|join|support|pass|reject|vote|protect|restore|ensure|withdraw|release|adopt|cancel|suspend|repeal|reverse|reconsider|commit|take|act|contact|tell|help|stand|share|make|stop|end|keep|give|let|remember|consider|read|write|call|email|visit|demand)\s+(?:the|a|an|this|these|that|those|your|our|us|me|all|any|every|each|it|them|now|today|immediately|with|for|by|up|against|on|in)\b"#,
                    needs: ["sign", "join", "support", "pass", "reject", "vote", "protect", "restore", "ensure", "withdraw", "release", "adopt", "cancel", "suspend", "repeal", "reverse", "reconsider", "commit", "take", "act", "contact", "tell", "help", "stand", "share", "make", "stop", "end", "keep", "give", "let", "remember", "consider", "read", "write", "call", "email", "visit", "demand"]),
        CallPattern(#"^(?:stop|keep|start|end|quit)\s+\w+ing\b"#,
                    needs: ["stop", "keep", "start", "end", "quit"]),
        // Spanish
        CallPattern(#"\b(?:instamos|exhortamos|urgimos|pedimos|solicitamos|exigimos|llamamos|convocamos|invitamos|recomendamos|rogamos|sugerimos|hacemos\s+un\s+llamado|solicito|pido|exijo|recomienda|se\s+recomienda|se\s+solicita|sugerimos)\b(?:\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+(?<target>.+?)\s+(?:a|que)\b)?"#,
                    needs: ["instamos", "exhortamos", "urgimos", "pedimos", "solicitamos", "exigimos", "llamamos", "convocamos", "invitamos", "recomendamos", "rogamos", "sugerimos", "hacemos", "solicito", "pido", "exijo", "recomienda", "se"]),
        // French
        CallPattern(#"\b(?:nous|je)\s+(?:vous\s+)?(?:demandons|demande|appelons|exhortons|invitons|prions|exigeons|sollicitons|recommandons|enjoignons|encourageons)\b(?:\s+(?!de\b|d['’]|à\b)(?<target>.+?)\s+(?:à|de|d')\b)?"#,
                    needs: ["nous", "je"]),
        CallPattern(#"\b(?:merci\s+de|veuillez)\b"#,
                    needs: ["merci", "veuillez"]),
        CallPattern(#"\b(?:nous|je)\s+(?:souhaiterions|souhaitons|souhaite|voudrions|aimerions)\s+que\s+(?<target>vous|[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+\w+"#,
                    needs: ["nous", "je"]),
        // German
        CallPattern(#"\b(?:wir|ich)\s+(?:fordern|bitten|appellieren|empfehlen|ersuchen|rufen|verlangen)\b(?:\s+(?<target>.+?)\s+(?:auf|dazu|um|an)\b)?"#,
                    needs: ["wir", "ich"]),
        CallPattern(#"\b(?:wir|ich)\s+(?:möchten|wollen|würden)\s+(?<target>Sie|euch|dich|[\w’'-]+(?:\s+[\w’'-]+){0,6}?)\b.{0,120}?\b(?:ermutigen|bitten|auffordern|einladen|ermuntern|aufrufen)\b"#,
                    needs: ["wir", "ich"]),
        CallPattern(#"\b(?:bitte|fordern\s+wir|bitten\s+wir|appellieren\s+wir|ersuchen\s+wir)\b"#,
                    needs: ["bitte", "fordern", "bitten", "appellieren", "ersuchen"]),
        // Portuguese
        CallPattern(#"\b(?:solicitamos|pedimos|exigimos|apelamos|recomendamos|convidamos|instamos|exortamos|solicito|peço)\b(?:\s+(?:a|ao|à|aos|às)\s+(?<target>.+?)\s+(?:que|a|para)\b)?"#,
                    needs: ["solicitamos", "pedimos", "exigimos", "apelamos", "recomendamos", "convidamos", "instamos", "exortamos", "solicito", "peço"]),
    ]

    /// Sentences that describe others' calls or the authors' commitments are not calls.
    private static let exclusions = try! NSRegularExpression(
        pattern: #"^(?:they|he|she|it|this|that|there|these|those)\s+(?:should|must|shall|has|have|had|was|were|would|could|might)\b|^(?:we|i|our|my|you)\s+(?:should|must|shall|has|have|had|was|were)\b|^(?:they|he|she|the\s+\w+\s+(?:has|have)\s+(?:called|urged|asked))\b"#, options: [.caseInsensitive])

    /// Calls in body order. A list item is one call as a whole when a sentence in it asks, or
    /// when it completes a call that introduced the list ("We urge Congress to:" / "– pass …").
    static func find(in body: [BodyBlock]) -> [CallToAction] {
        var calls: [CallToAction] = []
        var listIntro: String?? = nil   // the target of a call ending with ":", for the items after it
        for (index, block) in body.enumerated() where block.kind != .heading {
            let sentences = Sentences.split(block.text)
            if block.kind == .listItem {
                var verdict: String?? = listIntro
                for sentence in sentences {
                    if case .some(let target) = match(sentence) { verdict = .some(target); break }
                }
                if case .some(let target) = verdict {
                    calls.append(CallToAction(text: block.text, target: target, bodyIndex: index))
                }
                continue
            }
            listIntro = nil
            for sentence in sentences {
                guard case .some(let target) = match(sentence) else { continue }
                calls.append(CallToAction(text: sentence, target: target, bodyIndex: index))
                if sentence.hasSuffix(":") { listIntro = .some(target) }
            }
        }
        return calls
    }

    /// The target (possibly empty) when `sentence` is a call, `nil` otherwise.
    /// Words at least one of which every call pattern needs; sentences without any skip the
    /// regular expressions (most body sentences).
    private static let triggers: Set<String> = [
        "we", "i", "hope", "please", "would", "could", "can", "will", "souhaiterions", "souhaitons", "souhaite", "voudrions", "aimerions", "möchten", "wollen", "würden", "should", "must", "shall", "ought", "need", "needs",
        "sign", "join", "stop", "support", "pass", "reject", "vote", "protect", "restore", "ensure", "end", "withdraw",
        "release", "adopt", "cancel", "suspend", "repeal", "reverse", "reconsider", "commit", "take", "act", "contact",
        "tell", "help", "stand", "share", "make", "keep", "give", "let", "remember", "consider", "read", "write", "call", "email", "visit", "demand", "start", "quit",
        "instamos", "exhortamos", "urgimos", "pedimos", "solicitamos", "exigimos", "llamamos", "convocamos", "invitamos",
        "recomendamos", "rogamos", "sugerimos", "hacemos", "solicito", "pido", "exijo", "recomienda", "se",
        "nous", "je", "merci", "veuillez",
        "wir", "ich", "bitte", "fordern", "bitten", "appellieren", "ersuchen",
        "apelamos", "convidamos", "exortamos", "peço",
    ]

    static func match(_ sentence: String) -> String?? {
        let words = patternWords(sentence)
        let candidates = words.map(patterns(holding:)) ?? patterns
        guard !candidates.isEmpty, hasTrigger(sentence, words: words) else { return nil }
        let range = NSRange(sentence.startIndex..., in: sentence)
        // "It has…", "They must…" open sentences that are not the authors asking; the exclusion
        // only vetoes the patterns read from the sentence's start (normative, imperative,
        // question), not an "I demand that…" later in the same sentence. Read when first needed.
        var excluded: Bool? = nil
        for pattern in candidates {
            if pattern.anchored {
                let veto = excluded ?? (exclusions.firstMatch(in: sentence, range: range) != nil)
                excluded = veto
                if veto { continue }
            }
            guard let m = pattern.regex.firstMatch(in: sentence, range: range) else { continue }
            let t = m.range(withName: "target")
            if t.location != NSNotFound, let r = Range(t, in: sentence) {
                let target = String(sentence[r]).trimmingBlanks()
                if target.count <= 120, !target.contains(".") { return .some(target) }
            }
            return .some(nil)
        }
        return nil
    }

    /// For each word some pattern needs, the indices of those patterns.
    private static let patternsNeeding: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (i, pattern) in patterns.enumerated() {
            for word in pattern.needs { index[word, default: []].append(i) }
        }
        return index
    }()

    /// The patterns, in order, that need one of `words`: only they can match. Most sentences
    /// that pass the trigger words rule out all but a few.
    static func patterns(holding words: [String]) -> [CallPattern] {
        var possible = Array(repeating: false, count: patterns.count)
        for word in words {
            for i in patternsNeeding[word] ?? [] { possible[i] = true }
        }
        return patterns.indices.filter { possible[$0] }.map { patterns[$0] }
    }

    /// Whether the sentence holds one of the ``triggers``, as a word of its lowercased letters.
    /// An ASCII sentence's letter words are its ``patternWords(_:)``, already at hand.
    private static func hasTrigger(_ sentence: String, words: [String]?) -> Bool {
        if let words, sentence.utf8.allSatisfy({ $0 < 0x80 }) { return words.contains(where: triggers.contains) }
        return sentence.lowercased().split(whereSeparator: { !$0.isLetter }).contains { triggers.contains(String($0)) }
    }

    /// The sentence's words as the call patterns' literal words see them: runs of ASCII
    /// letters (lowercased) and `ç`, cut at every other character. A pattern that needs a word
    /// (``CallPattern/needs``) matches it between `\b`, `\s` or `^`, that is with no word
    /// character of the expression beside it, so the word is a whole run here; cutting at more
    /// characters than the expression does (digits, `é`) only yields more runs.
    ///
    /// `nil` when a character outside ASCII changes under case folding (`É`, `ß`, `ſ`, the
    /// Kelvin sign): a case-insensitive expression may read it as other letters (`ſ` as `s`),
    /// so every pattern must be tried.
    static func patternWords(_ sentence: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for scalar in sentence.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: word.append(UInt8(scalar.value) | 0x20)
            case 0xE7: word += [0xC3, 0xA7]  // ç in UTF-8
            default:
                if !scalar.isASCII && scalar.properties.changesWhenCaseFolded { return nil }
                if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}

/// A call pattern, and the words it cannot match without.
struct CallPattern {
    let regex: NSRegularExpression
    /// Read from the sentence's start (`^`): the exclusions veto it.
    let anchored: Bool
    /// Lowercase words one of which every match holds as a whole word, each between `\b`,
    /// `\s` or `^` in the pattern: a sentence without any of them is not tried.
    let needs: Set<String>

    init(_ pattern: String, needs: Set<String>) {
        regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        anchored = pattern.hasPrefix("^")
        self.needs = needs
    }
}

/// Splits running text into sentences, keeping abbreviations ("Dr.", "U.S.", "e.g.") intact.
enum Sentences {
    private static let abbreviations: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "inc", "ltd", "co", "jr", "sr", "art", "nr", "bzw", "z.b", "sra", "sr", "núm", "p", "pp", "cf", "al", "vol", "fig", "mme", "m", "s", "h.r", "s.a", "n"]

    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        let chars = Array(text)
        // Where each character starts in `text`: a sentence is cut out of the text rather than
        // rebuilt character by character.
        var bounds: [String.Index] = [text.startIndex]
        bounds.reserveCapacity(chars.count + 1)
        for c in chars { bounds.append(text.utf8.index(bounds[bounds.count - 1], offsetBy: c.utf8.count)) }
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            let s = text[bounds[start]..<bounds[end]].trimmingBlanks()
            if !s.isEmpty { sentences.append(s) }
            start = end
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "." || c == "!" || c == "?" else { i += 1; continue }
            // Absorb closing quotes and brackets after the stop.
            var j = i + 1
            while j < chars.count, "\"”’')»".contains(chars[j]) { j += 1 }
            let nextIsSpace = j >= chars.count || chars[j] == " "
            var k = j
            while k < chars.count, chars[k] == " " { k += 1 }
            let nextStarts = k >= chars.count || chars[k].isUppercase || chars[k].isNumber || "\"“‘«(".contains(chars[k])
            var isAbbreviation = false
            if c == ".", nextIsSpace, nextStarts {
                // The word the stop ends, without surrounding punctuation.
                var w = j
                while w > start, chars[w - 1] != " " { w -= 1 }
                let word = text[bounds[w]..<bounds[j]].lowercased().trimming(charactersIn: ".!?\"”’')(")
                isAbbreviation = abbreviations.contains(word) || (word.count == 1 && word.first?.isLetter == true)
            }
            if nextIsSpace && nextStarts && !isAbbreviation { emit(j) }
            i = j
        }
        if start < chars.count { emit(chars.count) }
        return sentences
    }
}
