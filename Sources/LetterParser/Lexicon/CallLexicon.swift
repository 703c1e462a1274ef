/// How each language asks someone to act: the words call detection reads, as data.
///
/// Every pattern and prefilter of ``CallsToAction`` is generated from these lists; nothing
/// there names a word of its own. An entry of several words ("call on", "il faut") is matched
/// word for word; words are lowercased, and apostrophes and hyphens cut them ("d'agir" is
/// "d" "agir", "protégeons-les" is "protégeons" "les"). The lists describe the languages, not
/// any letter: request verbs in the forms a writer uses of themselves, the modal forms of a
/// recommendation, polite imperatives, and the cues that make a sentence something else (a
/// report of someone else's call, a conditional suggestion, a courtesy formula).
struct CallLexicon: Sendable {
    let language: String
    /// Subjects that are the authors: "we", "I", "the undersigned".
    var authors: [String]
    /// Request verbs as the authors use them after their subject, with any particle that must
    /// follow ("call on"): "we urge", "nous demandons", "wir fordern".
    var requests: [String]
    /// Request verbs that need their object before they ask ("we need you to", "we want the
    /// Commission to"): a call only when the object and `objectLinks` follow.
    var objectRequests: [String] = []
    /// Present-tense request verbs with an author of the letter that is not a pronoun as
    /// subject ("The coalition urges…", "la comunidad invita a…"), and the request forms that
    /// carry their own subject (Spanish and Portuguese drop it: "exigimos", "solicito").
    var ownRequests: [String] = []
    /// Forms that carry their own subject only when written with it.
    var thirdPersonRequests: [String] = []
    /// Words that end the object of a request: "to", "that" / "de", "à" / "que", "a" / "auf".
    var objectLinks: [String]
    /// Words that may stand between the subject and its verb (adverbs, auxiliaries, "hereby").
    var between: [String]
    /// Endings of adverbs, which may stand there too ("strongly", "vivement", "urgentemente").
    var adverbEndings: [String]
    /// Modal forms of a recommendation: "should", "must", "sollte", "doit", "debería".
    var modals: [String]
    /// Subjects after which a modal is no recommendation to the addressee: the authors
    /// themselves (a commitment), anaphoric or generic pronouns, "there".
    var modalNonSubjects: [String]
    /// Subjects that are people in general ("parents", "everyone", "man"): a modal after them
    /// describes what anyone should do, and asks no addressee.
    var genericSubjects: [String] = []
    /// What after a modal makes it a statement: "must have", "should be noted".
    var modalNonContinuations: [String]
    /// Impersonal forms of necessity or recommendation: "it is essential that", "il faut",
    /// "es wird empfohlen", "es necesario que".
    var impersonal: [String]
    /// Polite markers of a request: "please", "bitte", "veuillez", "por favor".
    var polite: [String]
    /// What after a polite marker is a courtesy formula, no request: "please find", "please
    /// note", "veuillez agréer".
    var courtesy: [String]
    /// Verbs that open an imperative to the reader (base forms, formal imperatives).
    var imperatives: [String]
    /// Words one of which must follow an English imperative verb (so that "Support for" or
    /// "Help is" does not read as one): determiners, pronouns, adverbs.
    var imperativeObjects: [String] = []
    /// Imperative verbs that take a gerund ("Stop funding…"), which then follows them.
    var gerundVerbs: [String] = []
    /// Wishes aimed at the addressee: "we hope that … will", "nous souhaitons que".
    var wishes: [String] = []
    /// Words one of which must follow a wish for it to ask something ("…that you will").
    var wishFollowers: [String] = []
    /// Questions to the addressee that ask: "Would you…?", "Könnten Sie…?", "Pourriez-vous…?".
    var questions: [String] = []
    /// Labels that head a request: "Request:", "Solicitação:", "Forderung:".
    var requestLabels: [String] = []
    /// Determiners: before a verb form that is also a noun ("la demande", "the calls") they
    /// make it the noun.
    var determiners: [String] = []
    /// German: zu-infinitives after "ist" that judge rather than require ("ist zu erwarten").
    var nonRequiringInfinitives: [String] = []
    /// Verbs by which the authors join others' call, and the word before the call: "we join
    /// X in calling for…".
    var joining: [String] = []
    var joinLinks: [String] = []
    /// Words that make a modal clause a description of what usually happens ("must often").
    var habitual: [String] = []
    /// Modal forms whose negation removes the obligation ("muss nicht", "need not").
    var weakModals: [String] = []
    /// Negation words, for ``weakModals``.
    var negations: [String] = []
    /// Words before an infinitive: "we are compelled to … entreat X to", "nous tenons à
    /// demander".
    var infinitiveMarkers: [String] = []
    /// Words that give a reason ("because", "car", "weil"): list items after a request that
    /// ends with one are its reasons, not the actions asked for.
    var causal: [String] = []
    /// Relative pronouns: list items after an introduction that ends with one and a colon
    /// ("Our vote must go to those who:") complete the relative clause, describing someone;
    /// they ask nothing themselves. Only pronouns that cannot be a complementizer ("that",
    /// "que" and "dass" introduce the content of a request: "we ask that:").
    var relatives: [String] = []
    /// The ending of the first person plural that exhorts the writers and readers together
    /// ("Votemos con memoria", "No votemos por…", "Lutemos"): Spanish and Portuguese, where it
    /// is the present subjunctive of verbs in -ar.
    var hortativeEnding: String? = nil
    /// Indicative forms with the same ending (verbs in -er and -ir: "tenemos", "queremos",
    /// "defendemos"), which state rather than exhort, and the endings of the future
    /// ("votaremos").
    var hortativeNonForms: [String] = []
    var hortativeNonEndings: [String] = []
    /// Words that join a second verb to the same subject ("…are concerned and urge…").
    var coordinators: [String] = []
    /// Words that open a subordinate clause or a report: a modal after them in the same clause
    /// is not the authors' recommendation ("that", "which", "dass", "que").
    var subordinators: [String]
    /// Words that report what others said or did ("called", "urged", "forderte"): a request
    /// after them in the same clause is a description.
    var reporting: [String]
    /// Words that open a conditional suggestion at the start of a sentence ("Sollten Sie…").
    var conditionalOpeners: [String] = []
    /// German: prefixes of separable verbs, for "ist … anzupassen" (sein + zu-infinitive).
    var separablePrefixes: [String] = []
    /// German: the copula forms of "sein" for the same construction.
    var copulas: [String] = []

    static let all: [CallLexicon] = [.english, .french, .german, .spanish, .portuguese]
}

extension CallLexicon {
    static let english = CallLexicon(
        language: "en",
        authors: ["we", "i", "the undersigned", "the signatories", "the signatory organisations", "the signatory organizations",
                  "the undersigned organisations", "the undersigned organizations", "the undersigned groups",
                  "the undersigned individuals", "the undersigned experts", "the undersigned members", "we the undersigned"],
        requests: ["call on", "call upon", "urge", "implore", "entreat", "appeal to", "ask", "request", "encourage",
                   "invite", "beseech", "petition", "demand", "recommend", "insist that", "propose that", "suggest that",
                   "call for", "press", "exhort", "plead with",
                   "calling on", "calling upon", "calling for", "asking", "urging", "requesting", "inviting", "demanding",
                   "encouraging", "appealing to", "recommending", "make the following recommendations",
                   "make the following requests", "offer the following recommendations", "submit the following recommendations",
                   "have the following recommendations", "have the following requests", "reiterate our call",
                   "renew our call", "repeat our call", "reiterate our request", "renew our request"],
        objectRequests: ["need", "want", "expect"],
        thirdPersonRequests: ["calls on", "calls upon", "urges", "asks", "requests", "invites", "encourages", "demands",
                              "recommends", "calls for", "appeals to", "implores", "exhorts"],
        objectLinks: ["to", "that", "for", "not"],
        between: [",", "also", "further", "therefore", "thus", "hereby", "again", "now", "once again", "jointly", "furthermore",
                  "finally", "specifically", "collectively", "would", "must", "want to", "wish to", "would like to", "d like to",
                  "are", "am", "writing to", "write to", "are writing to", "today", "all", "both", "together", "as such",
                  "moreover", "in addition", "consequently", "accordingly", "hence", "so"],
        adverbEndings: ["ly"],
        modals: ["should", "must", "shall", "ought to", "needs to", "has to", "have to"],
        modalNonSubjects: ["i", "we", "you and i", "they", "he", "she", "it", "this", "that", "there", "one", "these", "those",
                           "which", "who", "what", "everyone", "everybody", "anyone", "someone", "nobody", "us", "will", "would", "may",
                           "might", "could", "can", "and", "or", "to", "you and we", "we all"],
        genericSubjects: ["people", "parents", "children", "citizens", "consumers", "users", "everyone", "everybody", "anyone",
                          "one", "families", "students", "patients", "readers", "we all", "all of us", "each of us", "no one",
                          "nobody"],
        modalNonContinuations: ["have", "be aware", "know", "be wondering", "be noted", "be said", "be remembered", "be mentioned", "be stressed",
                                "be emphasised", "be emphasized", "be pointed out", "be recalled", "admit", "not be surprised"],
        impersonal: ["it is imperative", "it is essential", "it is vital", "it is crucial", "it is critical", "it is necessary",
                     "it is urgent", "it is recommended", "it s imperative", "it s essential", "it s vital", "it s crucial",
                     "it s critical", "it is high time", "it is time for", "it is incumbent on", "it is incumbent upon",
                     "is urged to", "are urged to", "is called upon to", "are called upon to", "is called on to", "are called on to",
                     "is requested to", "are requested to", "is invited to", "are invited to", "is encouraged to",
                     "are encouraged to", "is asked to", "are asked to", "it is our hope that", "it is our sincere hope that",
                     "it is my hope that"],
        polite: ["please", "kindly"],
        courtesy: ["find", "note", "see", "be advised", "be aware", "refer", "do not hesitate", "don t hesitate", "feel free",
                   "accept", "let us know", "let me know", "contact us", "contact me", "get in touch", "reach out", "receive",
                   "allow me", "allow us", "forgive", "excuse", "also note", "also find", "also see"],
        imperatives: ["sign", "join", "support", "pass", "reject", "vote", "protect", "restore", "ensure", "withdraw", "release",
                      "adopt", "cancel", "suspend", "repeal", "reverse", "reconsider", "commit", "take", "act", "contact", "tell",
                      "help", "stand", "share", "make", "stop", "end", "keep", "give", "remember", "consider", "write", "email",
                      "visit", "demand", "move", "add", "remove", "clarify", "include", "delete", "revise", "explain", "publish",
                      "fund", "ban", "halt", "oppose", "defend", "uphold", "urge", "ask", "donate", "register", "attend",
                      "speak out", "call on", "call your", "vote for", "vote against", "stand with", "stand up", "tell your",
                      "don t", "do not", "never", "let", "get", "put", "provide", "drop", "say no", "say yes", "treat", "respect",
                      "engage", "listen", "invest", "establish", "guarantee", "implement", "amend", "introduce", "strengthen",
                      "rethink", "revisit", "replace", "rename", "cite", "check", "discuss", "report", "submit", "complete",
                      "mail", "send", "follow", "learn", "spread", "start", "quit", "sponsor"],
        imperativeObjects: ["the", "a", "an", "this", "these", "that", "those", "your", "our", "us", "me", "all", "any", "every",
                            "each", "it", "them", "now", "today", "immediately", "with", "up", "against", "out", "first",
                            "more", "whether", "why", "how", "what", "which", "to", "in", "on", "back", "down", "so", "no",
                            "yes", "his", "her", "their", "its", "my", "both", "forward", "clear", "sure", "action", "part"],
        gerundVerbs: ["stop", "keep", "start", "quit", "end", "consider", "continue", "avoid", "resume", "cease"],
        wishes: ["hope that", "hope", "sincerely hope", "would welcome", "would appreciate", "would be grateful"],
        wishFollowers: ["will", "would", "can", "could"],
        questions: ["would you", "could you", "can you", "will you", "would the", "could the", "will the", "would your",
                    "could your"],
        requestLabels: ["request", "requests", "demand", "demands", "our demands", "our requests", "ask", "our ask",
                        "call to action", "recommendation", "recommendations", "our recommendations", "action requested",
                        "key recommendations", "what we ask", "what you can do"],
        determiners: ["the", "a", "an", "their", "our", "his", "her", "its", "these", "those", "such", "your", "my", "of",
                      "whose", "many", "several", "two", "three", "repeated", "public"],
        joining: ["join", "are joining", "stand with", "stand together with"],
        joinLinks: ["in"],
        habitual: ["often", "usually", "sometimes", "typically", "generally", "normally", "frequently", "always"],
        weakModals: ["have to", "has to", "needs to"],
        negations: ["not", "never"],
        infinitiveMarkers: ["to"],
        causal: ["because", "since", "as", "for the following reasons", "given that"],
        relatives: ["who", "whom", "which"],
        coordinators: ["and", "and therefore", "and thus"],
        subordinators: ["that", "which", "who", "whom", "whose", "because", "since", "although", "though", "whether", "how",
                        "what", "why", "where", "whereas", "unless", "while", "so that", "as if", "said", "says", "stated",
                        "argued", "claimed", "believed", "reported", "noted", "warned", "than"],
        reporting: ["called", "urged", "asked", "requested", "demanded", "recommended", "invited", "encouraged", "said",
                    "stated", "told", "wrote", "suggested", "insisted", "proposed", "previously", "already", "repeatedly"],
        conditionalOpeners: ["if", "should", "were", "had", "unless", "when", "once", "before", "after", "in order to"]
    )

    static let french = CallLexicon(
        language: "fr",
        authors: ["nous", "je", "les signataires", "les soussignés", "les organisations signataires", "soussignés"],
        requests: ["demandons", "demande", "appelons", "appelle", "exhortons", "exhorte", "invitons", "invite", "prions",
                   "prie", "exigeons", "exige", "sollicitons", "sollicite", "recommandons", "recommande", "enjoignons",
                   "encourageons", "encourage", "réclamons", "réclame", "pressons", "conjurons", "implorons",
                   "vous demandons", "vous demande", "vous invitons", "vous invite", "vous prions", "vous prie",
                   "vous exhortons", "vous appelons", "vous encourageons", "vous sollicitons", "vous recommandons",
                   "avons l honneur de solliciter", "ai l honneur de solliciter", "avons l honneur de demander",
                   "ai l honneur de demander", "vous demandons instamment", "demandons instamment", "demander", "solliciter",
                   "appeler", "exhorter", "inviter", "vous demander", "vous inviter", "vous appeler", "attendons",
                   "plaidons pour", "proposons que", "vous conjurons", "vous pressons", "formulons les recommandations suivantes",
                   "formulons les demandes suivantes", "réitérons notre appel", "renouvelons notre appel",
                   "réitérons notre demande", "renouvelons notre demande"],
        ownRequests: [],
        thirdPersonRequests: ["demande", "appelle", "exhorte", "invite", "exige", "recommande", "réclame", "demandent",
                              "appellent", "exhortent", "invitent", "exigent", "recommandent", "réclament"],
        objectLinks: ["de", "d", "à", "a", "que", "qu"],
        between: [",", "donc", "ainsi", "aussi", "également", "par conséquent", "dès lors", "en conséquence", "à nouveau",
                  "encore", "aujourd", "hui", "ensemble", "tous", "toutes", "par la présente", "souhaitons", "voulons",
                  "tenons à", "voudrions", "souhaiterions", "vous", "donc vous", "lui", "leur"],
        adverbEndings: ["ment"],
        modals: ["doit", "doivent", "devra", "devront", "devrait", "devraient"],
        modalNonSubjects: ["nous", "je", "j", "on", "il", "elle", "ils", "elles", "cela", "ce", "c", "ceci", "qui", "que", "tout"],
        genericSubjects: ["les gens", "chacun", "chacune", "tout le monde", "les parents", "les citoyens", "les citoyennes",
                          "on", "les usagers", "les consommateurs", "nous tous"],
        modalNonContinuations: ["être noté", "être rappelé", "avoir"],
        impersonal: ["il faut", "il faudrait", "il convient de", "il convient d", "il est nécessaire", "il est indispensable",
                     "il est urgent", "il est impératif", "il est essentiel", "il est recommandé", "il importe de",
                     "il importe que", "il est temps de", "il est temps que", "il appartient", "il incombe",
                     "est invité à", "sont invités à", "est invitée à", "sont invitées à", "est appelé à", "sont appelés à",
                     "est appelée à", "sont appelées à", "est prié de", "sont priés de"],
        polite: ["veuillez", "merci de", "merci d", "s il vous plaît", "prière de"],
        courtesy: ["agréer", "croire", "recevoir", "trouver", "noter", "trouver ci", "nous excuser"],
        imperatives: ["signez", "rejoignez", "soutenez", "agissez", "écrivez", "votez", "contactez", "partagez", "participez",
                      "protégeons", "agissons", "exigeons", "soignons", "mobilisons", "refusons", "défendons", "luttons",
                      "rejoignons", "soutenons", "signons", "ensemble exigeons"],
        wishes: ["souhaitons que", "souhaiterions que", "souhaite que", "souhaiterais que", "espérons que", "voudrions que",
                 "aimerions que", "vous saurions gré", "vous serions reconnaissants"],
        questions: ["pourriez vous", "pouvez vous", "accepteriez vous", "voudriez vous", "pourrait on"],
        requestLabels: ["demande", "demandes", "nos demandes", "revendications", "nos revendications", "recommandation",
                        "recommandations"],
        determiners: ["la", "le", "une", "un", "cette", "ce", "sa", "son", "notre", "votre", "leur", "de", "des", "les", "du",
                      "nos", "vos", "leurs", "ma", "mon", "toute", "chaque", "l"],
        habitual: ["souvent", "parfois", "généralement", "habituellement", "toujours"],
        infinitiveMarkers: ["à", "de", "d"],
        causal: ["parce que", "car", "puisque", "pour les raisons suivantes"],
        relatives: ["qui", "lesquels", "lesquelles", "auxquels", "auxquelles"],
        coordinators: ["et"],
        subordinators: ["que", "qu", "qui", "dont", "lorsque", "quand", "parce", "puisque", "comme", "si", "où", "bien que",
                        "selon"],
        reporting: ["demandé", "appelé", "exhorté", "invité", "exigé", "déclaré", "affirmé", "écrit", "dit", "réclamé",
                    "demandait", "demandaient", "appelait", "appelaient"]
    )

    static let german = CallLexicon(
        language: "de",
        authors: ["wir", "ich", "die unterzeichnenden", "die unterzeichner", "die unterzeichnenden organisationen",
                  "die unterzeichnerinnen und unterzeichner"],
        requests: ["fordern", "fordere", "bitten", "bitte", "appellieren", "appelliere", "empfehlen", "empfehle", "ersuchen",
                   "ersuche", "rufen", "rufe", "verlangen", "verlange", "erwarten", "erwarte", "drängen", "dränge",
                   "ermutigen", "ermutige", "ermuntern", "laden", "plädieren", "plädiere", "mahnen", "mahne",
                   "auffordern", "aufzufordern", "aufrufen", "einladen", "ermutigen", "bitten darum",
                   "bekräftigen unsere forderung", "erneuern unsere forderung", "wiederholen unsere forderung",
                   "bekräftigen unseren appell", "erneuern unseren appell"],
        thirdPersonRequests: ["fordert", "fordern", "appelliert", "appellieren", "ersucht", "empfiehlt", "empfehlen",
                              "ruft", "rufen", "bittet", "verlangt", "drängt", "lädt"],
        objectLinks: ["auf", "dazu", "um", "an", "zu", "darum"],
        between: [",", "daher", "deshalb", "deswegen", "darum", "somit", "also", "auch", "nochmals", "erneut", "hiermit",
                  "dringend", "eindringlich", "ausdrücklich", "nachdrücklich", "gemeinsam", "alle", "heute", "jetzt", "nun",
                  "möchten", "möchte", "wollen", "will", "würden", "würde", "haben", "habe"],
        adverbEndings: ["lich", "weise"],
        modals: ["sollte", "sollten", "muss", "müssen", "darf nicht", "dürfen nicht"],
        modalNonSubjects: ["wir", "ich", "man", "er", "du", "ihr"],
        genericSubjects: ["man", "jeder", "jede", "jedermann", "eltern", "menschen", "bürgerinnen", "bürger", "verbraucher",
                          "nutzer", "alle"],
        modalNonContinuations: [],
        impersonal: ["es wird empfohlen", "wird empfohlen", "empfiehlt es sich", "es empfiehlt sich", "ist es geboten",
                     "ist geboten", "ist erforderlich", "ist es erforderlich", "ist zudem erforderlich", "ist daher erforderlich",
                     "ist es notwendig", "ist notwendig", "ist es wünschenswert", "ist wünschenswert", "ist unerlässlich",
                     "ist es unerlässlich", "ist dringend geboten", "es bedarf",
                     "ist aufgefordert", "sind aufgefordert", "ist gefordert", "sind gefordert", "ist gefragt", "sind gefragt",
                     "ist angehalten", "sind angehalten"],
        polite: ["bitte"],
        courtesy: ["beachten", "entnehmen", "zögern", "finden", "nehmen sie kontakt", "melden sie sich"],
        imperatives: ["unterstützen sie", "unterschreiben sie", "helfen sie", "schreiben sie", "kontaktieren sie",
                      "stimmen sie", "setzen sie sich", "lehnen sie", "handeln sie", "machen sie", "treten sie",
                      "beteiligen sie sich", "zeichnen sie", "werden sie"],
        wishes: ["hoffen dass", "hoffe dass", "würden uns freuen", "würde mich freuen", "wären dankbar", "wäre dankbar"],
        questions: ["könnten sie", "würden sie", "können sie", "wären sie"],
        requestLabels: ["forderung", "forderungen", "unsere forderungen", "empfehlung", "empfehlungen", "bitte"],
        determiners: ["die", "der", "das", "des", "dem", "den", "eine", "ein", "einer", "einen", "unsere", "ihre", "seine"],
        nonRequiringInfinitives: ["erwarten", "befürchten", "vermuten", "hoffen", "begrüßen", "bedauern", "beobachten",
                                  "erkennen", "sehen", "lesen", "finden", "verstehen", "verzeichnen", "beklagen", "ausgehen",
                                  "annehmen", "einfach", "leicht", "schwer", "schwierig", "kaum", "nur", "nicht",
                                  "möglich", "unmöglich"],
        habitual: ["oft", "häufig", "manchmal", "meist", "meistens", "oftmals", "regelmäßig", "immer", "bisher", "derzeit"],
        weakModals: ["muss", "müssen"],
        negations: ["nicht", "kein", "keine", "keinen"],
        causal: ["weil", "denn", "da", "aus folgenden gründen"],
        relatives: ["die", "welche", "welcher"],
        coordinators: ["und"],
        subordinators: ["dass", "weil", "ob", "wenn", "falls", "obwohl", "warum", "wie", "damit", "sodass", "welche", "welcher",
                        "welches", "da", "nachdem", "bevor", "während", "wo", "wer", "was"],
        reporting: ["forderte", "forderten", "bat", "baten", "appellierte", "empfahl", "empfahlen", "gefordert", "gebeten",
                    "sagte", "erklärte", "betonte"],
        conditionalOpeners: ["sollten", "sollte", "falls", "wenn", "würden", "würde", "könnten", "könnte", "hätten", "wäre"],
        separablePrefixes: ["an", "auf", "aus", "ab", "ein", "fest", "vor", "nach", "zurück", "um", "weiter", "her", "hin",
                            "mit", "bei", "dar", "frei", "offen", "bereit", "zusammen", "hinzu", "heraus", "durch", "über",
                            "unter", "wieder", "statt", "teil", "klar", "offen", "gleich", "sicher", "zu"],
        copulas: ["ist", "sind"]
    )

    static let spanish = CallLexicon(
        language: "es",
        authors: ["nosotros", "nosotras", "nosotres", "yo", "los firmantes", "las firmantes", "las organizaciones firmantes",
                  "los abajo firmantes", "quienes suscribimos", "quienes firmamos"],
        requests: [],
        ownRequests: ["instamos", "exhortamos", "urgimos", "pedimos", "solicitamos", "exigimos", "llamamos", "convocamos",
                      "invitamos", "recomendamos", "rogamos", "sugerimos", "demandamos", "reclamamos", "proponemos",
                      "hacemos un llamado", "hacemos un llamamiento", "apelamos", "insto", "exhorto", "pido", "solicito",
                      "exijo", "invito", "recomiendo", "ruego", "sugiero", "demando", "reclamo", "hago un llamado",
                      "queremos pedir", "queremos solicitar", "quisiéramos solicitar", "quisiéramos pedir", "le pedimos",
                      "les pedimos", "le solicitamos", "les solicitamos", "les instamos", "le instamos", "les exhortamos",
                      "les invitamos", "le invitamos", "te invitamos", "os invitamos", "les exigimos", "le exigimos",
                      "formulamos las siguientes recomendaciones", "presentamos las siguientes demandas",
                      "presentamos las siguientes peticiones", "reiteramos nuestro llamado", "reiteramos nuestra exigencia",
                      "reiteramos nuestra petición", "renovamos nuestro llamado", "lanzamos un llamado",
                      "solicitarle", "solicitarles", "pedirle", "pedirles", "exigirle", "exigirles", "instarle",
                      "instarles", "invitarle", "invitarles", "rogarle", "rogarles", "exhortarle", "exhortarles"],
        thirdPersonRequests: ["invita", "exige", "pide", "solicita", "insta", "exhorta", "recomienda", "convoca", "llama a",
                              "hace un llamado", "reclama", "invitan", "exigen", "piden", "solicitan", "instan", "exhortan",
                              "recomiendan", "convocan", "reclaman"],
        objectLinks: ["a", "que", "para"],
        between: [","],
        adverbEndings: ["mente"],
        modals: ["debe", "deben", "debería", "deberían", "deberá", "deberán", "tiene que", "tienen que", "ha de", "han de"],
        modalNonSubjects: ["nosotros", "nosotras", "yo", "se", "que", "lo", "esto", "eso", "ello", "nadie", "quien"],
        genericSubjects: ["la gente", "todos", "todas", "cada uno", "cada una", "los padres", "las personas", "uno",
                          "los ciudadanos", "los usuarios", "los consumidores"],
        modalNonContinuations: ["de haber", "haber"],
        impersonal: ["es necesario", "es urgente", "es imprescindible", "es indispensable", "es fundamental", "es preciso",
                     "es imperativo", "hay que", "se recomienda", "se solicita", "se exige", "se pide", "urge que",
                     "se debe", "se deben", "se debería", "se deberían", "resulta urgente", "resulta necesario",
                     "resulta imprescindible", "resulta indispensable", "hace falta que", "corresponde al", "corresponde a la",
                     "se insta", "se exhorta", "se invita", "se hace un llamado"],
        polite: ["por favor", "favor de", "le rogamos", "les rogamos", "rogamos"],
        courtesy: ["encontrar", "encuentre", "encuentren", "no dude", "no duden", "acepte", "reciba", "disculpe"],
        imperatives: ["firma", "firme", "firmen", "únete", "súmate", "sumate", "únanse", "súmense", "apoya", "apoye",
                      "apoyen", "participa", "participe", "participen", "comparte", "comparta", "difunde", "difunda",
                      "exige", "exijamos", "actúa", "actúe", "escribe", "escriba", "ayúdanos", "ayúdenos", "luchemos",
                      "defendamos", "exijan", "contáctanos"],
        wishes: ["esperamos que", "deseamos que", "quisiéramos que", "nos gustaría que"],
        questions: ["podría usted", "podrían ustedes", "podrían", "podría", "pueden ustedes", "puede usted"],
        requestLabels: ["petición", "peticiones", "solicitud", "demanda", "demandas", "nuestras demandas", "exigencias",
                        "recomendación", "recomendaciones"],
        determiners: ["la", "el", "una", "un", "esta", "este", "su", "sus", "nuestra", "nuestro", "de", "los", "las", "del",
                      "cuya", "cuyo"],
        habitual: ["a menudo", "frecuentemente", "a veces", "generalmente", "normalmente", "siempre"],
        negations: ["no", "nunca"],
        causal: ["porque", "ya que", "pues", "por las siguientes razones"],
        relatives: ["quienes", "quien", "cuales", "los que", "las que"],
        hortativeEnding: "emos",
        hortativeNonForms: ["tenemos", "queremos", "podemos", "debemos", "sabemos", "hacemos", "creemos", "vemos", "ponemos",
                            "proponemos", "ofrecemos", "agradecemos", "reconocemos", "conocemos", "entendemos", "comprendemos",
                            "defendemos", "sostenemos", "mantenemos", "obtenemos", "promovemos", "leemos", "volvemos",
                            "respondemos", "tememos", "vendemos", "dependemos", "atendemos", "pretendemos", "prometemos",
                            "suponemos", "disponemos", "exponemos", "contenemos", "merecemos", "parecemos", "crecemos",
                            "pertenecemos", "permanecemos", "aprendemos", "corremos", "perdemos", "movemos", "resolvemos"],
        hortativeNonEndings: ["aremos", "eremos", "iremos"],
        coordinators: ["y"],
        subordinators: ["que", "quien", "quienes", "cual", "cuales", "cuando", "porque", "si", "aunque", "donde", "como",
                        "mientras", "según"],
        reporting: ["pidió", "pidieron", "exigió", "exigieron", "solicitó", "solicitaron", "instó", "instaron", "dijo",
                    "dijeron", "afirmó", "declaró", "señaló", "invitó", "invitaron", "pedido", "exigido", "solicitado"]
    )

    static let portuguese = CallLexicon(
        language: "pt",
        authors: ["nós", "eu", "os signatários", "as organizações signatárias", "os abaixo assinados", "abaixo assinados"],
        requests: [],
        ownRequests: ["solicitamos", "pedimos", "exigimos", "apelamos", "recomendamos", "convidamos", "instamos", "exortamos",
                      "reivindicamos", "cobramos", "conclamamos", "requeremos", "sugerimos", "propomos", "rogamos",
                      "solicito", "peço", "exijo", "apelo", "recomendo", "convido", "requeiro", "sugiro", "proponho",
                      "vimos solicitar", "vimos pedir", "vimos requerer", "venho solicitar", "venho pedir", "venho requerer",
                      "fazemos um apelo", "faço a seguinte indicação", "fazemos a seguinte indicação",
                      "reiteramos o nosso apelo", "reiteramos nosso apelo", "reiteramos o nosso pedido", "reiteramos nosso pedido",
                      "solicitar lhe", "pedir lhe", "solicitar lhes", "pedir lhes", "renovamos o nosso apelo"],
        thirdPersonRequests: ["solicita", "pede", "exige", "convida", "apela", "recomenda", "insta", "exorta", "reivindica",
                              "requer", "solicitam", "pedem", "exigem", "convidam", "apelam", "recomendam", "reivindicam"],
        objectLinks: ["que", "a", "para"],
        between: [","],
        adverbEndings: ["mente"],
        modals: ["deve", "devem", "deveria", "deveriam", "deverá", "deverão", "tem que", "têm que", "tem de", "têm de",
                 "precisa", "precisam"],
        modalNonSubjects: ["nós", "eu", "se", "que", "isso", "isto", "ninguém", "quem"],
        genericSubjects: ["as pessoas", "todos", "todas", "cada um", "cada uma", "os pais", "a gente", "os cidadãos",
                          "os usuários", "os consumidores"],
        modalNonContinuations: ["ter", "haver"],
        impersonal: ["é necessário", "é urgente", "é imprescindível", "é fundamental", "é preciso", "é indispensável",
                     "é imperativo", "recomenda se", "solicita se", "pede se", "urge que", "cabe ao", "cabe à",
                     "exorta se", "insta se",
                     "faz se necessário", "torna se necessário", "torna se urgente"],
        polite: ["por favor", "por gentileza", "pedimos a gentileza"],
        courtesy: ["encontrar", "encontre", "não hesite", "aceite", "receba", "desculpe"],
        imperatives: ["assine", "assinem", "participe", "participem", "junte", "apoie", "apoiem", "compartilhe", "divulgue",
                      "ajude", "ajudem", "entre em contato", "escreva", "vote", "lutemos", "defendamos", "exijamos"],
        wishes: ["esperamos que", "desejamos que", "gostaríamos que"],
        questions: ["poderia", "poderiam", "pode", "podem"],
        requestLabels: ["solicitação", "pedido", "pedidos", "reivindicação", "reivindicações", "recomendação",
                        "recomendações", "requerimento", "indicação"],
        determiners: ["a", "o", "uma", "um", "esta", "este", "essa", "esse", "sua", "seu", "nossa", "nosso", "de", "da", "do",
                      "os", "as", "das", "dos"],
        habitual: ["muitas vezes", "frequentemente", "às vezes", "geralmente", "normalmente", "sempre"],
        weakModals: ["precisa", "precisam"],
        negations: ["não"],
        causal: ["porque", "pois", "já que", "pelos seguintes motivos"],
        relatives: ["quem", "quais", "os quais", "as quais"],
        hortativeEnding: "emos",
        hortativeNonForms: ["temos", "queremos", "podemos", "devemos", "sabemos", "fazemos", "cremos", "vemos", "oferecemos",
                            "agradecemos", "reconhecemos", "conhecemos", "entendemos", "compreendemos", "defendemos", "mantemos",
                            "obtemos", "promovemos", "lemos", "respondemos", "tememos", "vendemos", "dependemos", "atendemos",
                            "pretendemos", "prometemos", "escrevemos", "recebemos", "merecemos", "parecemos", "crescemos",
                            "pertencemos", "permanecemos", "aprendemos", "corremos", "perdemos", "movemos", "resolvemos", "vivemos"],
        hortativeNonEndings: ["aremos", "eremos", "iremos"],
        coordinators: ["e"],
        subordinators: ["que", "quem", "qual", "quais", "quando", "porque", "se", "embora", "onde", "como", "enquanto",
                        "segundo", "conforme"],
        reporting: ["pediu", "pediram", "exigiu", "exigiram", "solicitou", "solicitaram", "disse", "disseram", "afirmou",
                    "declarou", "convidou", "pedido", "exigido", "solicitado"]
    )
}
