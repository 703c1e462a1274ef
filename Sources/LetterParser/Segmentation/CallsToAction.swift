import Foundation
import LetterModel
import Layout

/// Finds the sentences in which the authors ask someone to act, and whom they ask.
///
/// Two steps, in every language of ``CallLexicon``. Candidates: a request verb after the
/// authors as subject, with adverbs or an apposition between them ("We, the undersigned
/// organisations, strongly urge…") or in verb-second order ("Daher fordern wir…"); a request
/// verb that carries its own subject ("Exigimos…", "The coalition urges…"); a modal
/// recommendation ("the Commission should…", "X sollte…", "deberían…") or an impersonal one
/// ("il faut que…", "ist … anzupassen"); a polite imperative ("please…", "bitte…"); an
/// imperative or a question to the reader. Then the filter: a modal whose subject is the
/// authors (a commitment) or a pronoun, a request or modal inside a subordinate or reported
/// clause, a conditional opener ("Should you wish…"), and courtesy formulas are no calls.
/// List items inherit a call that introduces them when they read as actions.
public enum CallsToAction {
    /// Calls in body order. A list item is one call as a whole when every sentence in it asks,
    /// or when it completes a call that introduced the list ("We urge Congress to:" / "– pass …");
    /// otherwise its asking sentences are calls one by one.
    public static func find(in body: [BodyBlock]) -> [CallToAction] {
        var calls: [CallToAction] = []
        let split = body.map { block in Sentences.split(block.text).map { ($0, CallRules.annotated(CallToken.split($0))) } }
        let lexicons = CallRules.languages(ofAnnotated: split.joined().map(\.1))
        var intro: String?? = nil   // the target of the call that introduces the list items below
        var describing = false      // the list items below complete a relative clause ("… to those who:")
        for (index, block) in body.enumerated() {
            let sentences = split[index].map(\.0)
            let verdicts = split[index].map { match($0.0, annotated: $0.1, lexicons: lexicons) }
            let next = index + 1 < body.count ? body[index + 1].kind : nil
            // Quoted words (a reviewer's "The authors should …") are not this letter's calls.
            if block.kind == .quote { intro = nil; continue }
            if block.kind == .listItem {
                if describing { continue }
                let asking = zip(sentences, verdicts).filter { $0.1 != nil }
                // An item's own imperative names no one: whom the introduction asks is asked.
                func target(_ verdict: String??) -> String? {
                    if case .some(.some(let own)) = verdict { return own }
                    if case .some(let introduced) = intro { return introduced }
                    return nil
                }
                if !asking.isEmpty, asking.count == sentences.count {
                    calls.append(CallToAction(text: block.text, target: target(asking[0].1), bodyIndex: index))
                } else if !asking.isEmpty {
                    for (sentence, verdict) in asking { calls.append(CallToAction(text: sentence, target: target(verdict), bodyIndex: index)) }
                } else if case .some(let target) = intro, readsAsAction(block.text, sentences: sentences) {
                    calls.append(CallToAction(text: block.text, target: target, bodyIndex: index))
                }
                continue
            }
            intro = nil
            describing = split[index].last.map { CallRules.endsWithRelative($0.1) } ?? false
            // A heading asks nothing itself; it can introduce a list ("We call on the Council
            // to:", or a request label such as "Our demands").
            if block.kind != .heading {
                for (sentence, verdict) in zip(sentences, verdicts) {
                    if case .some(let target) = verdict { calls.append(CallToAction(text: sentence, target: target, bodyIndex: index)) }
                }
            }
            // The items after "…, asking you to withdraw the bill because:" are its reasons.
            if let last = sentences.last, case .some(let target) = verdicts.last ?? nil,
               last.hasSuffix(":") || next == .listItem, !CallRules.endsWithReason(split[index].last?.1 ?? []) {
                intro = .some(target)
            } else if next == .listItem, let last = split[index].last, CallRules.isRequestLabel(last.1) {
                intro = .some(nil)
            }
        }
        return calls
    }

    /// Whether a list item under a request reads as one of the actions asked for, not as a
    /// data field ("Name: …") or a paragraph of argument.
    static func readsAsAction(_ text: String, sentences: [String]) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " })
        if sentences.count > 2 || words.count > 80 { return false }
        // Contact data: an address on the web, an e-mail address, a telephone number.
        if text.contains("://") || text.contains("www.") || text.contains("@") { return false }
        var digits = 0
        for c in text.unicodeScalars {
            if c.properties.numericType != nil { digits += 1; if digits >= 5 { return false } } else if c != " " { digits = 0 }
        }
        if let colon = text.firstIndex(of: ":") {
            let label = text[..<colon].split(separator: " ")
            let value = text[text.index(after: colon)...].split(separator: " ")
            if label.count <= 4 && value.count <= 8 { return false }
        }
        return true
    }

    /// The target (possibly empty) when `sentence` is a call, `nil` otherwise.
    static func match(_ sentence: String) -> String?? {
        let tokens = CallToken.split(sentence)
        return match(sentence, tokens: tokens, lexicons: CallRules.languages(of: [tokens]))
    }

    /// What ``match(_:annotated:lexicons:)`` answers, from tokens as ``CallToken/split(_:)``
    /// gives them, each word looked up in each table (the tests compare the two).
    static func match(_ sentence: String, tokens: [CallToken], lexicons: [CallRules]) -> String?? {
        let shaped = CallRules.mayOpenImperative(tokens)
        let question = sentence.hasSuffix("?") || sentence.hasSuffix("?”") || sentence.hasSuffix("?\"")
        // One pass over the words: which languages' rules can match at all.
        var possible = shaped ? UInt8.max : 0
        for token in tokens where token.isWord {
            possible |= CallRules.triggerLanguages[token.lower] ?? 0
            if CallRules.holdsZu(token) { possible |= CallRules.zuLanguages }
        }
        guard possible != 0 else { return nil }
        for lexicon in lexicons where possible & lexicon.bit != 0 {
            if let found = lexicon.match(tokens, question: question) { return .some(found) }
        }
        return nil
    }

    /// The target (possibly empty) when `sentence` is a call, `nil` otherwise, from its tokens
    /// as ``CallRules/annotated(_:)`` gives them: the trigger languages were looked up with the
    /// word, and words that open no phrase skip every phrase table.
    static func match(_ sentence: String, annotated tokens: [CallToken], lexicons: [CallRules]) -> String?? {
        let shaped = CallRules.mayOpenImperative(tokens)
        let question = sentence.hasSuffix("?") || sentence.hasSuffix("?”") || sentence.hasSuffix("?\"")
        // One pass over the words: which languages' rules can match at all.
        var possible: UInt8 = shaped ? UInt8.max : 0
        let zu = CallRules.zuLanguages
        for token in tokens where token.isWord {
            possible |= token.triggers
            if possible & zu != zu, CallRules.holdsZu(token) { possible |= zu }
        }
        guard possible != 0 else { return nil }
        for i in lexicons.indices where possible & lexicons[i].bit != 0 {
            if let found = lexicons[i].match(tokens, question: question) { return .some(found) }
        }
        return nil
    }
}

/// A word or a clause mark of a sentence.
struct CallToken {
    /// As written.
    let text: Substring
    /// Lowercased; clause marks are themselves.
    let lower: String
    let isWord: Bool
    /// Whether the token may open a phrase of some table (``CallPhrases/match(_:at:)``): true
    /// as split, false once ``CallRules/annotated(_:)`` found it opens none.
    var opensPhrase = true
    /// The languages whose rules the word may open (``CallRules/triggerLanguages``) and whose
    /// function word it is (``CallRules/functionLanguages``), set by ``CallRules/annotated(_:)``.
    var triggers: UInt8 = 0
    var functions: UInt8 = 0

    /// Words are runs of letters, digits and marks; apostrophes and hyphens cut them. Commas,
    /// semicolons, colons, brackets and dashes are kept as clause marks; other punctuation is
    /// dropped. Read by Unicode scalars, and an ASCII word is lowercased byte by byte: this runs
    /// on every sentence of the body.
    static func split(_ sentence: String) -> [CallToken] {
        var tokens: [CallToken] = []
        tokens.reserveCapacity(sentence.utf8.count / 4 + 1)
        let scalars = sentence.unicodeScalars
        var start: String.Index? = nil
        var ascii = true
        var upper = false
        var previous: Unicode.Scalar = " "
        func close(_ end: String.Index) {
            guard let s = start else { return }
            let text = sentence[s..<end]
            let lower: String
            if !ascii {
                lower = text.lowercased()
            } else if upper {
                lower = String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                    var k = 0
                    for b in text.utf8 {
                        buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                        k += 1
                    }
                    return k
                }
            } else {
                lower = String(text)  // no capital: the word is its own lower case
            }
            tokens.append(CallToken(text: text, lower: lower, isWord: true))
            start = nil
        }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let v = c.value
            let isWordScalar: Bool
            if v < 0x80 {
                isWordScalar = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
            } else {
                let p = c.properties
                isWordScalar = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                    || p.generalCategory == .spacingMark
            }
            let next = scalars.index(after: i)
            if isWordScalar {
                if start == nil { start = i; ascii = true; upper = false }
                if v >= 0x80 { ascii = false } else if v <= 0x5A && v >= 0x41 { upper = true }
            } else {
                close(i)
                if isClauseMarkScalar(v) || (v == 0x2D && previous == " ") {
                    tokens.append(CallToken(text: sentence[i..<next], lower: String(c), isWord: false))
                }
            }
            previous = c
            i = next
        }
        close(scalars.endIndex)
        return tokens
    }

    /// `",;:()–—".unicodeScalars.contains`: the marks kept as clause marks.
    @inline(__always)
    private static func isClauseMarkScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2013, 0x2014: true
        default: false
        }
    }

    /// ``split(_:)`` as it was written first (the tests compare the two).
    static func slowSplit(_ sentence: String) -> [CallToken] {
        var tokens: [CallToken] = []
        let scalars = sentence.unicodeScalars
        var start: String.Index? = nil
        var ascii = true
        var previous: Unicode.Scalar = " "
        func close(_ end: String.Index) {
            guard let s = start else { return }
            let text = sentence[s..<end]
            let lower: String
            if ascii {
                lower = String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            } else {
                lower = text.lowercased()
            }
            tokens.append(CallToken(text: text, lower: lower, isWord: true))
            start = nil
        }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let isWordScalar: Bool
            if c.isASCII {
                let v = c.value
                isWordScalar = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
            } else {
                let p = c.properties
                isWordScalar = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                    || p.generalCategory == .spacingMark
            }
            if isWordScalar {
                if start == nil { start = i; ascii = true }
                if !c.isASCII { ascii = false }
            } else {
                close(i)
                if ",;:()–—".unicodeScalars.contains(c) || (c == "-" && previous == " ") {
                    let next = scalars.index(after: i)
                    tokens.append(CallToken(text: sentence[i..<next], lower: String(c), isWord: false))
                }
            }
            previous = c
            i = scalars.index(after: i)
        }
        close(scalars.endIndex)
        return tokens
    }

    var isClauseMark: Bool { !isWord }
}

/// A list of phrases, each as its lowercased words, looked up by first word.
struct CallPhrases {
    private var byFirst: [String: [[String]]] = [:]
    private(set) var firstWords: Set<String> = []

    init(_ entries: [String]) {
        for entry in entries {
            let words = CallToken.split(entry).map(\.lower)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(words)
            firstWords.insert(first)
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }  // longest first
    }

    /// The length of the longest phrase that starts at `i`, if any.
    func match(_ tokens: [CallToken], at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].opensPhrase, let candidates = byFirst[tokens[i].lower] else { return nil }
        for words in candidates where i + words.count <= tokens.count {
            if words.indices.allSatisfy({ tokens[i + $0].lower == words[$0] }) { return words.count }
        }
        return nil
    }

    func contains(_ word: String) -> Bool { byFirst[word]?.contains { $0.count == 1 } ?? false }
}

/// A ``CallLexicon`` with its lists made into phrase tables, and the rules that read them.
///
/// A class: it holds some forty tables, which a struct would retain and release one by one
/// each time a language's rules are taken from a list to be tried on a sentence.
final class CallRules: Sendable {
    let lexicon: CallLexicon
    let authors, requests, objectRequests, ownRequests, thirdPerson, objectLinks, between, modals,
        modalNonSubjects, genericSubjects, modalNonContinuations, impersonal, polite, courtesy, imperatives, imperativeObjects,
        wishes, wishFollowers, questions, requestLabels, determiners, subordinators, reporting, conditionalOpeners,
        nonRequiringInfinitives, habitual, weakModals, negations, coordinators, causal, relatives, joining, joinLinks, gerundVerbs,
        infinitiveMarkers: CallPhrases
    let separablePrefixes: [String]
    let copulas: Set<String>

    /// This language's bit in the masks of ``triggerLanguages`` and ``functionLanguages``.
    let bit: UInt8

    init(_ l: CallLexicon, bit: UInt8) {
        lexicon = l
        self.bit = bit
        authors = CallPhrases(l.authors); requests = CallPhrases(l.requests); objectRequests = CallPhrases(l.objectRequests)
        ownRequests = CallPhrases(l.ownRequests); thirdPerson = CallPhrases(l.thirdPersonRequests)
        objectLinks = CallPhrases(l.objectLinks); between = CallPhrases(l.between); modals = CallPhrases(l.modals)
        modalNonSubjects = CallPhrases(l.modalNonSubjects); modalNonContinuations = CallPhrases(l.modalNonContinuations)
        genericSubjects = CallPhrases(l.genericSubjects)
        impersonal = CallPhrases(l.impersonal); polite = CallPhrases(l.polite); courtesy = CallPhrases(l.courtesy)
        imperatives = CallPhrases(l.imperatives); imperativeObjects = CallPhrases(l.imperativeObjects)
        wishes = CallPhrases(l.wishes); wishFollowers = CallPhrases(l.wishFollowers); questions = CallPhrases(l.questions)
        requestLabels = CallPhrases(l.requestLabels); determiners = CallPhrases(l.determiners)
        subordinators = CallPhrases(l.subordinators); reporting = CallPhrases(l.reporting)
        conditionalOpeners = CallPhrases(l.conditionalOpeners); nonRequiringInfinitives = CallPhrases(l.nonRequiringInfinitives)
        habitual = CallPhrases(l.habitual); weakModals = CallPhrases(l.weakModals); negations = CallPhrases(l.negations)
        coordinators = CallPhrases(l.coordinators); causal = CallPhrases(l.causal); relatives = CallPhrases(l.relatives); joining = CallPhrases(l.joining); joinLinks = CallPhrases(l.joinLinks)
        gerundVerbs = CallPhrases(l.gerundVerbs); infinitiveMarkers = CallPhrases(l.infinitiveMarkers)
        separablePrefixes = l.separablePrefixes.sorted { $0.count > $1.count }
        copulas = Set(l.copulas)
        triggers = CallRules.triggers(of: l)
        functionWords = Set((l.determiners + l.subordinators + l.coordinators + l.authors + l.objectLinks)
            .filter { !$0.contains(" ") && $0 != "," })
    }

    static let all = CallLexicon.all.enumerated().map { CallRules($0.element, bit: UInt8(1) << UInt8($0.offset)) }

    /// The prefilter: for each phrase of a rule, its longest word, which every match holds. A
    /// sentence with none of a language's words (and no imperative shape) skips that
    /// language's rules; most body sentences skip them all.
    let triggers: Set<String>

    static func triggers(of l: CallLexicon) -> Set<String> {
        var words: Set<String> = []
        let function = Set(l.determiners + l.subordinators + l.coordinators + l.objectLinks)
        for list in [l.authors, l.requests, l.objectRequests, l.ownRequests, l.thirdPersonRequests, l.modals, l.impersonal,
                     l.polite, l.imperatives, l.wishes, l.questions, l.requestLabels] {
            for entry in list {
                // The longest word, and of equally long ones not a function word ("our ask": "ask").
                if let longest = CallToken.split(entry).map(\.lower).filter({ $0 != "," })
                    .max(by: { rank($0, function) < rank($1, function) }) {
                    words.insert(longest)
                }
            }
        }
        // "ist … anzupassen": the copula with a zu-infinitive, which holds "zu".
        if !l.copulas.isEmpty { words.insert("zu") }
        return words
    }

    /// A word's worth as a trigger: its length, then not being a function word.
    private static func rank(_ word: String, _ function: Set<String>) -> Int {
        2 * word.count + (function.contains(word) ? 0 : 1)
    }

    /// Whether a token holds the German infix "zu" of a separable verb ("anzupassen").
    static func holdsZu(_ token: CallToken) -> Bool {
        let bytes = token.lower.utf8
        guard bytes.count > 6 else { return false }
        var previous: UInt8 = 0
        for b in bytes {
            if previous == 0x7A && b == 0x75 { return true }  // "zu"
            previous = b
        }
        return false
    }

    /// For each trigger word, the languages (bits) whose rules it may open.
    static let triggerLanguages: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for rules in all { for word in rules.triggers { map[word, default: 0] |= rules.bit } }
        return map
    }()

    /// The languages whose rules read a German zu-infinitive.
    static let zuLanguages: UInt8 = all.filter { !$0.copulas.isEmpty }.reduce(0) { $0 | $1.bit }

    /// For each function word, the languages (bits) it belongs to.
    static let functionLanguages: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for rules in all { for word in rules.functionWords { map[word, default: 0] |= rules.bit } }
        return map
    }()

    /// Words that tell the language: articles, conjunctions, subordinators, the authors' pronouns.
    let functionWords: Set<String>

    /// The lexicons of the text's language: those whose function words it holds at least half
    /// as often as the most frequent one's (all of them when it holds none). A French "exige …
    /// de" must not read a Spanish sentence.
    static func languages(of sentences: [[CallToken]]) -> [CallRules] {
        var counts = [Int](repeating: 0, count: all.count)
        for tokens in sentences {
            for token in tokens where token.isWord {
                guard let mask = functionLanguages[token.lower] else { continue }
                for i in all.indices where mask & (1 << UInt8(i)) != 0 { counts[i] += 1 }
            }
        }
        let best = counts.max() ?? 0
        return zip(all, counts).filter { 2 * $0.1 >= best }.map(\.0)
    }

    /// Whether the sentence ends with a word of reason ("because:", "parce que :", "weil:").
    static func endsWithReason(_ tokens: [CallToken]) -> Bool {
        guard let i = tokens.lastIndex(where: \.isWord) else { return false }
        return causalTables.contains { causal in
            (max(0, i - 4)...i).contains { p in causal.match(tokens, at: p).map { p + $0 == i + 1 } ?? false }
        }
    }

    /// Whether the sentence ends with a relative pronoun and a colon ("… a quienes:", "those
    /// who:"): the list items after it describe someone.
    static func endsWithRelative(_ tokens: [CallToken]) -> Bool {
        guard let i = tokens.lastIndex(where: \.isWord), tokens.last?.lower == ":" else { return false }
        return relativeTables.contains { relatives in
            (max(0, i - 2)...i).contains { p in relatives.match(tokens, at: p).map { p + $0 == i + 1 } ?? false }
        }
    }

    /// Whether the sentence opens with a form that may be an imperative without being listed:
    /// a German formal imperative ("Unterstützen Sie…") or a French one ("Signez…", "Agissons…").
    static func mayOpenImperative(_ tokens: [CallToken]) -> Bool {
        guard let first = tokens.first, first.isWord else { return false }
        if tokens.count > 1, tokens[1].text == "Sie", first.lower.hasSuffix("en") { return true }
        if first.lower.count >= 5 && (first.lower.hasSuffix("ez") || first.lower.hasSuffix("ons")) { return true }
        // A hortative, after a negation too ("Votemos…", "No votemos…"): the rules decide.
        let word = ["no", "não", "nunca"].contains(first.lower) && tokens.count > 1 ? tokens[1] : first
        return hortativeEndings.contains { word.lower.count >= $0.count + 3 && word.lower.hasSuffix($0) }
    }

    // MARK: Rules

    func match(_ t: [CallToken], question: Bool) -> String?? {
        if let r = askingQuestion(t, question) { return r }
        if question { return nil }
        if let r = authorRequest(t) { return r }
        if let r = ownRequest(t) { return r }
        if let r = modal(t) { return r }
        if let r = impersonalForm(t) { return r }
        if let r = zuInfinitive(t) { return r }
        if let r = politeRequest(t) { return r }
        if let r = imperative(t) { return r }
        if let r = label(t) { return r }
        return nil
    }

    /// The first token of the clause holding `i`.
    private func clauseStart(_ t: [CallToken], _ i: Int) -> Int {
        var s = i
        while s > 0, !t[s - 1].isClauseMark { s -= 1 }
        return s
    }

    private func clauseEnd(_ t: [CallToken], _ i: Int) -> Int {
        var e = i
        while e < t.count, !t[e].isClauseMark { e += 1 }
        return e
    }

    /// Whether a subordinating or reporting word stands in `range`: what follows in the clause
    /// is not the authors' own main statement.
    private func subordinate(_ t: [CallToken], _ range: Range<Int>) -> Bool {
        range.contains { subordinators.match(t, at: $0) != nil || reporting.match(t, at: $0) != nil }
    }

    /// Whether a courtesy formula or a reflexive pronoun follows a request verb at `k`.
    private func courtesyFollows(_ t: [CallToken], _ k0: Int) -> Bool {
        var k = k0
        while k < t.count, ["de", "d", ",", "vous", "ihnen"].contains(t[k].lower) { k += 1 }
        return courtesy.match(t, at: k) != nil
            || ["ourselves", "myself", "nous-mêmes", "uns", "mich", "nos", "me"].contains(t[ifPresent: k0]?.lower ?? "")
    }

    /// Words that may stand between a subject and its verb: listed ones and adverbs.
    private func skipBetween(_ t: [CallToken], from j0: Int) -> Int {
        var j = j0
        var steps = 0
        while j < t.count, steps < 12 {
            steps += 1
            if t[j].lower == ",", let close = (j + 1..<min(t.count, j + 30)).first(where: { t[$0].lower == "," }),
               close > j + 1 {
                // An apposition between commas ("We, the undersigned organisations, urge"), or
                // an adverbial one (", therefore,").
                if requests.match(t, at: close + 1) != nil || between.match(t, at: close + 1) != nil
                    || isAdverb(t, close + 1) || objectRequests.match(t, at: close + 1) != nil || wishes.match(t, at: close + 1) != nil {
                    j = close + 1; continue
                }
                j += 1; continue
            }
            if let n = between.match(t, at: j) { j += n; continue }
            if isAdverb(t, j) { j += 1; continue }
            break
        }
        return j
    }

    private func isAdverb(_ t: [CallToken], _ i: Int) -> Bool {
        guard i < t.count, t[i].isWord, t[i].lower.count > 4 else { return false }
        return lexicon.adverbEndings.contains { t[i].lower.hasSuffix($0) }
    }

    /// Who is asked: the words after the verb up to the word that links the action ("to",
    /// "de", "que", "auf"), when that is short; articles and prepositions that open it kept.
    private func object(_ t: [CallToken], from j: Int) -> String? {
        objectRange(t, from: j).flatMap { text(t, $0) }
    }

    private func objectRange(_ t: [CallToken], from j: Int) -> Range<Int>? {
        var k = j
        while k < t.count, isAdverb(t, k), t[k].text.first?.isLowercase == true { k += 1 }
        // Spanish and Portuguese mark the person asked with "a"/"al"/"ao", French with
        // "au"/"aux", German "appellieren an": skip it.
        if ["a", "al", "ao", "à", "aos", "às", "au", "aux"].contains(t[ifPresent: k]?.lower ?? ""), lexicon.language != "en" {
            k += 1
        } else if lexicon.language == "de", t[ifPresent: k]?.lower == "an" {
            k += 1
        } else if lexicon.language == "en", ["on", "upon"].contains(t[ifPresent: k]?.lower ?? "") {
            k += 1  // "reiterate our call on X to"
        }
        let start = k
        // "vous demandons de renoncer": the action follows at once, no one is named.
        if objectLinks.match(t, at: start) != nil { return nil }
        while k < t.count, k - start <= 12, t[k].isWord || t[k].lower == "(" || t[k].lower == ")" {
            if k > start, objectLinks.match(t, at: k) != nil { return start..<k }
            k += 1
        }
        if lexicon.language == "de", k > start {
            // "fordern X auf": the particle ends the object; "appellieren an X, …": the comma.
            if let e = (start..<k).last(where: { objectLinks.match(t, at: $0) != nil }), e > start { return start..<e }
            if k - start <= 6, k < t.count, t[k].lower == "," { return start..<k }
        }
        return nil
    }

    /// The sentence's text from the first to the last token of `r`, as written.
    private func text(_ t: [CallToken], _ r: Range<Int>) -> String? {
        guard !r.isEmpty else { return nil }
        let base = t[r.lowerBound].text.base
        return String(base[t[r.lowerBound].text.startIndex..<t[r.upperBound - 1].text.endIndex])
    }

    /// "We (, the undersigned,) (strongly) urge X to…", "Daher fordern wir X auf", "wir möchten
    /// Sie … ermutigen", "We need you to…", "We hope that you will…".
    private func authorRequest(_ t: [CallToken]) -> String?? {
        for i in t.indices {
            // Verb-second: the request verb, then the authors ("Daher fordern wir…").
            if let r = requests.match(t, at: i), let a = authors.match(t, at: i + r), i > 0,
               !subordinate(t, clauseStart(t, i)..<i) {
                return .some(object(t, from: i + r + a))
            }
            guard let a = authors.match(t, at: i) else { continue }
            // "As they asked last year, we…" is still a call; "They said we urge" is not one.
            if i > 0, (clauseStart(t, i)..<i).contains(where: { reporting.match(t, at: $0) != nil }) { continue }
            let j = skipBetween(t, from: i + a)
            // A request verb right after the subject or after any of the words between
            // ("nous souhaiterions vous demander", "nous souhaiterions que vous…").
            // A named author takes the third person: "los firmantes exigen", "the undersigned call on".
            let named = a > 1
            for p in (i + a)...j where p < t.count && t[p].isWord {
                if let r = requests.match(t, at: p) ?? (named ? thirdPerson.match(t, at: p) : nil) {
                    // "Nous vous prions d'agréer…", "We ask ourselves whether…": no request.
                    if courtesyFollows(t, p + r) { break }
                    return .some(object(t, from: p + r))
                }
                // A wish asks when it says what the addressee will do ("we hope that you will")
                // or holds its own modal ("we would welcome").
                if wishes.match(t, at: p) != nil,
                   lexicon.wishFollowers.isEmpty || (p..<t.count).contains(where: { wishFollowers.match(t, at: $0) != nil }) {
                    return .some(nil)
                }
                // "We join X in calling for…".
                if joining.match(t, at: p) != nil, let k = (p..<clauseEnd(t, p)).first(where: { joinLinks.match(t, at: $0) != nil }),
                   let r = requests.match(t, at: k + 1) {
                    return .some(object(t, from: k + 1 + r))
                }
            }
            if let r = objectRequests.match(t, at: j), let target = object(t, from: j + r),
               t[ifPresent: j + r]?.lower != "to" { return .some(target) }
            // A second verb of the same subject: "we are concerned about X and urge you to…".
            let end = (j..<t.count).first(where: { t[$0].lower == ";" || t[$0].lower == ":" }) ?? t.count
            for k in j..<end {
                // "…, asking you to withdraw": a participle of asking after a comma;
                // "we are compelled to, …, earnestly entreat X to": an infinitive of asking.
                if t[k].lower == ",", let r = requests.match(t, at: k + 1), t[k + 1].lower.hasSuffix("ing"),
                   let target = object(t, from: k + 1 + r) { return .some(target) }
                if k > j, let r = requests.match(t, at: k), t[k].isWord,
                   infinitiveMarkers.match(t, at: k - 1) != nil || (isAdverb(t, k - 1) && infinitiveMarkers.match(t, at: k - 2) != nil)
                    || (isAdverb(t, k - 1) && t[k - 2].lower == ","),
                   let target = object(t, from: k + r) { return .some(target) }
                guard let c = coordinators.match(t, at: k) else { continue }
                if authors.match(t, at: k + c) != nil { break }  // "…and we…": read from there
                let v = skipBetween(t, from: k + c)
                if let r = requests.match(t, at: v), t[ifPresent: v + r]?.isWord == true { return .some(object(t, from: v + r)) }
            }
            // German verb-final after an auxiliary: "wir möchten Sie … dazu ermutigen",
            // "Wir haben Sie daher … aufzufordern".
            if lexicon.language == "de", j > i + a {
                let end = clauseEnd(t, j)
                if let k = (j..<end).first(where: { requests.match(t, at: $0) != nil }) {
                    return .some(object(t, from: j) ?? (k > j ? text(t, j..<k) : nil))
                }
            }
        }
        return nil
    }

    /// "Exigimos al gobierno que…", "Solicito…", "The coalition urges X to…", "la comunidad
    /// invita a…", "… fordert … alle Gesetzgeber auf".
    private func ownRequest(_ t: [CallToken]) -> String?? {
        for i in t.indices {
            if let r = ownRequests.match(t, at: i) {
                if i > 0, ["no", "não", "ni", "nem"].contains(t[i - 1].lower) { continue }
                if subordinate(t, clauseStart(t, i)..<i), i > 0, reporting.match(t, at: i - 1) != nil { continue }
                return .some(object(t, from: i + r))
            }
            if i > 0, let r = thirdPerson.match(t, at: i) {
                let prev = t[i - 1]
                guard prev.isWord, determiners.match(t, at: i - 1) == nil, modalNonSubjects.match(t, at: i - 1) == nil,
                      authors.match(t, at: i - 1) == nil,
                      !["he", "she", "they", "it", "il", "elle", "ils", "elles", "er", "sie", "es", "él", "ella", "ellos",
                        "ele", "ela", "eles", "who", "which", "que", "qui", "die", "der", "nos", "me", "nous", "uns", "mich",
                        "us", "me"].contains(prev.lower),
                      !subordinate(t, clauseStart(t, i)..<i) else { continue }
                // The verb-final order of a German subordinate clause is no request.
                if lexicon.language == "de", i + r >= t.count || t[i + r].isClauseMark { continue }
                // Someone is asked to do something: "urges X to", "invita a", "fordert X auf";
                // "exige la toma de…" (requires) asks no one.
                // The object must end at a link to an action ("to", "à", "que", "auf"), not at a
                // preposition of a noun ("la responsabilidad de todos").
                var target = object(t, from: i + r)
                let marked = ["a", "al", "ao", "à", "aux", "au", "aos", "às"].contains(t[ifPresent: i + r]?.lower ?? "")
                // ("This moment calls for honest reflection not only on…": "not" links an
                // action only as "not to".)
                if !marked, let range = objectRange(t, from: i + r) {
                    let link = t[ifPresent: range.upperBound]?.lower ?? ""
                    if ["de", "d", "for", "of"].contains(link)
                        || (link == "not" && t[ifPresent: range.upperBound + 1]?.lower != "to") { target = nil }
                }
                guard target != nil || marked else { continue }
                return .some(target)
            }
        }
        return nil
    }

    /// "Governments must…", "the Commission should…", "Daher sollten diese Behörden…",
    /// "Le gouvernement doit…", "Las autoridades deberían…".
    private func modal(_ t: [CallToken]) -> String?? {
        for i in t.indices {
            guard let m = modals.match(t, at: i) else { continue }
            let start = clauseStart(t, i)
            if subordinate(t, start..<i) { continue }
            // "Should you wish…", "…, should the Senate be willing": a condition, not a call.
            // (German puts the verb first after a leading subordinate clause: "Da …, sollten sie …"
            // is a main clause; only the sentence's first word opens a condition.)
            if i == start, lexicon.language != "de" || i == 0, conditionalOpeners.match(t, at: i) != nil { continue }
            // In brackets: an aside or a citation.
            if t[..<i].filter({ $0.lower == "(" }).count > t[..<i].filter({ $0.lower == ")" }).count { continue }
            // "must often…": what usually happens; "muss nicht", "need not": no obligation.
            let end = clauseEnd(t, i + m)
            if (i + m..<end).contains(where: { habitual.match(t, at: $0) != nil }) { continue }
            if weakModals.match(t, at: i) != nil,
               (i + m..<end).contains(where: { negations.match(t, at: $0) != nil }) { continue }
            if i > 0, modalNonSubjects.match(t, at: i - 1) != nil || authors.match(t, at: i - 1) != nil { continue }
            if i > 1, t[i - 1].lower.count > 3, isAdverb(t, i - 1),
               modalNonSubjects.match(t, at: i - 2) != nil || authors.match(t, at: i - 2) != nil { continue }
            // "Parents should…", "man sollte…": what anyone should do, no one asked. (The
            // subject's head is the word before the modal, or after it in German inversion.)
            if (start..<i).contains(where: { p in genericSubjects.match(t, at: p).map { p + $0 == i } ?? false })
                || (lexicon.language == "de" && genericSubjects.match(t, at: i + m) != nil) { continue }
            var k = i + m
            while k < t.count, ["not", "also", "only", "now", "still"].contains(t[k].lower) || isAdverb(t, k) { k += 1 }
            if modalNonContinuations.match(t, at: k) != nil { continue }
            if lexicon.language == "de" {
                // Verb-final: the modal of a subordinate clause; after it, the subject of an
                // inverted main clause must not be the authors ("sollten wir").
                if k >= t.count || [",", ";", ":", "und", "oder", "sowie"].contains(t[k].lower) { continue }
                if modalNonSubjects.match(t, at: k) != nil || authors.match(t, at: k) != nil { continue }
                if start == 0, i == 0 { continue }  // "Sollten Sie …": a condition
            } else if i == 0 || (i == start && t[i - 1].lower != "," && t[i - 1].lower != ")") {
                continue  // no subject before the modal: a question or a fragment
            }
            return .some(subject(t, start..<i))
        }
        return nil
    }

    /// The subject before a modal, without a conjunction or adverb that opens the clause.
    private func subject(_ t: [CallToken], _ r: Range<Int>) -> String? {
        var s = r.lowerBound
        while s < r.upperBound, ["and", "but", "so", "yet", "or", "then", "now", "therefore", "thus", "also", "et", "mais",
                                 "donc", "und", "aber", "daher", "deshalb", "y", "pero", "e", "mas", "por", "isso", "lo", "tanto"].contains(t[s].lower) {
            s += 1
        }
        guard s < r.upperBound, r.upperBound - s <= 6 else { return nil }
        // German: only a subject that opens the clause with its article ("Der Gesetzgeber
        // sollte"); after a fronted adverb ("Zudem sollten …") the subject follows the verb.
        if lexicon.language == "de", determiners.match(t, at: s) == nil { return nil }
        return text(t, s..<r.upperBound)
    }

    /// "It is essential that…", "il faut…", "es necesario que…", "es wird empfohlen…".
    private func impersonalForm(_ t: [CallToken]) -> String?? {
        for i in t.indices {
            guard let n = impersonal.match(t, at: i) else { continue }
            if subordinate(t, clauseStart(t, i)..<i) { continue }
            // "We are encouraged to write": the authors are the ones asked, by no one here.
            if i > 0, authors.match(t, at: i - 1) != nil { continue }
            let after = t[(i + n)..<min(t.count, i + n + 3)]
            if after.contains(where: { authors.contains($0.lower) || $0.lower == "us" || $0.lower == "nous" }) { continue }
            // "It is crucial that citizens trust…": people in general, as with a modal.
            var k = i + n
            while k < t.count, objectLinks.match(t, at: k) != nil || determiners.match(t, at: k) != nil { k += 1 }
            if genericSubjects.match(t, at: k) != nil { continue }
            if lexicon.language == "de", i + n >= t.count || t[i + n].isClauseMark, i > 0,
               subordinate(t, clauseStart(t, i)..<i) { continue }
            return .some(nil)
        }
        return nil
    }

    /// German "sein" + zu-infinitive, which requires: "Sie ist an internationale Standards
    /// anzupassen", "ist daher … durch … zu ersetzen".
    private func zuInfinitive(_ t: [CallToken]) -> String?? {
        guard !copulas.isEmpty else { return nil }
        for i in t.indices where copulas.contains(t[i].lower) {
            let end = clauseEnd(t, i)
            guard end > i + 1, !subordinate(t, clauseStart(t, i)..<i) else { continue }
            let last = t[end - 1]
            guard last.text.first?.isLowercase == true, last.lower.hasSuffix("en") || last.lower.hasSuffix("ern") else { continue }
            var verb: String? = nil
            if t[end - 2].lower == "zu", end - 2 > i { verb = last.lower }
            else if let p = separablePrefixes.first(where: { last.lower.hasPrefix($0 + "zu") && last.lower.count > $0.count + 4 }) {
                verb = p + String(last.lower.dropFirst(p.count + 2))
            }
            // "ist zu erwarten" judges; "ist einfach zu verwenden", "ist nur … auszuräumen" say
            // what can be done.
            guard let verb, !nonRequiringInfinitives.contains(verb),
                  !(i + 1..<end).contains(where: { nonRequiringInfinitives.contains(t[$0].lower) }) else { continue }
            return .some(nil)
        }
        return nil
    }

    /// "Please vote…", "Bitte unterstützen Sie…", "Veuillez nous transmettre…", "Por favor…";
    /// not "Please find attached", "Veuillez agréer".
    private func politeRequest(_ t: [CallToken]) -> String?? {
        for i in t.indices {
            guard let n = polite.match(t, at: i) else { continue }
            // German "Bitte" inside a sentence is the noun ("Unsere Bitte").
            if lexicon.language == "de", i > 0, t[i].text.first?.isUppercase == true { continue }
            var k = i + n
            while k < t.count, t[k].lower == "," || t[k].lower == "also" { k += 1 }
            if courtesy.match(t, at: k) != nil { continue }
            // "…, kontaktieren Sie uns bitte": the verb before the marker.
            if i >= 2, courtesy.match(t, at: i - 2) != nil || courtesy.match(t, at: i - 3) != nil { continue }
            if k < t.count - 1 || k == t.count - 1 { return .some(nil) }
        }
        return nil
    }

    /// Where an imperative may open the sentence: its start, after a label ("Page 3:"), after
    /// an opening subordinate clause ("When discussing X, ensure…") or a conjunction.
    private func imperativeStarts(_ t: [CallToken]) -> [Int] {
        var starts = [0]
        if let colon = t.prefix(6).firstIndex(where: { $0.lower == ":" }), colon > 0 { starts.append(colon + 1) }
        if subordinators.match(t, at: 0) != nil || conditionalOpeners.match(t, at: 0) != nil,
           let comma = t.prefix(20).firstIndex(where: { $0.lower == "," }) {
            starts.append(comma + 1)
        }
        for s in starts where s < t.count && ["and", "so", "now", "then", "also", "finally", "et", "und", "y", "e"].contains(t[s].lower) {
            starts.append(s + 1)
        }
        return starts
    }

    /// An imperative to the reader: "Sign the petition", "Unterstützen Sie…", "Signez…",
    /// "Protégeons-les", "¡Súmate…!".
    private func imperative(_ t: [CallToken]) -> String?? {
        for s in imperativeStarts(t) where s < t.count {
            if let n = imperatives.match(t, at: s) {
                // "Stop funding…": an English imperative before a gerund.
                let gerund = gerundVerbs.match(t, at: s) == n && (t[ifPresent: s + n].map { $0.lower.count > 4 && $0.lower.hasSuffix("ing") } ?? false)
                if n > 1 || lexicon.imperativeObjects.isEmpty || imperativeObjects.match(t, at: s + n) != nil || gerund {
                    return .some(nil)
                }
            }
            // (A polite marker is read by its own rule, courtesy formulas excepted.)
            guard s == 0, t[s].isWord, t.count > 2, polite.match(t, at: s) == nil else { continue }
            let first = t[s].lower
            switch lexicon.language {
            case "de":
                if t[s + 1].text == "Sie", first.hasSuffix("en"), conditionalOpeners.match(t, at: s) == nil,
                   !["haben", "sind", "werden", "können", "dürfen", "müssen", "wollen"].contains(first) { return .some("Sie") }
            case _ where lexicon.hortativeEnding != nil:
                if isHortative(t, at: s) { return .some(nil) }
            case "fr":
                if first.count >= 5, first.hasSuffix("ez"), !["chez", "assez"].contains(first) { return .some(nil) }
                if first.count >= 6, first.hasSuffix("ons"), first != "nous",
                   ["les", "la", "le", "nous", "ensemble", "vite", "donc", "pour", "contre", "tous", "toutes", "maintenant"].contains(t[s + 1].lower) {
                    return .some(nil)
                }
            default: break
            }
        }
        return nil
    }

    /// "Votemos con memoria", "No votemos por…": the first person plural that exhorts, at the
    /// start of a sentence (after a negation too), in a language that has one; not a listed
    /// indicative of the same shape ("Tenemos…") nor a future ("Votaremos…").
    private func isHortative(_ t: [CallToken], at s: Int) -> Bool {
        guard let ending = lexicon.hortativeEnding else { return false }
        var i = s
        if i < t.count, negations.match(t, at: i) == 1 { i += 1 }
        guard i < t.count, t[i].isWord, t.count - i >= 3 else { return false }
        let word = t[i].lower
        return word.count >= ending.count + 3 && word.hasSuffix(ending)
            && !lexicon.hortativeNonForms.contains(word) && !lexicon.hortativeNonEndings.contains(where: { word.hasSuffix($0) })
    }

    /// "Would you…?", "Could the Society…?", "Pourriez-vous…?".
    private func askingQuestion(_ t: [CallToken], _ question: Bool) -> String?? {
        guard question, let n = questions.match(t, at: 0) else { return nil }
        if t[ifPresent: n - 1]?.lower == "you" || t[ifPresent: n - 1]?.lower == "vous" || t[ifPresent: n - 1]?.lower == "sie" { return .some(t[n - 1].text.description) }
        // "Would the Society …": the subject up to the verb is who is asked.
        if n < t.count { return .some(text(t, (n - 1)..<min(t.count, n + 1))) }
        return .some(nil)
    }

    /// A request under its label: "Solicitação: que a prefeitura…", "Request: …".
    private func label(_ t: [CallToken]) -> String?? {
        guard let n = requestLabels.match(t, at: 0), t[ifPresent: n]?.lower == ":", n + 1 < t.count else { return nil }
        return .some(nil)
    }

    /// A label alone, which introduces the requests listed after it: "Our demands:",
    /// "Unsere Forderungen", "Nuestras demandas son las siguientes:". It asks nothing itself.
    static func isRequestLabel(_ t: [CallToken]) -> Bool {
        requestLabelTables.contains { requestLabels in
            guard let n = requestLabels.match(t, at: 0) else { return false }
            let rest = t[n...].filter(\.isWord).count
            return n == t.count || (rest <= 4 && t.last?.lower == ":")
        }
    }
}

extension Array {
    subscript(ifPresent i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}

/// Splits running text into sentences, keeping abbreviations ("Dr.", "U.S.", "e.g.") intact.
enum Sentences {
    private static let abbreviations: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "inc", "ltd", "co", "jr", "sr", "art", "nr", "bzw", "z.b", "sra", "sr", "núm", "p", "pp", "cf", "al", "vol", "fig", "mme", "m", "s", "h.r", "s.a", "n"]

    /// The sentences of `text`. Text whose scalars are Characters of their own (nearly all)
    /// is read by scalars, with each Character test asked of its scalar
    /// (``splitByCharacters(_:)`` otherwise, and in the tests that compare the two).
    static func split(_ text: String) -> [String] {
        // The scalars and where each starts, read in one pass that also tells whether each
        // is a Character of its own (``String/isOneScalarPerCharacter``).
        let scalars = text.unicodeScalars
        var units: [Unicode.Scalar] = []
        var bounds: [String.Index] = []
        units.reserveCapacity(text.utf8.count)
        bounds.reserveCapacity(text.utf8.count + 1)
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            guard scalar.isSimpleGrapheme else { return splitByCharacters(text) }
            units.append(scalar)
            bounds.append(i)
            i = scalars.index(after: i)
        }
        bounds.append(text.endIndex)
        return split(text, units: units, bounds: bounds)
    }

    static func splitByCharacters(_ text: String) -> [String] {
        let chars = Array(text)
        // Where each character starts in `text`: a sentence is cut out of the text rather than
        // rebuilt character by character.
        var bounds: [String.Index] = [text.startIndex]
        bounds.reserveCapacity(chars.count + 1)
        for c in chars { bounds.append(text.utf8.index(bounds[bounds.count - 1], offsetBy: c.utf8.count)) }
        return split(text, units: chars, bounds: bounds)
    }

    /// The splitter itself, over `text` read as `units`; `bounds[i]` is where unit `i` starts
    /// in `text` (and the last, its end).
    private static func split<Unit: TextUnit>(_ text: String, units chars: [Unit], bounds: [String.Index]) -> [String] {
        let closers: [Unit] = ["\"", "”", "’", "'", ")", "»"]
        let openers: [Unit] = ["\"", "“", "‘", "«", "("]
        var sentences: [String] = []
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
            while j < chars.count, closers.contains(chars[j]) { j += 1 }
            let nextIsSpace = j >= chars.count || chars[j] == " "
            var k = j
            while k < chars.count, chars[k] == " " { k += 1 }
            let nextStarts = k >= chars.count || chars[k].isUnitUppercase || chars[k].isUnitNumber
                || openers.contains(chars[k])
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
