/// Month and weekday names, labels and articles that surround dates, in English, Spanish,
/// French, German and Portuguese.
///
/// Every entry is *folded*: lowercase, diacritics removed (`März` → `marz`, `février` → `fevrier`),
/// because letters are printed with and without accents and in any case. One table serves all
/// languages: no spelling means one month in one language and another month in another, so
/// the document's language is not needed to read a month name.
enum DateVocabulary {
    /// Month number (1–12) by folded name or abbreviation.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, names) in monthNames.enumerated() {
            for name in names { table[name] = index + 1 }
        }
        return table
    }()

    /// Month abbreviations that are also everyday words (`out`, `set`, `ago`).
    ///
    /// They are read as months only when written with a period (`out.`) or after a day
    /// number (`25 de out de 2024`), so that "carried out 2017 reforms" is not a date.
    static let ambiguousMonthWords: Set<String> = ["out", "set", "ago"]

    /// Names and abbreviations, January first; each row merges the five languages.
    private static let monthNames: [[String]] = [
        ["january", "jan", "enero", "ene", "janvier", "janv", "januar", "janner", "janeiro"],
        ["february", "feb", "febr", "febrero", "fevrier", "fevr", "fev", "februar", "feber", "fevereiro"],
        ["march", "mar", "marzo", "mars", "marz", "mrz", "marco"],
        ["april", "apr", "abril", "abr", "avril", "avr"],
        ["may", "mayo", "mai", "maio"],
        ["june", "jun", "junio", "juin", "juni", "junho"],
        ["july", "jul", "julio", "juillet", "juil", "juli", "julho"],
        ["august", "aug", "agosto", "ago", "aout"],
        ["september", "sep", "sept", "septiembre", "setiembre", "set", "septembre", "setembro"],
        ["october", "oct", "octubre", "octobre", "oktober", "okt", "outubro", "out"],
        ["november", "nov", "noviembre", "novembre", "novembro"],
        ["december", "dec", "diciembre", "dic", "decembre", "dezember", "dez", "dezembro"],
    ]

    /// Weekday names and abbreviations; the Portuguese ones may carry `-feira`.
    static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "segunda", "terca", "quarta", "quinta", "sexta",
        // Short forms, read as weekdays only right before a date (`Seg., 3 de março`, `Fr., 3. März`).
        "lun", "mar", "mie", "jue", "vie", "sab", "dom", "mer", "jeu", "ven", "sam", "dim",
        "mo", "di", "mi", "do", "fr", "sa", "so", "seg", "ter", "qua", "qui", "sex",
    ]

    /// Words that introduce a dateline (`Date:`, `Fecha:`, `Datum:`); dropped from the date's text.
    static let labels: Set<String> = ["date", "dated", "fecha", "datum", "data"]

    /// Labels that are also common nouns and so count as labels only with a colon (`Data:`).
    static let labelsNeedingColon: Set<String> = ["data"]

    /// Little words between a place and its date (`Toulouse, le 16 mai`, `Berlin, den 17.`,
    /// `Madrid, a 19 de junio`, `Brasília, em 25 de setembro`, `the 14th of June`).
    static let articles: Set<String> = ["le", "den", "am", "el", "a", "em", "the"]

    /// Words between a day and its month or year (`25 de setembro de 2024`, `14th of June`).
    static let connectors: Set<String> = ["de", "del", "of"]

    /// Suffixes that make a day number ordinal (`27th`, `1er`, `1º`).
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "o", "º", "ª", "°"]

    /// Phrases that come before a place in a signing line (`Fait à Paris, le 3 mars 2021`).
    static let placeIntroductions: [[String]] = [
        ["fait", "a"], ["done", "at"], ["done", "in"], ["signed", "at"], ["signed", "in"],
        ["given", "at"], ["hecho", "en"], ["dado", "en"], ["feito", "em"], ["gegeben", "zu"],
    ]

    /// Words that open a salutation, a closing or a header line, never a place
    /// (`Dear Sir, 14 June 2017` is not dated in "Dear Sir").
    static let notPlaceWords: Set<String> = [
        "dear", "to", "from", "re", "subject", "ref", "sent", "signed", "sincerely", "yours", "regards",
        "page", "cc", "estimado", "estimada", "estimados", "estimadas", "querido", "querida", "atentamente",
        "cher", "chere", "chers", "cheres", "madame", "monsieur", "cordialement", "objet",
        "sehr", "liebe", "lieber", "betreff", "prezado", "prezada", "prezados", "caro", "cara", "assunto",
    ]

    /// Lowercase words allowed inside a place name (`Rio de Janeiro`, `Frankfurt am Main`).
    static let placeConnectors: Set<String> = [
        "de", "del", "da", "do", "dos", "das", "la", "le", "les", "am", "an", "der", "im",
        "sur", "upon", "on", "en", "y", "e", "et", "und", "of", "the",
    ]
}
