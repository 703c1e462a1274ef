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
    private static let patterns: [NSRegularExpression] = [
        // English
        #"\b(?:we|i)\s+"# + adverbs + #"(?:call(?:s)?\s+(?:up)?on|urge|implore|appeal\s+to|ask|request|encourage|invite|beseech|petition|demand\s+that|recommend\s+that)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
        #"\b(?:we|i)\s+"# + adverbs + #"(?:call\s+for|demand|recommend|request|urge|ask\s+for|ask\s+that|request\s+that|urge\s+that|insist\s+that|propose\s+that|suggest\s+that)\b"#,
        #"\b(?:we|i)\s+(?:are|am)\s+(?:calling\s+(?:up)?on|asking|urging|requesting|inviting|writing\s+to\s+(?:ask|urge|request))\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
        #"\b(?:we|i)\s+(?:are|am)\s+(?:calling\s+for|asking\s+for|requesting|demanding|urging)\b"#,
        #"\b(?:we|i)\s+(?:would|'d)\s+(?:like\s+to\s+)?(?:ask|urge|request|invite|encourage)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
        #"\b(?:we|i)\s+(?:would|'d)\s+(?:like\s+to\s+)?(?:ask|request|urge)\b"#,
        #"\b(?:we|i)\b,?\s+(?:the\s+undersigned\b[^.;]{0,100}?\s)(?:call\s+(?:up)?on|urge|ask|request|implore|appeal\s+to)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
        #"\b(?:we|i)\s+(?:sincerely\s+|strongly\s+|truly\s+)?hope\b.{0,160}?\b(?:will|would|can)\b"#,
        #"\bit\s+is\s+(?:our|my)\s+(?:sincere\s+)?hope\s+that\b"#,
        #"^(?:[^,.;]{3,80},\s+)?(?<target>(?:the|all|every|each|any|governments?|states?|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,6}?)\s+(?:should|must|shall|ought\s+to|needs?\s+to)\s+(?:not\s+|only\s+|also\s+|immediately\s+|urgently\s+)*(?!be\s+noted|be\s+said|be\s+remembered)\w+"#,
        #"\b(?:we|i)\s+would\s+(?:welcome|appreciate|be\s+grateful\s+(?:for|if))\b"#,
        #"^(?:would|could|can|will)\s+(?<target>you|(?:the|your)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:please\s+)?\w+\b.*\?$"#,
        #"\bwe\b,\s+(?:the\s+)?[^.;]{3,160}?,\s+(?:call\s+(?:up)?on|urge|ask|request|implore|appeal\s+to|invite)\s+(?<target>.+?)\s+(?:to|that|for)\b"#,
        #"\b(?:we|i)\s+(?:really\s+|urgently\s+)?need\s+(?<target>you|[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+to\b"#,
        #"\bplease\b(?!\s+(?:note|find|see|be\s+advised|be\s+aware|refer))"#,
        #"\bwe\s+(?:also\s+)?join\b.{3,200}?\bin\s+(?:calling|requesting|urging|asking|demanding)\b"#,
        #"^(?:sign|join|support|pass|reject|vote|protect|restore|ensure|withdraw|release|adopt|cancel|suspend|repeal|reverse|reconsider|commit|take|act|contact|tell|help|stand|share|make|stop|end|keep|give|let|remember|consider|read|write|call|email|visit|demand)\s+(?:the|a|an|this|these|that|those|your|our|us|me|all|any|every|each|it|them|now|today|immediately|with|for|by|up|against|on|in)\b"#,
        #"^(?:stop|keep|start|end|quit)\s+\w+ing\b"#,
        // Spanish
        #"\b(?:instamos|exhortamos|urgimos|pedimos|solicitamos|exigimos|llamamos|convocamos|invitamos|recomendamos|rogamos|sugerimos|hacemos\s+un\s+llamado|solicito|pido|exijo|recomienda|se\s+recomienda|se\s+solicita|sugerimos)\b(?:\s+(?:a|al|a\s+la|a\s+los|a\s+las)\s+(?<target>.+?)\s+(?:a|que)\b)?"#,
        // French
        #"\b(?:nous|je)\s+(?:vous\s+)?(?:demandons|demande|appelons|exhortons|invitons|prions|exigeons|sollicitons|recommandons|enjoignons|encourageons)\b(?:\s+(?<target>.+?)\s+(?:à|de|d')\b)?"#,
        #"\b(?:merci\s+de|veuillez)\b"#,
        #"\b(?:nous|je)\s+(?:souhaiterions|souhaitons|souhaite|voudrions|aimerions)\s+que\s+(?<target>vous|[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+\w+"#,
        // German
        #"\b(?:wir|ich)\s+(?:fordern|bitten|appellieren|empfehlen|ersuchen|rufen|verlangen)\b(?:\s+(?<target>.+?)\s+(?:auf|dazu|um|an)\b)?"#,
        #"\b(?:wir|ich)\s+(?:möchten|wollen|würden)\s+(?<target>Sie|euch|dich|[\w’'-]+(?:\s+[\w’'-]+){0,6}?)\b.{0,120}?\b(?:ermutigen|bitten|auffordern|einladen|ermuntern|aufrufen)\b"#,
        #"\b(?:bitte|fordern\s+wir|bitten\s+wir|appellieren\s+wir|ersuchen\s+wir)\b"#,
        // Portuguese
        #"\b(?:solicitamos|pedimos|exigimos|apelamos|recomendamos|convidamos|instamos|exortamos|solicito|peço)\b(?:\s+(?:a|ao|à|aos|às)\s+(?<target>.+?)\s+(?:que|a|para)\b)?"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

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
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.contains(where: { triggers.contains(String($0)) }) else { return nil }
        let range = NSRange(sentence.startIndex..., in: sentence)
        // "It has…", "They must…" open sentences that are not the authors asking; the exclusion
        // only vetoes the patterns read from the sentence's start (normative, imperative,
        // question), not an "I demand that…" later in the same sentence.
        let excluded = exclusions.firstMatch(in: sentence, range: range) != nil
        for re in patterns {
            if excluded && re.pattern.hasPrefix("^") { continue }
            guard let m = re.firstMatch(in: sentence, range: range) else { continue }
            let t = m.range(withName: "target")
            if t.location != NSNotFound, let r = Range(t, in: sentence) {
                let target = String(sentence[r]).trimmingBlanks()
                if target.count <= 120, !target.contains(".") { return .some(target) }
            }
            return .some(nil)
        }
        return nil
    }
}

/// Splits running text into sentences, keeping abbreviations ("Dr.", "U.S.", "e.g.") intact.
enum Sentences {
    private static let abbreviations: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "inc", "ltd", "co", "jr", "sr", "art", "nr", "bzw", "z.b", "sra", "sr", "núm", "p", "pp", "cf", "al", "vol", "fig", "mme", "m", "s", "h.r", "s.a", "n"]

    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        let chars = Array(text)
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            let s = String(chars[start..<end]).trimmingBlanks()
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
                let word = String(chars[w..<j]).lowercased().trimming(charactersIn: ".!?\"”’')(")
                isAbbreviation = abbreviations.contains(word) || (word.count == 1 && word.first?.isLetter == true)
            }
            if nextIsSpace && nextStarts && !isAbbreviation { emit(j) }
            i = j
        }
        if start < chars.count { emit(chars.count) }
        return sentences
    }
}
