import LibXML
import LetterModel

/// Names and identifiers for TEI: note ids, person or organisation, language names.
enum TEINames {
    /// `xml:id` per note, in order: `fn` + the label when it is letters and digits, else
    /// `fn-nK` (K its position); a repeated label gets `-2`, `-3`. One pass, so a page with
    /// thousands of notes costs no more than its notes.
    static func noteIDs(_ notes: [Footnote]) -> [String] {
        var seen: [String: Int] = [:]
        return notes.enumerated().map { k, note in
            let safe = !note.label.isEmpty && note.label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            let base = safe ? "fn" + note.label : "fn-n\(k + 1)"
            let count = (seen[note.label] ?? 0) + 1
            seen[note.label] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }

    /// The id references to a label point at: the first note with that label.
    static func firstIDs(_ notes: [Footnote], ids: [String]) -> [String: String] {
        var map: [String: String] = [:]
        for (note, id) in zip(notes, ids) where map[note.label] == nil { map[note.label] = id }
        return map
    }

    /// The senders for `correspAction type="sent"`: the signatories, or the letterhead's name.
    static func senders(_ letter: Letter) -> [(element: String, name: String)] {
        if !letter.signatories.isEmpty {
            return letter.signatories.map { ($0.kind == .person ? "persName" : "orgName", $0.name) }
        }
        if let name = letter.sender?.name ?? letter.sender?.lines.first { return [(guessElement(name), name)] }
        return []
    }

    static func addressee(_ letter: Letter) -> (element: String, name: String)? {
        guard let name = letter.addressee?.name ?? letter.addressee?.lines.first else { return nil }
        return (guessElement(name), name)
    }

    static let organisationWords: Set<String> = [
        "partnership", "committee", "ministry", "government", "organisation", "organization", "association", "council",
        "foundation", "institute", "university", "office", "department", "commission", "parliament", "secretariat",
        "bank", "union", "network", "society", "agency", "board", "company", "corporation", "inc", "ltd", "gmbh",
        "campaign", "centre", "center", "coalition", "federation", "alliance", "senate", "congress", "assembly",
        "ministère", "ministerio", "ministerium", "comité", "comisión", "members", "secretary-general",
    ]

    /// `orgName` when a name reads as an organisation ("The Open Government Partnership"),
    /// else `persName`. Only for parties the segmenter does not classify (addressee, cc).
    static func guessElement(_ name: String) -> String {
        let words = name.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        let isOrg = words.first == "the" || words.contains { organisationWords.contains($0) }
        return isOrg ? "orgName" : "persName"
    }

    static func languageName(_ code: String) -> String {
        ["en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese"][code] ?? code
    }
}
