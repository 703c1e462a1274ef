import Foundation

/// Tells line-break hyphens ("commit-/ment") from compound hyphens ("government-/led") using the
/// document's own vocabulary.
///
/// In order: the joined word appearing in the document means the hyphen was a break; the
/// hyphenated compound appearing means it belongs; a common prefix ("co-", "non-", "self-")
/// keeps it; so does a second half that is a word of its own — seen elsewhere in the document
/// (unless the document shows automatic hyphenation) or a common compound ending ("-led",
/// "-based"). Otherwise the second half is a fragment ("ange-/fügt", "Konsultati-/onsprozess")
/// and the hyphen a break.
struct Hyphenation {
    /// How often the words asked about occur (``Asked``), or every word when `asked` is `nil`.
    private var counts: [String: Int] = [:]
    private var hyphenatesAutomatically = false
    /// The words the document's own break hyphens make ``keeps(_:_:)`` ask about: only they
    /// are counted (counting every word of the document was most of this stage's cost). Any
    /// other word is counted from `blocks` when asked. `nil`: `counts` holds every word.
    private var asked: Asked? = nil
    private var blocks: [Block]

    init(blocks: [Block]) {
        self.blocks = blocks
        var pairs: [(left: String, right: String)] = []
        for block in blocks {
            for (a, b) in zip(block.lines, block.lines.dropFirst()) {
                if let pair = Self.pair(a.text, b.text) { pairs.append(pair) }
            }
        }
        let asked = Asked(pairs.flatMap(Self.askedWords))
        self.asked = asked
        guard !pairs.isEmpty else { return }
        counts = Self.vocabulary(blocks, asked: asked)
        decideAutomatic(pairs)
    }

    /// The vocabulary counted in full, as it was before only asked words were: what the tests
    /// compare with.
    init(countingEveryWord blocks: [Block]) {
        self.blocks = blocks
        var pairs: [(left: String, right: String)] = []
        for block in blocks {
            for (a, b) in zip(block.lines, block.lines.dropFirst()) {
                if let pair = Self.referencePair(a.text, b.text) { pairs.append(pair) }
            }
        }
        counts = Self.referenceVocabulary(blocks)
        decideAutomatic(pairs)
    }

    private mutating func decideAutomatic(_ pairs: [(left: String, right: String)]) {
        var breaks = 0, compounds = 0
        for pair in pairs {
            if has(pair.left + pair.right) { breaks += 1 }
            if has(pair.left + "-" + pair.right) { compounds += 1 }
        }
        hyphenatesAutomatically = breaks > compounds
    }

    /// Every word ``keeps(_:_:)`` and the automatic-hyphenation count look up for a pair.
    static func askedWords(_ pair: (left: String, right: String)) -> [String] {
        let (left, right) = pair
        let base = left.split(separator: "-").last.map(String.init) ?? left
        return [left + right, left + "-" + right, base + right, left.replacingOccurrences(of: "-", with: "") + right, right]
    }

    /// Words to count, with what rules out an ASCII word from its bytes before a String is made
    /// of it: its length and first byte. An ASCII word equals a word asked about exactly when
    /// it equals the bytes of its canonical decomposition (String equality is canonical
    /// equivalence), so the asked words' decompositions that are ASCII are the keys.
    struct Asked {
        let words: Set<String>
        private(set) var asciiKeys: Set<String> = []
        private var lengths: UInt64 = 0
        private var longKeys = false
        private var firstBytes = [Bool](repeating: false, count: 128)

        init(_ words: [String]) {
            self.words = Set(words)
            for word in self.words {
                let decomposed = word.utf8.allSatisfy({ $0 < 0x80 }) ? word : word.decomposedStringWithCanonicalMapping
                guard let first = decomposed.utf8.first, decomposed.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
                asciiKeys.insert(decomposed)
                let length = decomposed.utf8.count
                if length < 64 { lengths |= 1 << UInt64(length) } else { longKeys = true }
                firstBytes[Int(first)] = true
            }
        }

        /// False only where the ASCII bytes `start..<end` spell none of the ASCII keys.
        func mayBeKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowerCasedFirst: UInt8) -> Bool {
            let length = end - start
            guard length < 64 ? lengths & (1 << UInt64(length)) != 0 : longKeys else { return false }
            return firstBytes[Int(lowerCasedFirst)]
        }
    }

    /// How often each word of the blocks occurs (``words(in:)``), and each part of a
    /// hyphenated word; only the asked words, when `asked` is given.
    static func vocabulary(_ blocks: [Block], asked: Asked? = nil) -> [String: Int] {
        var counts: [String: Int] = [:]
        for block in blocks {
            for line in block.lines { countWords(in: line.text, into: &counts, asked: asked) }
        }
        return counts
    }

    /// Adds the words of `text` (and the parts of its hyphenated words) to `counts`, only the
    /// asked ones when `asked` is given: ASCII text straight from its bytes, a String per word
    /// and part that may be counted; other text through ``words(in:)``.
    static func countWords(in text: String, into counts: inout [String: Int], asked: Asked? = nil) {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for b in bytes where b >= 0x80 { return false }
            // ASCII: letters are A–Z and a–z, lower-cased by one bit; CR LF is no letter either way.
            func isWordByte(_ b: UInt8) -> Bool {
                let folded = b | 0x20
                return (folded >= 0x61 && folded <= 0x7A) || b == 0x2D
            }
            func lower(_ b: UInt8) -> UInt8 { b == 0x2D ? 0x2D : b | 0x20 }
            func add(_ start: Int, _ end: Int) {
                if let asked, !asked.mayBeKey(bytes, start, end, lowerCasedFirst: lower(bytes[start])) { return }
                let word = String(unsafeUninitializedCapacity: end - start) { out in
                    for k in start..<end { out[k - start] = lower(bytes[k]) }
                    return end - start
                }
                if let asked, !asked.asciiKeys.contains(word) { return }
                counts[word, default: 0] += 1
            }
            var i = 0
            let n = bytes.count
            while i < n {
                guard isWordByte(bytes[i]) else { i += 1; continue }
                let start = i
                var hyphens = false
                while i < n && isWordByte(bytes[i]) {
                    if bytes[i] == 0x2D { hyphens = true }
                    i += 1
                }
                add(start, i)
                guard hyphens else { continue }
                // Its parts: the runs between hyphens, empty ones left out.
                var k = start
                while k < i {
                    guard bytes[k] != 0x2D else { k += 1; continue }
                    let partStart = k
                    while k < i && bytes[k] != 0x2D { k += 1 }
                    add(partStart, k)
                }
            }
            return true
        }
        if ascii == true { return }
        func add(_ word: String) {
            if let asked, !asked.words.contains(word) { return }
            counts[word, default: 0] += 1
        }
        for w in words(in: text) {
            add(w)
            if w.utf8.contains(UInt8(ascii: "-")) { for part in w.split(separator: "-") { add(String(part)) } }
        }
    }

    /// The vocabulary as it was counted before ``countWords(in:into:)``: what tests compare it with.
    static func referenceVocabulary(_ blocks: [Block]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for block in blocks {
            for line in block.lines {
                for w in Self.words(in: line.text) {
                    counts[w, default: 0] += 1
                    if w.utf8.contains(UInt8(ascii: "-")) { for part in w.split(separator: "-") { counts[String(part), default: 0] += 1 } }
                }
            }
        }
        return counts
    }

    private func has(_ word: String) -> Bool { count(word) > 0 }

    private func count(_ word: String) -> Int {
        if let asked, !asked.words.contains(word) { return Self.vocabulary(blocks)[word, default: 0] }
        return counts[word, default: 0]
    }

    /// The words of `text`, lower-cased: maximal runs of letters and hyphens.
    ///
    /// Text whose scalars are Characters of their own (nearly all lines) is split by scalars,
    /// each word lower-cased with ``Swift/String/lowercasedFast()`` (exactly `lowercased()`,
    /// Latin-1 by bytes); other text by Characters.
    static func words(in text: String) -> [String] {
        // ASCII: letters are A–Z and a–z, lower-cased by one bit; CR LF is no letter either way.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var words: [String] = []
            var word: [UInt8] = []
            for byte in text.utf8 {
                let folded = byte | 0x20
                if (folded >= 0x61 && folded <= 0x7A) || byte == 0x2D {
                    word.append(byte == 0x2D ? byte : folded)
                } else if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
        guard text.isOneScalarPerCharacter else {
            return text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { $0.lowercased() }
        }
        var words: [String] = []
        let scalars = text.unicodeScalars
        var start: String.Index? = nil
        for i in scalars.indices {
            let scalar = scalars[i]
            if scalar.isLetter || scalar == "-" {
                if start == nil { start = i }
            } else if let first = start {
                words.append(String(text[first..<i]).lowercasedFast())
                start = nil
            }
        }
        if let first = start { words.append(String(text[first...]).lowercasedFast()) }
        return words
    }

    /// The word halves around a trailing hyphen, lower-cased, when line `a` ends with one and
    /// line `b` starts in lower case.
    static func pair(_ a: String, _ b: String) -> (left: String, right: String)? {
        guard TextJoin.mayEndWithBreakHyphen(a) else { return nil }
        let a = a.trimmingBlanks()
        guard TextJoin.endsWithBreakHyphen(a), let first = b.first, first.isLowercase else { return nil }
        let left = TextJoin.lastWord(of: a).lowercased()
        let right = TextJoin.firstWord(of: b).lowercased()
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return (left, right)
    }

    /// Prefixes written with a hyphen before a word of their own.
    static let prefixes: Set<String> = ["co", "non", "self", "anti", "pre", "post", "re", "ex", "multi", "cross", "inter", "intra",
                                        "semi", "pro", "sub", "super", "over", "under", "well", "long", "short", "high", "low",
                                        "e", "un", "mid", "pan", "quasi", "socio", "neo", "counter", "euro"]

    /// Second halves of common compounds.
    static let compoundEnds: Set<String> = ["led", "based", "making", "term", "known", "scale", "level", "wide", "free", "friendly",
                                            "related", "oriented", "driven", "run", "owned", "funded", "profit", "up", "down", "in",
                                            "out", "off", "time", "year", "old", "day", "state", "party", "like", "specific", "sized",
                                            "focused", "centric", "building", "sharing", "end", "tech", "income", "class", "world",
                                            "society", "government", "sector", "source", "access", "line", "hand", "side"]

    func keeps(_ left: String, _ right: String) -> Bool {
        let base = left.split(separator: "-").last.map(String.init) ?? left
        if has(base + right) || has(left.replacingOccurrences(of: "-", with: "") + right) { return false }
        if has(left + "-" + right) { return true }
        if Self.prefixes.contains(base) { return true }
        if Self.compoundEnds.contains(right) { return true }
        // This occurrence counts once; a word of its own appears again elsewhere.
        if !hyphenatesAutomatically, right.count >= 2, count(right) >= 2 { return true }
        return false
    }

    /// ``decide(_:)`` as it was: the lines set on the block one by one. What the tests compare
    /// it with.
    func referenceDecide(_ block: Block) -> Block {
        var block = block
        for i in block.lines.indices.dropLast() {
            if let pair = Self.referencePair(block.lines[i].text, block.lines[i + 1].text) {
                block.lines[i].keepsTrailingHyphen = keeps(pair.left, pair.right)
            }
        }
        return block
    }

    /// ``pair(_:_:)`` without its byte test.
    static func referencePair(_ a: String, _ b: String) -> (left: String, right: String)? {
        let a = a.trimmingBlanks()
        guard TextJoin.endsWithBreakHyphen(a), let first = b.first, first.isLowercase else { return nil }
        let left = TextJoin.lastWord(of: a).lowercased()
        let right = TextJoin.firstWord(of: b).lowercased()
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return (left, right)
    }

    /// The block with each line-break hyphen's fate recorded. The lines are set on the block
    /// once, when a line changed: each change to a block's lines joins its text again.
    func decide(_ block: Block) -> Block {
        guard block.lines.count >= 2 else { return block }
        var lines = block.lines
        var changed = false
        for i in lines.indices.dropLast() {
            if let pair = Self.pair(lines[i].text, lines[i + 1].text) {
                let keeps = keeps(pair.left, pair.right)
                if lines[i].keepsTrailingHyphen != keeps {
                    lines[i].keepsTrailingHyphen = keeps
                    changed = true
                }
            }
        }
        guard changed else { return block }
        var block = block
        block.lines = lines
        return block
    }
}
