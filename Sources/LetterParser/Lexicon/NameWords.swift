/// The words each language uses to name people, organisations and documents, as data: the
/// forms of address before a name, role and office words, the words that make a name an
/// organisation's, and the words that name a kind of letter. One value per language, held by
/// that language's ``PartLexicon`` (`names`); `Names` and `HeaderParser` read the union over
/// the languages, so a language is added in one place. Lower case; a role or organisation word
/// is matched as a whole word, a role suffix at the end of a compound ("Projektleiterin").
struct NameWords: Sendable {
    /// Forms of address before a name ("dr.", "sra.", "herr"): dropped when reading a name.
    var honorifics: [String] = []
    /// Roles and offices ("director", "abogada", "conseillère", "Abgeordnete").
    var roles: [String] = []
    /// Heads of compound role nouns (German: "leiter" in "Projektleiter").
    var roleSuffixes: [String] = []
    /// Words that make a name an organisation's ("foundation", "stiftung", "e.v.").
    var organizations: [String] = []
    /// Words that name a kind of letter ("statement", "carta", "stellungnahme").
    var letterKinds: [String] = []
    /// Words that qualify a letter's kind in a heading that only names it ("open", "abierta",
    /// "pressemitteilung").
    var kindQualifiers: [String] = []
    /// Words that make a heading the letter's title rather than a letterhead ("regarding",
    /// "sobre", "betreff").
    var titleWords: [String] = []
}

extension NameWords {
    static let english = NameWords(
        honorifics: ["dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "sir", "dame",
                     "rev", "rev.", "hon", "hon.", "rt", "lord", "lady", "drs."],
        roles: ["director", "president", "ceo", "cto", "coo", "cfo", "chair", "chairman", "chairwoman", "chairperson", "professor",
                "executive", "manager", "coordinator", "secretary", "founder", "co-founder", "cofounder", "officer", "head", "lead",
                "member", "senator", "minister", "counsel", "attorney", "editor", "fellow", "researcher", "lecturer", "scientist",
                "engineer", "advisor", "adviser", "consultant", "analyst", "associate", "partner", "principal", "dean", "chief",
                "representative", "delegate", "deputy", "vice", "treasurer", "trustee", "mp", "mep", "student", "phd", "candidate",
                "postdoc", "assistant", "staff", "organizer", "organiser", "campaigner", "activist", "spokesperson", "governor",
                "mayor", "clerk", "judge", "author", "convener", "convenor", "lawyer",
                // Elected offices, which sign council and parliament letters.
                "councillor", "councilor", "councilmember", "alderman", "alderwoman", "congressman", "congresswoman", "assemblymember"],
        organizations: ["foundation", "institute", "association", "center", "centre", "network", "campaign", "coalition", "alliance",
                        "society", "council", "union", "inc", "inc.", "ltd", "ltd.", "llc", "project", "trust", "fund", "group",
                        "committee", "partnership", "university", "college", "school", "organisation", "organization", "rights",
                        "media", "lab", "labs", "collective", "initiative", "movement", "forum", "watch", "library", "libraries",
                        "museum", "museums", "company", "league", "federation", "confederation", "agency", "office", "department",
                        "ministry", "government", "press", "news", "journal", "cooperative", "co-op", "corp", "corporation", "ngo",
                        "now", "action", "advocates", "access", "internet", "digital", "democracy", "freedom", "open", "platform",
                        "agenda", "club", "chapter", "caucus", "congress", "party", "tech", "technologies", "technology", "software",
                        "systems", "solutions", "services", "consulting", "ventures", "studio", "studios", "works", "national",
                        "international", "global", "american", "europe", "european", "africa", "african", "mexico", "india",
                        "foundation.", "programme", "program", "monitor", "accountability", "gender", "justice", "policy", "research",
                        "science", "sciences", "academy", "hospital", "clinic", "church", "unit", "secretariat", "bureau",
                        "commission", "parliament", "senate", "assembly", "board", "team"],
        letterKinds: ["letter", "statement", "declaration", "appeal", "petition", "submission"],
        kindQualifiers: ["open", "joint", "public", "press", "release", "communiqué", "communique", "memo", "memorandum"],
        titleWords: ["call", "response", "comments", "re", "regarding", "concerning", "subject", "joint", "open", "on", "about", "to"]
    )

    static let spanish = NameWords(
        honorifics: ["sr.", "sra.", "dra."],
        roles: ["coordinadora", "coordinador", "presidente", "presidenta", "directora", "director", "ministra", "ministro", "responsable",
                "abogado", "abogada", "jurista", "investigador", "investigadora",
                "concejal", "concejala", "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "tesorero", "tesorera"],
        organizations: ["instituto", "asociación", "centro", "universidad", "organización", "colectivo", "fundación", "red",
                        "observatorio", "federación", "ministerio", "sa", "s.a.", "ong", "coalición", "plataforma"],
        letterKinds: ["carta", "declaración", "comunicado", "llamado"],
        kindQualifiers: ["abierta", "conjunta", "pública", "prensa", "nota", "de"],
        titleWords: ["sobre", "asunto", "abierta"]
    )

    static let french = NameWords(
        honorifics: ["mme", "mme.", "m.", "pr", "pr.", "me", "me."],
        roles: ["directeur", "directrice", "présidente", "président", "député", "juriste", "avocat", "avocate", "chargé", "chargée",
                "responsable", "délégué", "déléguée", "porte-parole",
                "conseiller", "conseillère", "sénateur", "sénatrice", "secrétaire", "trésorier", "trésorière"],
        organizations: ["institut", "université", "fondation", "réseau", "ligue", "ministère", "sa", "s.a.", "ong"],
        letterKinds: ["lettre", "déclaration", "appel"],
        kindQualifiers: ["communiqué", "tribune", "ouverte", "commune", "publique", "presse", "de"],
        titleWords: ["objet", "ouverte", "sur"]
    )

    static let german = NameWords(
        honorifics: ["herr", "frau"],
        roles: ["geschäftsführer", "geschäftsführerin", "vorstand", "vorsitzender", "vorsitzende", "rechtsanwältin", "rechtsanwalt",
                "referent", "referentin", "sprecher", "sprecherin",
                "bürgermeister", "bürgermeisterin", "abgeordneter", "abgeordnete", "stadtrat", "stadträtin", "schatzmeister",
                "schatzmeisterin"],
        roleSuffixes: ["leiter", "leiterin", "referent", "referentin", "sprecher", "sprecherin", "direktor", "direktorin",
                       "beauftragte", "beauftragter", "vorsitzende", "vorsitzender", "koordinator", "koordinatorin",
                       "führer", "führerin", "präsident", "präsidentin", "mitarbeiter", "mitarbeiterin"],
        organizations: ["institut", "universität", "e.v.", "gmbh", "stiftung", "verein", "bundesministerium", "ag"],
        letterKinds: ["brief", "erklärung", "aufruf", "stellungnahme"],
        kindQualifiers: ["offener", "gemeinsame", "pressemitteilung", "öffentlicher"],
        titleWords: ["betreff", "offener", "zu"]
    )

    static let portuguese = NameWords(
        honorifics: ["sr.", "sra.", "dra."],
        roles: ["presidente", "diretor", "diretora", "coordenador", "coordenadora", "secretário", "secretária", "ministra", "ministro",
                "advogado", "advogada", "jurista", "pesquisador", "pesquisadora",
                "vereador", "vereadora", "deputado", "deputada", "prefeito", "prefeita", "tesoureiro", "tesoureira"],
        organizations: ["instituto", "associação", "centro", "universidade", "coletivo", "fundação", "rede", "observatório", "ong"],
        letterKinds: ["carta", "declaração", "comunicado", "apelo"],
        kindQualifiers: ["aberta", "imprensa", "pública", "nota", "de"],
        titleWords: ["sobre", "assunto", "aberta"]
    )
}
