import Foundation

/// The key that says two signatory names are the same signer.
///
/// Signature lists get re-typed between versions: "Dr. Jane Doe" becomes "Jane Doe",
/// "The Black Sash" becomes "Black Sash", capitals and accents come and go. None of that is a
/// new signer, so names are compared without case, diacritics, punctuation, honorifics or a
/// leading "The".
enum NameKey {
    /// Titles dropped before a name (English, Spanish, French, German, Portuguese, as the
    /// extractor supports). Only leading ones: "Smith Sr" is not "Smith".
    static let honorifics: Set<String> = [
        "dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev", "revd",
        "hon", "honourable", "honorable", "sr", "sra", "srta", "dra", "lic", "ing", "mme", "mlle", "m",
        "herr", "frau", "dott",
    ]
    /// Degrees dropped after a name ("Jane Doe, PhD").
    static let degrees: Set<String> = ["phd", "md", "msc", "llm"]

    static func key(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch == "'" || ch == "\u{2019}" { continue } // O'Brien = OBrien
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, words.first == "the" { words.removeFirst() }
        while words.count > 1, honorifics.contains(words[0]) { words.removeFirst() }
        while words.count > 1, degrees.contains(words[words.count - 1]) { words.removeLast() }
        return words.joined(separator: " ")
    }
}
