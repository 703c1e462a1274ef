import Foundation
import Layout

/// The phrases that mark letter parts, in English, Spanish, French, German and Portuguese.
///
/// Each pattern matches a whole line (anchored), so a body sentence that merely contains
/// "Sincerely" or "Dear" is never taken for a closing or a salutation.
enum Patterns {
    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    static func matches(_ re: NSRegularExpression, _ text: String) -> Bool {
        re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Salutations: "Dear Lord Vallance,", "To the Editors,", "Sehr geehrte Damen und Herren,".
    static let salutation = regex(#"^(dear|dearest|to whom it may concern|hi|hello|greetings|good (morning|afternoon)|to the editors?\b|your (excellency|honou?r)|honou?rable|esteemed|madame|monsieur|mesdames|messieurs|cher|chère|chers|chères|bonjour|estimad[oa]s?|apreciad[oa]s?|señor|señora|señores|distinguid[oa]s?|querid[oa]s?|cordial saludo|respetad[oa]s?|excelentísim[oa]|sehr geehrte[rn]?|liebe[rs]?|hallo|guten tag|prezad[oa]s?|car[oa]s?|exm[oa]\.?|excelentíssim[oa]|senhor|senhora|olá)\b[^!?]{0,160}[,:!]?$|^(sirs?|madam|sir or madam|sir/madam|gentlemen|ladies and gentlemen)\s*[,:]$"#)

    /// Complimentary closes. French closing formulas are sentences; they are matched separately.
    static let closing = regex(#"^(yours( very)? (sincerely|faithfully|truly|respectfully)|sincerely( yours)?|very truly yours|respectfully( yours| submitted)?|(with )?(best|kind|warm|warmest|kindest) (regards|wishes)|regards|best|cheers|cordially|thank you( very much)?( for your (time|attention|consideration))?|thanks|many thanks|with (appreciation|gratitude|thanks|respect)|in solidarity|yours in solidarity|solidarity|with solidarity|atentamente|cordialmente|un (cordial )?saludo|saludos( cordiales)?|reciba un cordial saludo|muy atentamente|cordialement|bien cordialement|salutations( distinguées)?|bien à vous|respectueusement|mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße|hochachtungsvoll|mit besten grüßen|beste grüße|atenciosamente|respeitosamente|cordiais saudações|saudações|com os melhores cumprimentos|on behalf of .{3,160})[,.!]?$"#)

    /// French formulas of politeness ("Veuillez agréer…", "nous vous prions d'agréer…").
    static let frenchClosingSentence = regex(#"(veuillez|vous prions|vous prie)( de)? (d.)?agréer|(recevez|agréez).{0,80}(l.expression|l.assurance|mes salutations|nos salutations)"#)

    /// Subject labels: "RE:", "Subject:", "Objet :", "Asunto:", "Betreff:".
    static let subjectLabel = regex(#"^(re|subject|subj|ref|reference|regarding|concerning|objet|object|asunto|assunto|referencia|referência|ref\.|betreff|betr\.?|concerne|tema)\s*[:.\-–]\s*"#)

    /// Carbon-copy labels.
    static let ccLabel = regex(#"^(cc|c\.c\.|copy to|copies to|copia|copie à|kopie an|com cópia)\s*[:.]?\s+"#)

    /// Addressee labels that are not part of the address ("To:", "An:", "À :", "Para:").
    static let toLabel = regex(#"^(to|an|à|a|para|attn|attention|z\. ?hd\.?)\s*:\s*"#)

    /// Sender labels of an e-mail or memo header ("From:", "De :", "Von:").
    static let fromLabel = regex(#"^(from|de|von|da|expéditeur|remitente|remetente)\s*:\s*"#)

    /// A header field's label opening the line: sender, addressee, cc, subject or date
    /// ("From: …", "To: …", "Cc: …", "Subject: …", "Date: …").
    static func isFieldLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 14 else { return false }
        return matches(fromLabel, text) || matches(toLabel, text) || isCcLabel(text) || isSubjectLabel(text) || matches(dateLabel, text)
    }

    static let dateLabel = regex(#"^(date|datum|fecha|data|sent)\s*:\s*"#)

    /// Headings that open a list of signatories.
    static let signatoryHeading = regex(#"^(the )?(list of )?(signatories|signatures|signed|signed by|co-?signed by|co-?signatories|undersigned|the undersigned|endorsed by|endorsements|endorsers|supporters|supported by|(supporting|signing|participating|endorsing|signatory) (organi[sz]ations?|groups|individuals|members|scientists|researchers|companies|startups)|organi[sz]ations?|individuals|individual signatories|organi[sz]ational signatories|institutional signatories|firmantes|firmas|organizaciones firmantes|suscriben|signataires|organisations signataires|unterzeichner(innen)?|unterzeichnende|erstunterzeichner(innen)?|signatários|assinaturas|assinam)\b[^.]{0,60}:?$"#)

    /// Headings that open an annex after the signatures.
    static let annexHeading = regex(#"^((annex|annexe|anexo|anhang|appendix|apéndice|apêndice|enclosures?|attachments?|pièces? jointes?|anlagen?|addendum|postscript)\b|p\. ?s\.)"#)

    /// Headings for endnotes sections.
    static let notesHeading = regex(#"^(notes|endnotes|footnotes|references|sources|notas|referencias|referências|anmerkungen|fußnoten|quellen|fuentes)\s*:?$"#)

    // Cheap guards in front of the expressions: most lines fail them, and a regular
    // expression costs a bridge to NSString and an ICU matcher per call.

    /// An annex heading ("Annex 1", "Appendix", "Enclosures").
    static func isAnnexHeading(_ text: String) -> Bool {
        text.count < 120 && matches(annexHeading, text)
    }

    /// A heading that opens a list of signatories.
    static func isSignatoryHeading(_ text: String) -> Bool {
        guard text.count <= 100 else { return false }
        let lower = text.lowercased()
        let stems = ["sign", "organi", "individual", "undersigned", "endorse", "support", "firma", "suscrib", "unterzeich",
                     "assin", "group", "member", "scientist", "research", "compan", "startup", "participat"]
        return stems.contains { lower.containsBytes(of: $0) } && matches(signatoryHeading, text)
    }

    /// A complimentary close, a cc label, a subject label: the line opens with one of
    /// the words these anchored patterns start with (see ``leadingWord(_:)``).
    static func isClosing(_ text: String) -> Bool { opens(text, with: closingLeads) && matches(closing, text) }
    static func isCcLabel(_ text: String) -> Bool { opens(text, with: ccLeads) && matches(ccLabel, text) }
    static func isSubjectLabel(_ text: String) -> Bool { opens(text, with: subjectLeads) && matches(subjectLabel, text) }

    /// The first words of ``closing``'s alternatives, cut before their first letter outside
    /// ASCII (`saudações` → `sauda`).
    static let closingLeads: Set<String> = [
        "yours", "sincerely", "very", "respectfully", "with", "best", "kind", "warm", "warmest", "kindest", "regards",
        "cheers", "cordially", "thank", "thanks", "many", "in", "solidarity", "atentamente", "cordialmente", "un",
        "saludos", "reciba", "muy", "cordialement", "bien", "salutations", "respectueusement", "mit", "freundliche",
        "viele", "hochachtungsvoll", "beste", "atenciosamente", "respeitosamente", "cordiais", "sauda", "com", "on",
    ]
    static let ccLeads: Set<String> = ["cc", "c", "copy", "copies", "copia", "copie", "kopie", "com"]
    static let subjectLeads: Set<String> = [
        "re", "subject", "subj", "ref", "reference", "regarding", "concerning", "objet", "object", "asunto", "assunto",
        "referencia", "refer", "betreff", "betr", "concerne", "tema",
    ]

    /// Whether `text` can match an anchored pattern whose alternatives open with `leads`.
    private static func opens(_ text: String, with leads: Set<String>) -> Bool {
        guard let word = leadingWord(text) else { return true }
        return leads.contains(word)
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

    /// A French closing formula sentence. Every match holds "agr" (agréer, agréez) or "recevez"
    /// in some case ("Agréez, Madame…", "VEUILLEZ AGRÉER…"), so text without either skips the
    /// expression.
    static func isFrenchClosing(_ text: String) -> Bool {
        (text.containsASCIIIgnoringCase("agr") || text.containsASCIIIgnoringCase("recevez")) && matches(frenchClosingSentence, text)
    }
}
