import Foundation
import Layout

/// The phrases that mark letter parts, built from the languages' words in ``PartLexicon``.
///
/// Each pattern matches a whole line (anchored), so a body sentence that merely contains
/// "Sincerely" or "Dear" is never taken for a closing or a salutation.
enum Patterns {
    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// One list of the part lexicons, every language, as alternatives of an expression.
    static func alternatives(_ list: KeyPath<PartLexicon, [String]>) -> String {
        PartLexicon.union(list).joined(separator: "|")
    }

    static func matches(_ re: NSRegularExpression, _ text: String) -> Bool {
        re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Salutations: "Dear Lord Vallance,", "To the Editors,", "Sehr geehrte Damen und Herren,".
    static let salutation = regex("^(" + alternatives(\.salutationOpeners) + #")\b[^!?]{0,160}[,:!]?$|^("# + alternatives(\.salutationsAlone) + #")\s*[,:]$"#)

    /// Complimentary closes. French closing formulas are sentences; they are matched separately.
    static let closing = regex("^(" + alternatives(\.closings) + ")[,.!]?$")

    /// French formulas of politeness ("Veuillez agréer…", "nous vous prions d'agréer…").
    static let closingSentence = regex(alternatives(\.closingSentences))

    /// Subject labels: "RE:", "Subject:", "Objet :", "Asunto:", "Betreff:".
    static let subjectLabel = regex("^(" + alternatives(\.subjectLabels) + #")\s*[:.\-–]\s*"#)

    /// Carbon-copy labels.
    static let ccLabel = regex("^(" + alternatives(\.ccLabels) + #")\s*[:.]?\s+"#)

    /// Addressee labels that are not part of the address ("To:", "An:", "À :", "Para:").
    static let toLabel = regex("^(" + alternatives(\.toLabels) + #")\s*:\s*"#)

    /// Sender labels of an e-mail or memo header ("From:", "De :", "Von:").
    static let fromLabel = regex("^(" + alternatives(\.fromLabels) + #")\s*:\s*"#)

    /// A header field's label opening the line: sender, addressee, cc, subject or date
    /// ("From: …", "To: …", "Cc: …", "Subject: …", "Date: …").
    ///
    /// A text with no colon byte has no colon Character, and is answered without a walk over
    /// its Characters; each expression is tried only on a line that opens with one of its stems.
    static func isFieldLabel(_ text: String) -> Bool {
        guard text.utf8.contains(0x3A),
              let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 14 else { return false }
        return (opens(text, withStemIn: fromStems) && matches(fromLabel, text))
            || (opens(text, withStemIn: toStems) && matches(toLabel, text))
            || isCcLabel(text) || isSubjectLabel(text)
            || (opens(text, withStemIn: dateStems) && matches(dateLabel, text))
    }

    /// ``isFieldLabel(_:)`` as it was before its guards (the tests compare the two).
    static func slowIsFieldLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 14 else { return false }
        return matches(fromLabel, text) || matches(toLabel, text) || isCcLabel(text) || isSubjectLabel(text) || matches(dateLabel, text)
    }

    /// The field-label expressions' stems (``FirstWords/stems(of:)``).
    static let fromStems = FirstWords.stems(of: PartLexicon.union(\.fromLabels))
    static let toStems = FirstWords.stems(of: PartLexicon.union(\.toLabels))
    static let dateStems = FirstWords.stems(of: PartLexicon.union(\.dateLabels))

    static let dateLabel = regex("^(" + alternatives(\.dateLabels) + #")\s*:\s*"#)

    /// Headings that open a list of signatories.
    static let signatoryHeading = regex("^(the )?(list of )?(" + alternatives(\.signatoryHeadings) + #")\b[^.]{0,60}:?$"#)

    /// Headings that open an annex after the signatures.
    static let annexHeading = regex("^((" + alternatives(\.annexHeadings) + #")\b|p\. ?s\.)"#)

    /// Headings for endnotes sections.
    static let notesHeading = regex("^(" + alternatives(\.notesHeadings) + #")\s*:?$"#)

    // Cheap guards in front of the expressions: most lines fail them, and a regular
    // expression costs a bridge to NSString and an ICU matcher per call.

    /// An annex heading ("Annex 1", "Appendix", "Enclosures").
    static func isAnnexHeading(_ text: String) -> Bool {
        (text.utf8.count < 120 || text.characterCount < 120) && opens(text, withStemIn: annexStems) && matches(annexHeading, text)
    }

    /// ``annexHeading``'s stems: the lexicon's headings' and the "p" of "P.S.".
    static let annexStems = FirstWords.stems(of: PartLexicon.union(\.annexHeadings) + ["p"])

    /// A salutation (``salutation``): tried only on a line that opens with one of its stems.
    static func isSalutation(_ text: String) -> Bool {
        opens(text, withStemIn: salutationStems) && matches(salutation, text)
    }

    /// ``salutation``'s stems, from both of its alternatives' word lists.
    static let salutationStems = FirstWords.stems(of: PartLexicon.union(\.salutationOpeners) + PartLexicon.union(\.salutationsAlone))

    /// A heading that opens a list of signatories.
    static func isSignatoryHeading(_ text: String) -> Bool {
        guard text.characterCount <= 100 else { return false }
        // ASCII text lower-cases byte for byte, so its stems are found without a lower-cased copy.
        let holdsStem: Bool
        if text.isASCIIOnly {
            holdsStem = text.containsAnyASCIIIgnoringCase(signatoryHeadingNeedles)
        } else {
            let lower = text.lowercased()
            holdsStem = signatoryHeadingStems.contains { lower.containsBytes(of: $0) }
        }
        return holdsStem && matches(signatoryHeading, text)
    }

    static let signatoryHeadingStems = ["sign", "organi", "individual", "undersigned", "endorse", "support", "firma", "suscrib", "unterzeich",
                                        "assin", "group", "member", "scientist", "research", "compan", "startup", "participat"]
    static let signatoryHeadingNeedles = ASCIICaseNeedles(signatoryHeadingStems)

    /// A complimentary close, a cc label, a subject label: the line opens with one of
    /// the words these anchored patterns start with (see ``leadingWord(_:)``).
    static func isClosing(_ text: String) -> Bool { opens(text, with: closingLeads) && matches(closing, text) }
    static func isCcLabel(_ text: String) -> Bool { opens(text, with: ccLeads) && matches(ccLabel, text) }
    static func isSubjectLabel(_ text: String) -> Bool { opens(text, with: subjectLeads) && matches(subjectLabel, text) }

    /// The first words of ``closing``'s, ``ccLabel``'s and ``subjectLabel``'s alternatives, cut
    /// before their first letter outside ASCII (`saudações` → `sauda`), read off the lexicon.
    static let closingLeads = FirstWords.of(PartLexicon.union(\.closings))
    static let ccLeads = FirstWords.of(PartLexicon.union(\.ccLabels))
    static let subjectLeads = FirstWords.of(PartLexicon.union(\.subjectLabels))

    /// Whether `text` can match an anchored pattern whose alternatives open with `leads`.
    private static func opens(_ text: String, with leads: Set<String>) -> Bool {
        guard let word = leadingWord(text) else { return true }
        return leads.contains(word)
    }

    /// Whether `text` can match an anchored expression whose alternatives open with `stems`
    /// (``FirstWords/stems(of:)``): its leading word starts with one of them.
    static func opens(_ text: String, withStemIn stems: [String]) -> Bool {
        guard let word = leadingWord(text) else { return true }
        return stems.contains { word.utf8.starts(with: $0.utf8) }
    }

    /// The ASCII letters that open `text`, lowercased: in these patterns every alternative's
    /// first word is followed by a space, punctuation, the end or a letter outside ASCII, so a
    /// match opens with exactly one of their first words. `nil` (try the pattern) when the run
    /// stops at a character outside ASCII that changes under case folding (`É`, `ſ`, `ﬆ`),
    /// which the case-insensitive pattern may read as ASCII letters.
    static func leadingWord(_ text: String) -> String? {
        var word: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: word.append(UInt8(scalar.value) | 0x20)
            default:
                if !scalar.isASCII && scalar.properties.changesWhenCaseFolded { return nil }
                return String(decoding: word, as: UTF8.self)
            }
        }
        return String(decoding: word, as: UTF8.self)
    }

    /// A politeness sentence that closes the letter (``PartLexicon/closingSentences``). Every
    /// one holds one of a few word stems ("agréer", "agréez", "recevez", "accept", "verbleibe",
    /// "despid", "desped", "aprove"), so text without any skips the expression, which costs
    /// most on the long paragraphs it is asked about. (The stem was "agr", which every
    /// "agree" and "agriculture" holds; the expressions' "agré" is matched case-insensitively
    /// by ICU, so "agrÉ" is a stem too.)
    static func isClosingSentence(_ text: String) -> Bool {
        text.containsAnyASCIIIgnoringCase(closingSentenceNeedles) && matches(closingSentence, text)
    }

    static let closingSentenceStems = ["agr\u{E9}", "agr\u{C9}", "recevez", "accept", "verbleibe", "despid", "desped", "aprove"]
    static let closingSentenceNeedles = ASCIICaseNeedles(closingSentenceStems)
}
