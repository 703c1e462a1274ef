import PDFText

/// How trustworthy a page's text layer looks, measured on its words alone (cheap: one pass over
/// the characters, no rendering).
///
/// A text layer left by an old OCR pass ("REDEJ<ER", "Berl in", "~~d~t~~nd") differs from a
/// typed one in three ways this measures: fewer of its glyphs are letters, more of its words mix
/// letters with symbols no word contains, and more words are broken into stray one-letter
/// pieces. Whether the words are real words is measured by the caller, which knows the
/// language (``OCRPagePolicy``).
public struct TextLayerQuality: Equatable, Sendable {
    public var words: Int
    /// Letters among all non-blank glyphs (typed prose: 0.9–0.98).
    public var letterShare: Double
    /// Words mixing letters with characters no word holds (`REDEJ<ER`, `;~~d~t~~nd`).
    public var oddWordShare: Double
    /// One-letter words that are not words in any of the five languages (`Leipzige r`).
    public var brokenWordShare: Double

    public init(words: Int, letterShare: Double, oddWordShare: Double, brokenWordShare: Double) {
        self.words = words
        self.letterShare = letterShare
        self.oddWordShare = oddWordShare
        self.brokenWordShare = brokenWordShare
    }

    /// Measures the words of one page.
    public init(_ words: [Word]) {
        var glyphs = 0, letters = 0, odd = 0, broken = 0
        for word in words {
            var hasLetter = false, hasStray = false, count = 0
            for scalar in word.text.unicodeScalars {
                count += 1
                let props = scalar.properties
                if props.isAlphabetic {
                    letters += 1; hasLetter = true
                } else if !(props.numericType != nil || Self.wordPunctuation.contains(scalar)) {
                    hasStray = true
                }
            }
            glyphs += count
            if hasLetter && hasStray { odd += 1 }
            if count == 1, hasLetter, !Self.oneLetterWords.contains(word.text) { broken += 1 }
        }
        let n = Double(Swift.max(words.count, 1))
        self.init(words: words.count, letterShare: glyphs == 0 ? 0 : Double(letters) / Double(glyphs),
                  oddWordShare: Double(odd) / n, brokenWordShare: Double(broken) / n)
    }

    /// Punctuation that sits in or around real words, numbers, addresses and URLs.
    static let wordPunctuation: Set<Unicode.Scalar> = Set(".,;:!?'\"()[]-/&@%€$£§+*#=_°’‘“”«»„…–—·".unicodeScalars)

    /// Words of one letter in English, Spanish, French, German or Portuguese, and initials' usual
    /// companions; any other lone letter is a piece of a broken word.
    static let oneLetterWords: Set<String> = [
        "a", "A", "I", "i", "y", "Y", "e", "E", "o", "O", "u", "U", "à", "À", "á", "é", "è", "ó", "ô", "&",
    ]

    /// Whether the layer shows any sign of an OCR layer: too few letters, odd words or broken
    /// ones. Such a page is looked at further (is it a scanned image?); on its own it proves
    /// nothing, since tables of figures also have few letters.
    public var isSuspect: Bool {
        words >= Self.minimumWords && (letterShare < 0.9 || oddWordShare >= 0.004 || brokenWordShare >= 0.005)
    }

    /// Whether the layer is unusable whatever is behind it: most glyphs are not letters and many
    /// words are odd (a font without a Unicode map gives `ÿ¤¥` runs).
    public var isGarbage: Bool {
        words >= Self.minimumWords && ((letterShare < 0.4 && oddWordShare >= 0.05) || oddWordShare >= 0.25 || brokenWordShare >= 0.2)
    }

    /// Fewer words than this say too little to judge.
    static let minimumWords = 20
}
