import LibXML
/// Finds where a note's URLs occur in its text in one pass over the text's bytes.
///
/// Notes can list thousands of URLs (a signatory list with a link per name); asking the text
/// for each URL in turn, again after every match, made TEI writing cubic in the URLs of one note
/// (800 URLs: 47 s). Here the URLs are kept in one set per length, and a text position is only
/// looked at when its first bytes start some URL; there, one set lookup per distinct URL length
/// (longest first) finds every URL starting at it. So the cost is the text's length plus, at the
/// few positions where a URL may start, the distinct lengths times a hash of that many bytes.
struct URLScanner {
    /// A URL at a byte offset of the text.
    struct Hit: Equatable { var start: Int; var end: Int; var url: String }

    private let text: [UInt8]
    /// Length → the URLs of that length; `lengths` longest first.
    private var byLength: [Int: Set<ArraySlice<UInt8>>] = [:]
    private var lengths: [Int] = []
    /// The first `prefixLength` bytes of every URL, packed, to skip positions where none starts.
    private var prefixes: Set<UInt32> = []
    private var prefixLength = 0

    init(text: String, urls: [String]) {
        self.text = Array(text.utf8)
        let all = Set(urls).filter { !$0.isEmpty }.map { Array($0.utf8)[...] }
        guard let shortest = all.map(\.count).min() else { return }
        prefixLength = min(4, shortest)
        for url in all {
            byLength[url.count, default: []].insert(url)
            prefixes.insert(Self.pack(url, at: url.startIndex, count: prefixLength))
        }
        lengths = byLength.keys.sorted(by: >)
    }

    private static func pack(_ bytes: ArraySlice<UInt8>, at start: Int, count: Int) -> UInt32 {
        var value: UInt32 = 0
        for i in start..<(start + count) { value = value << 8 | UInt32(bytes[i]) }
        return value
    }

    /// The URLs occurring at `position`, longest first.
    private func matches(at position: Int) -> [ArraySlice<UInt8>] {
        guard prefixLength > 0, position + prefixLength <= text.count,
              prefixes.contains(Self.pack(text[...], at: position, count: prefixLength)) else { return [] }
        var found: [ArraySlice<UInt8>] = []
        for length in lengths where position + length <= text.count {
            let candidate = text[position..<(position + length)]
            if byLength[length]!.contains(candidate) { found.append(candidate) }
        }
        return found
    }

    /// Non-overlapping hits from the start: at each point the earliest URL, the longest when
    /// several start there (as a reader would mark them); and the set of every URL occurring
    /// anywhere in the text, also inside another hit.
    func scan() -> (hits: [Hit], occurring: Set<String>) {
        var hits: [Hit] = []
        var occurring: Set<String> = []
        var next = 0
        for position in 0..<text.count {
            let here = matches(at: position)
            guard !here.isEmpty else { continue }
            for url in here { occurring.insert(String(decoding: url, as: UTF8.self)) }
            if position >= next, let longest = here.first {
                hits.append(Hit(start: position, end: position + longest.count, url: String(decoding: longest, as: UTF8.self)))
                next = position + longest.count
            }
        }
        return (hits, occurring)
    }

    /// The text between two byte offsets (hits start and end on UTF-8 sequence boundaries: a
    /// URL's bytes are whole characters, and a UTF-8 sequence cannot begin inside another).
    func slice(_ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }
}
