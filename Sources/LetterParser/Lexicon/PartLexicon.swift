/// The words that mark a letter's parts in each language, as data: salutations, complimentary
/// closes, header labels, the headings of signatory lists, annexes and notes.
///
/// ``Patterns`` builds every anchored expression from these lists (the union over the
/// languages, in the order of ``all``), and the cheap first-word guards in front of them from
/// the entries' first words (``FirstWords``); nothing there names a word of its own. Entries
/// are fragments of ICU regular expressions, matched case-insensitively from the start of a
/// line: `estimad[oa]s?`, `yours( very)? (sincerely|faithfully)`. They describe the languages'
/// letter conventions, not any letter. A new language is one more value here.
struct PartLexicon: Sendable {
    let language: String
    /// What a salutation opens with, the name or title addressed following ("dear", "sehr
    /// geehrte[rn]?").
    var salutationOpeners: [String]
    /// Salutations complete in themselves, followed only by a comma or colon ("sirs?", "madam").
    var salutationsAlone: [String] = []
    /// Complimentary closes as a whole line, an optional `,`, `.` or `!` after.
    var closings: [String]
    /// Politeness sentences that close a letter in place of a short formula ("Veuillez agréer,
    /// Madame, l'expression de …", "Please accept the assurances of our highest consideration.",
    /// "… verbleibe ich mit freundlichen Grüßen"), found anywhere in a block.
    var closingSentences: [String] = []
    /// Labels of a subject or reference line ("re", "objet", "betreff").
    var subjectLabels: [String]
    /// Labels of copy recipients ("cc", "copie à").
    var ccLabels: [String]
    /// Labels of the addressee ("to", "an", "para").
    var toLabels: [String]
    /// Labels of the sender in an e-mail or memo header ("from", "de", "von").
    var fromLabels: [String]
    /// Labels of a header's date ("date", "fecha").
    var dateLabels: [String]
    /// Headings that open a list of signatories ("signatories", "firmantes").
    var signatoryHeadings: [String]
    /// Headings that open an annex after the signatures ("annex", "anhang").
    var annexHeadings: [String]
    /// Headings of an endnotes section ("notes", "anmerkungen").
    var notesHeadings: [String]
    /// The blanks of a form to sign, standing alone on a line, plain words (not expressions)
    /// compared without case and trailing `:`/`_` ("Name", "Signature", "Firma"): a
    /// signature block made of them is a template for the reader to fill in, signed by no one.
    var formPlaceholders: [String] = []
    /// Words that open an instruction to the reader ("Please mail checks to:", "Bitte
    /// überweisen Sie …"), plain lower-case words: such a line after the closing is no signer.
    var instructionOpeners: [String] = []
    /// The word joining the last two names of a list ("Ana Ruiz, Jo Okafor and Li Wei").
    var listConjunctions: [String] = []
    /// Forms of address, role, organisation and letter-kind words (``NameWords``).
    var names = NameWords()

    /// The order matters where one entry is a prefix of another's match: English first, as the
    /// expressions were first written; within a language, the order of each list.
    static let all: [PartLexicon] = [.english, .spanish, .french, .german, .portuguese]
}

extension PartLexicon {
    static let english = PartLexicon(
        language: "en",
        salutationOpeners: ["dear", "dearest", "to whom it may concern", "hi", "hello", "greetings", "good (morning|afternoon)",
                            #"to the editors?\b"#, "your (excellency|honou?r)", "honou?rable", "esteemed"],
        salutationsAlone: ["sirs?", "madam", "sir or madam", "sir/madam", "gentlemen", "ladies and gentlemen",
                           // "To the Members of the Senate:": those addressed, on a line of its own
                           // ended by a colon or comma (an inside address line has neither).
                           "to (the|all) [^:,]{3,160}"],
        closings: ["yours( very)? (sincerely|faithfully|truly|respectfully)", "sincerely( yours)?", "very truly yours",
                   "respectfully( yours| submitted)?", "(with )?(best|kind|warm|warmest|kindest) (regards|wishes)", "regards",
                   "best", "cheers", "cordially", "thank you( very much)?( for your (time|attention|consideration))?", "thanks",
                   "many thanks", "with (appreciation|gratitude|thanks|respect)", "in solidarity", "yours in solidarity",
                   "solidarity", "with solidarity", "on behalf of .{3,160}"],
        closingSentences: [#"(please )?accept(,? [^.]{0,80},)? (the|my|our) (renewed )?(assurances?|expression) of (my|our) (highest|high|most distinguished|distinguished|deepest|sincere) (esteem|consideration|regard|respect)[^.,;]{0,30}[.!]?\s*$"#],
        subjectLabels: ["re", "subject", "subj", "ref", "reference", "regarding", "concerning", "object", #"ref\."#],
        ccLabels: ["cc", #"c\.c\."#, "copy to", "copies to"],
        toLabels: ["to", "attn", "attention"],
        fromLabels: ["from"],
        dateLabels: ["date", "sent"],
        signatoryHeadings: ["signatories", "signatures", "signed", "signed by", "co-?signed by", "co-?signatories", "undersigned",
                            "the undersigned", "endorsed by", "endorsements", "endorsers", "supporters", "supported by",
                            "(supporting|signing|participating|endorsing|signatory) (organi[sz]ations?|groups|individuals|members|scientists|researchers|companies|startups)",
                            "organi[sz]ations?", "individuals", "individual signatories", "organi[sz]ational signatories",
                            "institutional signatories"],
        annexHeadings: ["annex", "appendix", "enclosures?", "attachments?", "addendum", "postscript"],
        notesHeadings: ["notes", "endnotes", "footnotes", "references", "sources"],
        formPlaceholders: ["name", "full name", "print name", "your name", "signature"],
        instructionOpeners: ["please", "kindly"],
        listConjunctions: ["and", "&"],
        names: .english
    )

    static let spanish = PartLexicon(
        language: "es",
        salutationOpeners: ["estimad[oa]s?", "apreciad[oa]s?", "señor", "señora", "señores", "distinguid[oa]s?", "querid[oa]s?",
                            "cordial saludo", "respetad[oa]s?", "excelentísim[oa]"],
        closings: ["atentamente", "cordialmente", "un (cordial )?saludo", "saludos( cordiales)?", "reciba un cordial saludo",
                   "muy atentamente"],
        closingSentences: [#"(me despido|nos despedimos|aprovecho la (ocasión|oportunidad)|aprovechamos la (ocasión|oportunidad))[^.]{0,160}(saludo|consideración|estima)[^.,;]{0,40}[.,]?\s*$"#],
        subjectLabels: ["asunto", "referencia", "tema"],
        ccLabels: ["copia"],
        toLabels: ["a", "para"],
        fromLabels: ["de", "remitente"],
        dateLabels: ["fecha"],
        signatoryHeadings: ["firmantes", "firmas", "organizaciones firmantes", "suscriben"],
        annexHeadings: ["anexo", "apéndice"],
        notesHeadings: ["notas", "referencias", "fuentes"],
        formPlaceholders: ["nombre", "nombre y apellidos", "firma"],
        instructionOpeners: ["por favor", "favor de", "sírvase"],
        listConjunctions: ["y", "e", "&"],
        names: .spanish
    )

    static let french = PartLexicon(
        language: "fr",
        salutationOpeners: ["madame", "monsieur", "mesdames", "messieurs", "cher", "chère", "chers", "chères", "bonjour"],
        closings: ["cordialement", "bien cordialement", "salutations( distinguées)?", "bien à vous", "respectueusement"],
        closingSentences: [#"(veuillez|vous prions|vous prie)( de)? (d.)?agréer|(recevez|agréez).{0,80}(l.expression|l.assurance|mes salutations|nos salutations)"#],
        subjectLabels: ["objet", "concerne"],
        ccLabels: ["copie à"],
        toLabels: ["à"],
        fromLabels: ["de", "expéditeur"],
        dateLabels: ["date"],
        signatoryHeadings: ["signataires", "organisations signataires"],
        annexHeadings: ["annexe", "pièces? jointes?"],
        notesHeadings: ["notes"],
        formPlaceholders: ["nom", "prénom", "nom et prénom", "prénom et nom", "signature"],
        instructionOpeners: ["merci de", "prière de"],
        listConjunctions: ["et", "&"],
        names: .french
    )

    static let german = PartLexicon(
        language: "de",
        salutationOpeners: ["sehr geehrte[rn]?", "liebe[rs]?", "hallo", "guten tag"],
        closings: ["mit freundlichen grüßen", "mit freundlichem gruß", "freundliche grüße", "viele grüße", "hochachtungsvoll",
                   "mit besten grüßen", "beste grüße"],
        closingSentences: [#"verbleibe(n)? (ich|wir)( [^.]{0,60})? mit (freundlichen|besten|herzlichen) grüßen\s*[.,]?\s*$"#],
        subjectLabels: ["betreff", #"betr\.?"#],
        ccLabels: ["kopie an"],
        toLabels: ["an", #"z\. ?hd\.?"#],
        fromLabels: ["von"],
        dateLabels: ["datum"],
        signatoryHeadings: ["unterzeichner(innen)?", "unterzeichnende", "erstunterzeichner(innen)?"],
        annexHeadings: ["anhang", "anlagen?"],
        notesHeadings: ["anmerkungen", "fußnoten", "quellen"],
        formPlaceholders: ["name", "vorname", "nachname", "unterschrift"],
        instructionOpeners: ["bitte"],
        listConjunctions: ["und", "&"],
        names: .german
    )

    static let portuguese = PartLexicon(
        language: "pt",
        salutationOpeners: ["prezad[oa]s?", "car[oa]s?", #"exm[oa]\.?"#, "excelentíssim[oa]", "senhor", "senhora", "olá"],
        closings: ["atenciosamente", "respeitosamente", "cordiais saudações", "saudações", "com os melhores cumprimentos"],
        closingSentences: [#"(aproveito|aproveitamos) (a|o) (oportunidade|ensejo)[^.]{0,160}(estima|consideração|apreço)[^.,;]{0,40}[.,]?\s*$"#],
        subjectLabels: ["assunto", "referência", "tema"],
        ccLabels: ["com cópia"],
        toLabels: ["a", "para"],
        fromLabels: ["de", "da", "remetente"],
        dateLabels: ["data"],
        signatoryHeadings: ["signatários", "assinaturas", "assinam"],
        annexHeadings: ["anexo", "apêndice"],
        notesHeadings: ["notas", "referências"],
        formPlaceholders: ["nome", "nome completo", "assinatura"],
        instructionOpeners: ["por favor", "favor"],
        listConjunctions: ["e", "&"],
        names: .portuguese
    )

    /// The union of one list over the languages, each entry once, in the order of ``all``.
    /// Every language's ``NameWords`` list `list`, as one set.
    static func nameSet(_ list: KeyPath<NameWords, [String]>) -> Set<String> {
        Set(all.flatMap { $0.names[keyPath: list] })
    }

    static func union(_ list: KeyPath<PartLexicon, [String]>) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for lexicon in all { for entry in lexicon[keyPath: list] where seen.insert(entry).inserted { out.append(entry) } }
        return out
    }
}

/// The first words an anchored expression's alternatives can open with, for the cheap guards in
/// front of the expressions (``Patterns/leadingWord(_:)``): the ASCII letters before the first
/// other character, lower-cased, through optional and alternative groups at the start.
enum FirstWords {
    static func of(_ fragments: [String]) -> Set<String> {
        Set(fragments.flatMap { words(Array($0)) })
    }

    /// The possible first words of `pattern`. Handles what the lexicon uses at an entry's
    /// start: literal letters, `(a|b)` and `(a )?` groups; anything else ends the word.
    static func words(_ pattern: [Character]) -> [String] { openings(pattern, stems: false) }

    /// The stems an anchored expression's alternatives open with: what ``words(_:)`` gives,
    /// cut before a letter the expression may leave out or replace (`sirs?` → `sir`,
    /// `estimad[oa]s?` → `estimad`, `exm[oa]\.?` → `exm`). Every text the expression matches
    /// opens with ASCII letters that start with one of them (an empty stem admits any text).
    /// For the guards of expressions whose words have optional letters and classes
    /// (``Patterns/opens(_:withStemIn:)``), where the exact first words of ``of(_:)`` would
    /// turn matches away.
    static func stems(of fragments: [String]) -> [String] {
        Array(Set(fragments.flatMap { stems(Array($0)) })).sorted()
    }

    static func stems(_ pattern: [Character]) -> [String] { openings(pattern, stems: true) }

    /// ``words(_:)`` or, with `stems`, ``stems(_:)``: the same walk through the groups.
    private static func openings(_ pattern: [Character], stems: Bool) -> [String] {
        guard let first = pattern.first else { return [""] }
        if first == "(" {
            guard let close = matching(pattern) else { return [""] }
            let inner = Array(pattern[1..<close])
            var rest = Array(pattern[(close + 1)...])
            // A quantifier after the group that allows nothing or many: what follows is unknown.
            if stems, let q = rest.first, "*{+".contains(q) { return [""] }
            let optional = rest.first == "?"
            if optional { rest.removeFirst() }
            var out: [String] = []
            for alternative in split(inner) {
                // An alternative that is a whole word continues into what follows the group only
                // when it ends in a letter (`(with )?best` opens with "with"; `(un)certain` would
                // open with "uncertain", which the lexicon does not use).
                out += openings(alternative + (alternative.last?.isLetter == true ? rest : []), stems: stems)
            }
            if optional { out += openings(rest, stems: stems) }
            return out
        }
        var word = ""
        for (i, c) in pattern.enumerated() {
            guard c.isASCII, c.isLetter else { break }
            // A stem stops before a letter under `?`, `*` or `{0,…}`: it may be missing.
            if stems, i + 1 < pattern.count, "?*{".contains(pattern[i + 1]) { break }
            word.append(Character(c.lowercased()))
        }
        return [word]
    }

    /// The index of the `)` closing the group opened at 0.
    private static func matching(_ pattern: [Character]) -> Int? {
        var depth = 0
        for (i, c) in pattern.enumerated() {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }

    /// A group's alternatives, split at its top-level `|`.
    private static func split(_ inner: [Character]) -> [[Character]] {
        var parts: [[Character]] = [[]], depth = 0
        for c in inner {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if c == "|" && depth == 0 { parts.append([]) } else { parts[parts.count - 1].append(c) }
        }
        return parts
    }
}
