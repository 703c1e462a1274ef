import Foundation
import Layout
import LetterExtractor
import LetterModel
import LetterHTML
import PDFText

/// Where each word of a letter's input text ends up: in the layout stage's blocks, notes and
/// links, and then in some field of the output JSON. A word the layout stage does not pass on is
/// lost there (page furniture, chrome); a word it passes on that no output field holds is lost by
/// the parser. Words are compared as bags (counts), so a word said twice must appear twice.
struct WordAudit {
    /// The file's name, for messages.
    var name: String
    /// Words of the input text: the PDF's text layer, the decoded text file, the HTML's text.
    var input: [String: Int]
    /// Words of the layout stage's blocks, footnote blocks, markers and links.
    var layout: [String: Int]
    /// Words of every string in the output JSON except `source` and `warnings`.
    var output: [String: Int]
    /// Output words, for the hyphenation allowance (`exam-` `ple` read as `example`).
    private var outputWords: [String]
    private var layoutWords: [String]

    /// Input words the layout stage does not pass on, with how many times each is missing.
    var lostInLayout: [String: Int] { Self.missing(input, from: layout, joinedInto: layoutWords) }
    /// Words the layout stage passed on that no output field holds.
    var lostInParser: [String: Int] { Self.missing(layout, from: output, joinedInto: outputWords) }
    /// Input words no output field holds, whichever stage dropped them.
    var lost: [String: Int] { Self.missing(input, from: output, joinedInto: outputWords) }

    var inputCount: Int { input.values.reduce(0, +) }
    static func total(_ bag: [String: Int]) -> Int { bag.values.reduce(0, +) }

    /// The words of `needed` that `present` lacks. A missing word found inside a longer present
    /// word (two hyphenated halves joined across a line break, a marker label glued to its word)
    /// is not lost.
    /// A missing word that is two or more present words run together (a footnote marker glued
    /// to the word after it in the text layer, `2refer`, read as marker `2` and `refer`) is not
    /// lost either. Nor is the label of a labelled field (`Subject:`, `Re:`, `Betreff:`), which
    /// names the field rather than being its text.
    static func missing(_ needed: [String: Int], from present: [String: Int], joinedInto words: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (word, count) in needed {
            let short = count - (present[word] ?? 0)
            guard short > 0, !fieldLabels.contains(word) else { continue }
            if word.count >= 2, words.contains(where: { $0.count > word.count && $0.contains(word) }) { continue }
            if isRunTogether(word, of: present) { continue }
            out[word] = short
        }
        return out
    }

    static let fieldLabels: Set<String> = ["subject", "re", "betreff", "objet", "asunto", "assunto", "oggetto", "cc"]

    /// Whether `word` splits into two or more words of `present`.
    static func isRunTogether(_ word: String, of present: [String: Int]) -> Bool {
        let chars = Array(word)
        guard chars.count >= 2 else { return false }
        // reachable[i]: the first i characters split into present words.
        var reachable = [Bool](repeating: false, count: chars.count + 1)
        reachable[0] = true
        for end in 1...chars.count {
            for start in 0..<end where reachable[start] && !(start == 0 && end == chars.count) {
                if present[String(chars[start..<end])] != nil { reachable[end] = true; break }
            }
        }
        return reachable[chars.count]
    }

    /// Letters and digits, case and compatibility forms folded; everything else separates words.
    static func words(_ text: String) -> [String] {
        text.precomposedStringWithCompatibilityMapping.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }

    static func bag(_ words: [String]) -> [String: Int] {
        words.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    init(name: String, inputText: [String], laidOut: LaidOutDocument, letter: Letter) throws {
        self.name = name
        input = Self.bag(inputText.flatMap(Self.words))
        var layoutText: [String] = []
        for block in laidOut.blocks + laidOut.footnoteBlocks {
            for line in block.lines {
                layoutText.append(line.text)
                layoutText += line.markers.map(\.label)
            }
        }
        layoutText += laidOut.links.flatMap { [$0.text, $0.uri] }
        layoutWords = layoutText.flatMap(Self.words)
        layout = Self.bag(layoutWords)
        let json = try JSONSerialization.jsonObject(with: CanonicalJSON.encode(letter))
        var strings: [String] = []
        Self.collectStrings(json, skipping: ["source", "warnings", "schema_version"], into: &strings)
        outputWords = strings.flatMap(Self.words)
        output = Self.bag(outputWords)
    }

    static func collectStrings(_ value: Any, skipping: Set<String>, into out: inout [String]) {
        switch value {
        case let s as String: out.append(s)
        case let a as [Any]: for v in a { collectStrings(v, skipping: skipping, into: &out) }
        case let d as [String: Any]: for (k, v) in d where !skipping.contains(k) { collectStrings(v, skipping: skipping, into: &out) }
        default: break
        }
    }

    /// A short listing of a bag for messages: the most frequent words first.
    static func describe(_ bag: [String: Int], limit: Int = 12) -> String {
        let sorted = bag.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let shown = sorted.prefix(limit).map { $0.value > 1 ? "\($0.key)×\($0.value)" : $0.key }
        return shown.joined(separator: " ") + (sorted.count > limit ? " …" : "")
    }
}

extension WordAudit {
    /// Audits one file: its input words read independently of the pipeline (the text layer as
    /// Poppler gives it, the decoded text, the HTML's text nodes outside script and style), the
    /// layout stage as extraction runs it, and the letter `LetterExtractor` returns (OCR off:
    /// only the text layer is audited).
    static func of(path: String) throws -> WordAudit {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let name = (path as NSString).lastPathComponent
        let format = SourceFormat.detect(name: name, data: data)
        let options = ExtractionOptions(limits: InputLimits(bytes: [:]), ocr: .never)
        let letter = try LetterExtractor.extract(data: data, name: name, format: format, options: options)
        switch format {
        case .pdf:
            let document = try PDFTextReader.read(data: data, name: name, requireTextLayer: false)
            let words = document.pages.flatMap { $0.words.map(\.text) }
            return try WordAudit(name: name, inputText: words, laidOut: LayoutAnalyzer().analyze(document), letter: letter)
        case .text, .markdown:
            let text = TextDecoding.decode(data).text
            return try WordAudit(name: name, inputText: [text], laidOut: TextLayout.analyze(text, markdown: format == .markdown), letter: letter)
        case .html:
            return try WordAudit(name: name, inputText: [HTMLText.visibleText(data)], laidOut: HTMLLetterReader.read(data: data).document, letter: letter)
        }
    }
}

/// The text an HTML page shows, read without the reader under test: tags, comments, scripts and
/// styles removed, the common entities decoded. Crude on purpose; it only has to find words.
enum HTMLText {
    static func visibleText(_ data: Data) -> String {
        var html = String(decoding: data, as: UTF8.self)
        for pattern in ["(?is)<script\\b.*?</script>", "(?is)<style\\b.*?</style>", "(?s)<!--.*?-->", "(?is)<head\\b.*?</head>", "<[^>]*>"] {
            html = html.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let entities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'", "&nbsp;": " "]
        for (entity, text) in entities { html = html.replacingOccurrences(of: entity, with: text) }
        // Numeric references: decoded when they are letters, so words written with them still count.
        let numeric = try! NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);")
        let ns = html as NSString
        var out = ""
        var last = 0
        for match in numeric.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            let hex = ns.substring(with: match.range(at: 1)) == "x"
            let value = UInt32(ns.substring(with: match.range(at: 2)), radix: hex ? 16 : 10)
            out += value.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? " "
            last = match.range.location + match.range.length
        }
        return out + ns.substring(from: last)
    }
}
