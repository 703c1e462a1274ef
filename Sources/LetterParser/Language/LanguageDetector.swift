import Foundation
import Layout

/// Guesses a text's language among English, Spanish, French, German and Portuguese.
///
/// Counting stop words is enough for letters, which are a few paragraphs of prose in one
/// language, and unlike `NLLanguageRecognizer` it is available on Linux and gives the same
/// answer on every machine.
public enum LanguageDetector {
    /// ISO 639-1 code (`en`, `es`, `fr`, `de`, `pt`) of the language whose stop words are the
    /// most frequent, or nil when the text is too short or no language clearly leads.
    ///
    /// Only words that belong to one language's list count: `de`, `que`, `la` or `en` are
    /// shared by several of these languages and would blur Spanish, Portuguese and French.
    public static func detect(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var total = 0
        // The first few thousand characters decide as well as the whole letter and cost far
        // less on long statements with hundreds of signatories.
        for word in words(of: sample(text, characters: 6000)) {
            total += 1
            if let language = LanguageStopWords.owner[word] { counts[language, default: 0] += 1 }
        }
        guard total >= minimumWords else { return nil }

        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first else { return nil }
        let runnerUp = ranked.dropFirst().first?.value ?? 0
        // Prose has far more than 1 stop word in 10; names, addresses and lists do not.
        guard best.value >= minimumHits, Double(best.value) >= Double(total) * minimumShare,
              Double(best.value) >= Double(runnerUp) * minimumLead else { return nil }
        return best.key
    }

    /// Fewer words than this cannot be told apart reliably ("Dear Sir", "Madrid").
    static let minimumWords = 8
    static let minimumHits = 3
    static let minimumShare = 0.1
    /// How many times more hits the leading language needs than the next one.
    static let minimumLead = 1.5

    /// Lowercased words, apostrophes split off (`l'État` → `l`, `état`), diacritics kept
    /// because they tell languages apart (`não`, `más`, `für`).
    ///
    /// Read by scalars where each is a Character of its own, else by Characters: the same
    /// words as ``slowWords(of:)`` (the tests compare the two).
    static func words(of text: String) -> [String] {
        if let words = byteWords(of: text) { return words }
        let lower = text.lowercasedFast()
        return lower.isOneScalarPerCharacter ? words(lower, units: lower.unicodeScalars) : words(lower, units: lower)
    }

    /// The runs of letters of `text` read as `units` (its Characters or its scalars).
    private static func words<Units: BidirectionalCollection>(_ text: String, units: Units) -> [String]
    where Units.Index == String.Index, Units.Element: TextUnit {
        var words: [String] = []
        var start: String.Index? = nil
        for i in units.indices {
            if units[i].isUnitLetter {
                if start == nil { start = i }
            } else if let s = start {
                words.append(String(text[s..<i]))
                start = nil
            }
        }
        if let s = start { words.append(String(text[s...])) }
        return words
    }

    /// What ``words(of:)`` computes, as it was written first (the tests compare the two).
    static func slowWords(of text: String) -> [String] {
        text.lowercased()
            .split { !$0.isLetter }
            .map(String.init)
    }
}

/// Stop-word lists: frequent function words of each language.
///
/// A word listed for two languages (`de`, `que`, `en`, `as`, `an`) is dropped from both
/// when ``owner`` is built, so the lists can be written naturally.
enum LanguageStopWords {
    /// The single language that owns each word listed for only one language.
    static let owner: [String: String] = {
        var owners: [String: Set<String>] = [:]
        for (language, words) in lists {
            for word in words { owners[word, default: []].insert(language) }
        }
        return owners.compactMapValues { $0.count == 1 ? $0.first : nil }
    }()

    static let lists: [String: Set<String>] = [
        "en": [
            "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "are",
            "if", "had", "them", "because", "any", "when", "how", "other", "only", "some", "being",
            "be", "by", "this", "we", "our", "you", "not", "or", "have", "has", "from", "at", "which",
            "an", "will", "their", "they", "these", "all", "who", "been", "would", "should", "its",
            "also", "than", "but", "were", "us", "can", "more", "must", "such", "into", "about",
            "there", "i", "my", "your", "he", "she", "his", "her", "no", "do", "those", "what",
        ],
        "es": [
            "el", "los", "las", "del", "y", "en", "es", "por", "con", "una", "para", "se", "al", "lo",
            "su", "sus", "como", "más", "pero", "este", "esta", "estos", "estas", "ha", "han", "sido",
            "son", "sobre", "también", "muy", "ya", "hay", "nuestro", "nuestra", "nuestros",
            "nuestras", "nosotros", "entre", "desde", "cuando", "sin", "donde", "le", "les", "fue",
            "ser", "está", "están", "hemos", "ni", "todos", "porque", "que", "de", "la", "un", "no",
            "a", "hasta", "ante", "cual", "cuales", "sí", "eso", "esto", "así", "año", "años", "otra",
            "otras", "solo", "sólo", "tiene", "tienen", "puede", "pueden", "hace", "ello", "esa", "ese",
            "esos", "esas", "unos", "unas", "había", "sea", "mucho", "muchos", "mismo", "usted", "ustedes", "dicho", "hacia", "según", "aunque", "otros",
        ],
        "fr": [
            "le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "que", "qui",
            "pas", "sur", "au", "aux", "avec", "ce", "cette", "ces", "nous", "vous", "ils", "elles",
            "sont", "été", "être", "leur", "leurs", "par", "mais", "ou", "où", "plus", "son", "sa",
            "ses", "notre", "nos", "votre", "vos", "comme", "aussi", "très", "je", "il", "elle",
            "ont", "avons", "entre", "sans", "tous", "tout", "toutes", "déjà", "depuis", "même",
            "cet", "était", "avait", "peut", "doit", "ainsi", "dont", "contre", "lors", "afin",
            "en", "à", "de", "on", "ne", "se", "a", "d", "l", "qu", "n", "c", "j",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem",
            "ein", "eine", "einer", "eines", "einen", "einem", "auf", "für", "sich", "auch", "es",
            "wir", "sie", "ihr", "unsere", "unser", "werden", "wird", "sind", "hat", "haben",
            "wurde", "im", "als", "bei", "nach", "aus", "oder", "aber", "dass", "über", "wie",
            "noch", "nur", "kann", "zur", "zum", "diese", "dieser", "dieses", "sehr", "uns",
            "worden", "wurden", "können", "müssen", "soll", "sollte", "keine", "kein", "zwischen",
            "unter", "vor", "sowie", "bereits", "in", "an", "um", "vom", "durch", "gegen", "wenn", "ihre", "ihren",
        ],
        "pt": [
            "o", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "e", "em", "um",
            "uma", "com", "não", "ao", "aos", "à", "às", "é", "são", "pelo", "pela", "pelos",
            "pelas", "mais", "mas", "foi", "seu", "sua", "seus", "suas", "nosso", "nossa", "nossos",
            "nossas", "também", "já", "muito", "quando", "onde", "sem", "nem", "isso", "isto",
            "este", "esta", "ou", "têm", "tem", "ser", "está", "estão", "foram", "entre", "sobre",
            "como", "para", "por", "que", "se", "de", "num", "numa", "essa", "esse", "pois", "ainda",
            "sido", "todos", "porque", "desde", "até", "ele", "ela", "eles", "elas", "há", "pode",
            "podem", "seja", "assim", "nós", "outro", "outros", "outra", "outras", "ano", "anos",
            "tudo", "depois", "umas", "havia", "qual", "quais", "aqui", "muitos", "muitas",
        ],
    ]
}
