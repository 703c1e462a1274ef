import Foundation

/// The form of a name used to match signatories across letters: "Dr. Jane  Smith", "JANE SMITH"
/// and "Jane Smith," are one person; "The Open Knowledge Foundation" and "Open Knowledge
/// Foundation" one organisation.
///
/// Letters spell the same signer in many ways (case, spacing, punctuation, honorifics, a leading
/// "The"); counting and filtering by the printed spelling would split one signer into several.
/// The printed spelling is kept next to the key, so nothing is lost.
///
/// One key for the whole toolkit: the archive's signatory filter and counts, `letters diff`
/// (which says two versions have the same signer) and the web view's signatory pages all use it,
/// so they agree on who is the same signer (`NameKeyTests` checks the cases it is for).
public enum NameKey {
    /// Honorifics dropped from the start of a name, in the languages the extractor reads.
    public static let honorifics: Set<String> = [
        "dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev", "revd",
        "hon", "honourable", "honorable", "sr", "sra", "srta", "dra", "lic", "ing", "mme", "mlle", "m",
        "herr", "frau", "dott", "fr", "pr",
    ]
    /// Degrees dropped after a name ("Jane Doe, PhD").
    public static let degrees: Set<String> = ["phd", "md", "msc", "llm"]

    /// Lower case, diacritics folded, apostrophes dropped (O'Brien = OBrien), other punctuation as
    /// word breaks, single spaces, a leading "the", leading honorifics and trailing degrees removed.
    /// A name made only of those words keeps its last one (so "The The" stays a key).
    public static func normalize(_ name: String) -> String {
        words(name).joined(separator: " ")
    }

    /// The key's words (``normalize(_:)`` is them joined by single spaces).
    public static func words(_ name: String) -> [String] {
        var words = plainWords(name)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        while words.count > 1, honorifics.contains(words[0]) { words.removeFirst() }
        while words.count > 1, degrees.contains(words[words.count - 1]) { words.removeLast() }
        return words
    }

    /// Folded words without anything dropped: what `--addressee` matches against an address,
    /// where "Mr" or "The" may well be part of what the user types and what is printed.
    public static func plainWords(_ text: String) -> [String] {
        let folded = text.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch == "'" || ch == "\u{2019}" { continue }
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A key padded with a space each side, as stored for whole-word matching: `' jane smith '`
    /// contains `' smith '` but `' djeffal '` does not contain `' eff '`.
    public static func padded(_ words: [String]) -> String { " " + words.joined(separator: " ") + " " }
}
