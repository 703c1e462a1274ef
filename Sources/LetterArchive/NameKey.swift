import Foundation

/// The form of a name used to match signatories across letters: "Dr. Jane  Smith", "JANE SMITH"
/// and "Jane Smith," are one person; "The Open Knowledge Foundation" and "Open Knowledge
/// Foundation" one organisation.
///
/// Letters spell the same signer in many ways (case, spacing, punctuation, honorifics, a leading
/// "The"); counting and filtering by the printed spelling would split one signer into several.
/// The printed spelling is kept next to the key, so nothing is lost.
public enum NameKey {
    /// Honorifics dropped from the start of a name, in the languages the extractor reads.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "hon", "rev", "fr",
        "sr", "sra", "srta", "dra", "don", "dona", "m", "mme", "mlle", "herr", "frau", "pr",
    ]

    /// Lower case, diacritics folded, punctuation as spaces, single spaces, leading "the" and
    /// honorifics removed. A name made only of those words keeps them (so "The The" stays a key).
    public static func normalize(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        let spaced = String(String.UnicodeScalarView(folded.unicodeScalars.map { scalar in
            CharacterSet.alphanumerics.contains(scalar) ? scalar : " "
        }))
        let words = spaced.split(separator: " ").map(String.init)
        var start = 0
        if words.first == "the" { start = 1 }
        while start < words.count - 1, honorifics.contains(words[start]) { start += 1 }
        return (start < words.count ? words[start...] : words[...]).joined(separator: " ")
    }
}
