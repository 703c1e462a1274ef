import Foundation
import Layout
import LetterModel

/// Tells person names from organisation names, and roles from both.
enum Names {
    /// Forms of address before a name: the toolkit's one list (``NameKey/honorifics``, which
    /// the archive, `diff` and TEI drop from a name's key), each with and without its full
    /// stop, and the forms each language's lexicon adds for reading names only ("Rt", "Lord",
    /// "Me" for Maître): a key keeps those, since "Me Too Movement" is no Maître's name.
    static let honorifics: Set<String> = PartLexicon.nameSet(\.honorifics)
        .union(NameKey.honorifics.flatMap { [$0, $0 + "."] })
    static let particles: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ten", "ter", "bin", "binti", "al", "el", "y", "e", "zu", "st.", "mc", "mac"]

    static let organizationWords = PartLexicon.nameSet(\.organizations)

    static let roleWords = PartLexicon.nameSet(\.roles)

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
            // One look-up tells whether the word is an organisation's, a role's or a particle.
            let kind = nameWordKinds[w.lowercasedFast().trimming(charactersIn: ",.()")] ?? []
            if kind.contains(.organization) || kind.contains(.role) { return false }
            if kind.contains(.particle) { continue }
            guard let c = w.first, c.isUppercase || c == "(" else { return false }
            // All-caps words longer than 4 letters are acronyms of organisations ("UNESCO"),
            // unless every word is capitalised that way (names set in capitals).
        }
        let caps = words.filter { $0.characterCount > 4 && !hasLowercase($0) }.count
        if caps != 0 && caps < words.count - 1 { return false }
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
            if zip(roleSuffixes, roleSuffixLengths).contains(where: { length > $1 + 2 && word.hasSuffix($0) }) { return true }
            // Read by OCR without its accents ("Rechtsanwaltin", "presidencia" is fine): compare
            // the words with their marks taken off. Only words with a letter outside ASCII
            // in the list can differ, so only words of plain ASCII are looked up again.
            return word.utf8.allSatisfy { $0 < 0x80 } && foldedRoleWords.contains(word)
        }
    }

    /// The role words with their accents taken off, for words OCR read without them.
    static let foldedRoleWords: Set<String> = Set(roleWords.filter { !$0.allSatisfy(\.isASCII) }.map {
        $0.folding(options: .diacriticInsensitive, locale: nil)
    })

    /// German makes roles by compounding ("Projektleiter", "Pressesprecherin",
    /// "Datenschutzbeauftragte"): the head noun at the end is the role word.
    static let roleSuffixes = Array(PartLexicon.nameSet(\.roleSuffixes)).sorted()
    static let roleSuffixLengths = roleSuffixes.map(\.count)

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
        let trimmed = s.trimmingBlanks()
        // Two words or fewer in ASCII, one space between each: nothing is taken off, and the
        // words joined again are the text itself.
        if let count = singleSpacedASCIIWordCount(trimmed), count <= 2 { return trimmed.trimming(charactersIn: ", ") }
        var words = tokens(trimmed)
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
