import Foundation
import Layout

/// Tells person names from organisation names, and roles from both.
enum Names {
    static let honorifics: Set<String> = ["dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "sir", "dame", "rev", "rev.", "hon", "hon.", "rt", "lord", "lady", "mme", "mme.", "m.", "sr.", "sra.", "dra.", "herr", "frau", "pr", "pr.", "me", "me.", "drs."]
    static let particles: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ten", "ter", "bin", "binti", "al", "el", "y", "e", "zu", "st.", "mc", "mac"]

    static let organizationWords: Set<String> = [
        "foundation", "institute", "institut", "instituto", "association", "associação", "asociación", "center", "centre", "centro", "network", "campaign",
        "coalition", "alliance", "society", "council", "union", "inc", "inc.", "ltd", "ltd.", "llc", "project", "trust", "fund", "group", "committee",
        "partnership", "university", "universidad", "universidade", "université", "universität", "college", "school", "organisation", "organization", "organización",
        "rights", "media", "lab", "labs", "collective", "colectivo", "coletivo", "initiative", "movement", "forum", "watch", "library", "libraries", "museum", "museums",
        "company", "e.v.", "gmbh", "fundación", "fundação", "fondation", "stiftung", "verein", "red", "rede", "réseau", "observatorio", "observatório", "ligue", "league",
        "federation", "federación", "confederation", "agency", "office", "department", "ministry", "ministerio", "ministère", "bundesministerium", "government",
        "press", "news", "journal", "cooperative", "co-op", "corp", "corporation", "gmbh", "ag", "sa", "s.a.", "ngo", "ong", "now", "action", "advocates", "access",
        "internet", "digital", "democracy", "freedom", "open", "coalición", "plataforma", "platform", "agenda", "club", "chapter", "caucus", "congress", "party",
        "tech", "technologies", "technology", "software", "systems", "solutions", "services", "consulting", "ventures", "studio", "studios", "works", "labs",
        "national", "international", "global", "american", "europe", "european", "africa", "african", "mexico", "india", "foundation.", "programme", "program",
        "monitor", "accountability", "gender", "justice", "policy", "research", "science", "sciences", "academy", "hospital", "clinic", "church",
        "unit", "secretariat", "bureau", "commission", "parliament", "senate", "assembly", "board", "team",
    ]

    static let roleWords: Set<String> = [
        "director", "president", "ceo", "cto", "coo", "cfo", "chair", "chairman", "chairwoman", "chairperson", "professor", "executive", "manager",
        "coordinator", "coordinadora", "coordinador", "secretary", "founder", "co-founder", "cofounder", "officer", "head", "lead", "member", "senator", "minister",
        "presidente", "presidenta", "directora", "director", "geschäftsführer", "geschäftsführerin", "vorstand", "vorsitzender", "vorsitzende", "rechtsanwältin",
        "rechtsanwalt", "counsel", "attorney", "editor", "fellow", "researcher", "lecturer", "scientist", "engineer", "advisor", "adviser", "consultant",
        "analyst", "associate", "partner", "principal", "dean", "chief", "representative", "delegate", "deputy", "vice", "treasurer", "trustee",
        "directeur", "directrice", "présidente", "président", "diretor", "diretora", "coordenador", "coordenadora", "secretário", "secretária",
        "ministra", "ministro", "député", "deputy", "mp", "mep", "student", "phd", "candidate", "postdoc", "assistant", "staff", "organizer", "organiser",
        "campaigner", "activist", "spokesperson", "governor", "mayor", "clerk", "judge", "author", "convener", "convenor",
        "lawyer", "juriste", "avocat", "avocate", "chargé", "chargée", "responsable", "délégué", "déléguée", "porte-parole",
        "abogado", "abogada", "jurista", "investigador", "investigadora", "advogado", "advogada", "pesquisador", "pesquisadora",
        "referent", "referentin", "sprecher", "sprecherin",
        // Elected offices, which sign council and parliament letters.
        "councillor", "councilor", "councilmember", "alderman", "alderwoman", "congressman", "congresswoman", "assemblymember",
        "concejal", "concejala", "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "tesorero", "tesorera",
        "conseiller", "conseillère", "sénateur", "sénatrice", "secrétaire", "trésorier", "trésorière",
        "vereador", "vereadora", "deputado", "deputada", "prefeito", "prefeita", "tesoureiro", "tesoureira",
        "bürgermeister", "bürgermeisterin", "abgeordneter", "abgeordnete", "stadtrat", "stadträtin", "schatzmeister", "schatzmeisterin",
    ]

    /// Articles that open organisation names ("The Guardian", "La Quadrature du Net"), never people's.
    static let articles: Set<String> = ["the", "la", "el", "le", "les", "los", "las", "die", "der", "das", "o", "a", "os", "as"]

    /// The words between spaces (``String/spaceSeparatedWords()``, which splits as
    /// `split(whereSeparator: { $0 == " " })` without breaking every grapheme).
    static func tokens(_ s: String) -> [String] {
        s.spaceSeparatedWords().map(String.init)
    }

    /// Whether `s` reads as a person's name: two to five capitalised words (particles and
    /// honorifics allowed), no digits, no organisation word.
    static func isPersonName(_ s: String) -> Bool {
        let trimmed = s.trimming(charactersIn: " ,;.")
        guard !trimmed.isEmpty, trimmed.characterCount <= 60, trimmed.numberCount == 0 else { return false }
        if trimmed.includes("@") || trimmed.includes("/") || trimmed.includes(":") { return false }
        // "Kristen Laursen, MGSH Class": a full name, then who she is. Only a single word comes
        // before the comma of a name ("Doe, Jane").
        if let comma = trimmed.rangeIfIncluded(of: ", "), tokens(String(trimmed[..<comma.lowerBound])).count >= 2 { return false }
        var words = tokens(trimmed)
        // "The Public Service …": an article opens organisation names, never people's; nor
        // does one follow a comma in a name ("Juriste, La Quadrature du Net").
        if let first = words.first, articles.contains(first.lowercased()) { return false }
        if zip(words, words.dropFirst()).contains(where: { $0.hasSuffix(",") && articles.contains($1.lowercased()) }) { return false }
        while let first = words.first, honorifics.contains(first.lowercased()) { words.removeFirst() }
        if words.count > 2, let last = words.last, offices.contains(last.lowercased().trimming(charactersIn: ",.")) { words.removeLast() }
        guard (1...5).contains(words.count) else { return false }
        if words.count == 1 { return false }
        for w in words {
            let lower = w.lowercased().trimming(charactersIn: ",.()")
            if organizationWords.contains(lower) || roleWords.contains(lower) { return false }
            if particles.contains(lower) { continue }
            guard let c = w.first, c.isUppercase || c == "(" else { return false }
            // All-caps words longer than 4 letters are acronyms of organisations ("UNESCO"),
            // unless every word is capitalised that way (names set in capitals).
        }
        let caps = words.filter { $0.count > 4 && $0.allSatisfy { !$0.isLowercase } }
        if !caps.isEmpty && caps.count < words.count - 1 { return false }
        return true
    }

    /// Whether `s` reads as a role or title ("Executive Director", "UKRI Future Leaders Fellow").
    static func isRole(_ s: String) -> Bool {
        let words = tokens(s.lowercased()).map { $0.trimming(charactersIn: ",.()") }
        guard !words.isEmpty, words.count <= 10 else { return false }
        // "Executive-Director", "Co-Convener": the parts of a hyphenated word count as well.
        let parts = words.flatMap { word in word.contains("-") ? [word] + word.split(separator: "-").map(String.init) : [word] }
        return parts.contains { word in
            if roleWords.contains(word) { return true }
            let length = word.characterCount
            return zip(roleSuffixes, roleSuffixLengths).contains { length > $1 + 2 && word.hasSuffix($0) }
        }
    }

    /// German makes roles by compounding ("Projektleiter", "Pressesprecherin",
    /// "Datenschutzbeauftragte"): the head noun at the end is the role word.
    static let roleSuffixLengths = roleSuffixes.map(\.count)
    static let roleSuffixes: [String] = [
        "leiter", "leiterin", "referent", "referentin", "sprecher", "sprecherin", "direktor", "direktorin",
        "beauftragte", "beauftragter", "vorsitzende", "vorsitzender", "koordinator", "koordinatorin",
        "führer", "führerin", "präsident", "präsidentin", "mitarbeiter", "mitarbeiterin",
    ]

    static func isOrganization(_ s: String) -> Bool {
        let words = tokens(s.lowercased()).map { $0.trimming(charactersIn: ",.()") }
        if s.lowercased().includes(".org") || s.lowercased().includes(".com") { return true }
        return words.contains { organizationWords.contains($0) }
    }

    static let postNominals: Set<String> = ["phd", "ph.d.", "dphil", "md", "m.d.", "mba", "msc", "bsc", "ma", "ba", "mphil", "llm", "jd", "j.d.", "esq", "esq.", "ceng", "frs", "frse", "obe", "mbe", "cbe", "kbe", "qc", "kc", "rn", "cpa", "pe", "facs"]

    /// Offices written after a name: members of a parliament or an assembly.
    static let offices: Set<String> = ["mp", "mep", "msp", "ms", "mla", "mpp", "mhk", "td", "mdb", "mdl", "mdep"]

    /// "Aidan T Parkinson CEng MCIBSE ACOP" → "Aidan T Parkinson": degrees and memberships after
    /// a name are not part of it.
    ///
    /// Names of two words (most) are returned without looking at their letters; whether the
    /// name is set in capitals is worked out only when a last word could be a degree, and
    /// words whose scalars are Characters are read by scalars (``slowWithoutPostNominals(_:)``
    /// is the Character walk this answers as; the tests compare the two).
    static func withoutPostNominals(_ s: String) -> String {
        var words = tokens(s.trimmingBlanks())
        let original = words
        var setInCapitals: Bool? = nil
        while words.count > 2, let last = words.last {
            let bare = last.trimming(charactersIn: ",")
            let lower = bare.lowercased()
            // An office held is printed as part of the name ("Andrew Hastie MP").
            if offices.contains(lower) { break }
            // A name set in capitals ("VOCES DEL CARBÓN") has no capitals to tell a degree by.
            if !postNominals.contains(lower) {
                guard capitalsOnly(bare) else { break }
                if setInCapitals == nil { setInCapitals = original.allSatisfy(lettersAreUppercase) }
                if setInCapitals == true { break }
            }
            words.removeLast()
        }
        return words.joined(separator: " ").trimming(charactersIn: ", ")
    }

    /// Two to seven letters, all upper-case (other characters ignored).
    private static func capitalsOnly(_ word: String) -> Bool {
        if word.isOneScalarPerCharacter {
            var letters = 0
            for scalar in word.unicodeScalars where scalar.isLetter {
                guard scalar.isUppercaseCharacter else { return false }
                letters += 1
            }
            return letters >= 2 && letters <= 7
        }
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.count <= 7 && letters.allSatisfy(\.isUppercase)
    }

    /// Every letter upper-case.
    private static func lettersAreUppercase(_ word: String) -> Bool {
        if word.isOneScalarPerCharacter { return word.unicodeScalars.allSatisfy { !$0.isLetter || $0.isUppercaseCharacter } }
        return word.allSatisfy { !$0.isLetter || $0.isUppercase }
    }

    /// What ``withoutPostNominals(_:)`` computes, as it was written first.
    static func slowWithoutPostNominals(_ s: String) -> String {
        var words = tokens(s.trimmingBlanks())
        // A name set in capitals ("VOCES DEL CARBÓN") has no capitals to tell a degree by:
        // only the known post-nominals are taken off it.
        let setInCapitals = words.allSatisfy { word in word.allSatisfy { !$0.isLetter || $0.isUppercase } }
        while words.count > 2, let last = words.last {
            let bare = last.trimming(charactersIn: ",")
            // An office held is printed as part of the name ("Andrew Hastie MP"), where degrees
            // and memberships are not.
            if offices.contains(bare.lowercased()) { break }
            let letters = bare.filter(\.isLetter)
            let allCaps = !setInCapitals && letters.count >= 2 && letters.count <= 7 && letters.allSatisfy(\.isUppercase)
            guard postNominals.contains(bare.lowercased()) || allCaps else { break }
            words.removeLast()
        }
        return words.joined(separator: " ").trimming(charactersIn: ", ")
    }
}
