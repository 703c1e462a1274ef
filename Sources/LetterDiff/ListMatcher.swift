/// Pairs the items of two unordered lists (calls to action, footnotes) between versions.
///
/// Order carries little meaning in these lists (a call moved to another paragraph is the same
/// call), so pairing ignores it: equal normalized text first, then the most similar remaining
/// pairs above ``ParagraphAlignment/threshold``.
enum ListMatcher {
    struct Pair { var old: Int; var new: Int; var similarity: Double }

    struct Result {
        /// Same normalized text, in new order.
        var exact: [Pair] = []
        /// Similar but reworded, in new order.
        var similar: [Pair] = []
        var added: [Int] = []
        var removed: [Int] = []
    }

    /// `preferred` breaks ties towards pairs that share something else (a footnote's label).
    static func match(old: [PreparedText], new: [PreparedText], preferred: (Int, Int) -> Bool = { _, _ in false }) -> Result {
        var result = Result()
        var byText: [String: [Int]] = [:]
        for (i, t) in old.enumerated() { byText[t.normalized, default: []].append(i) }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        // Exact matches: same label first so an unchanged note is not reported as renumbered.
        for pass in 0..<2 {
            for (j, t) in new.enumerated() where !usedNew.contains(j) {
                guard let queue = byText[t.normalized] else { continue }
                let candidates = queue.filter { !usedOld.contains($0) }
                guard let i = pass == 0 ? candidates.first(where: { preferred($0, j) }) : candidates.first else { continue }
                usedOld.insert(i); usedNew.insert(j)
                result.exact.append(Pair(old: i, new: j, similarity: 1))
            }
        }
        var candidates: [(pref: Bool, sim: Double, old: Int, new: Int)] = []
        for j in new.indices where !usedNew.contains(j) {
            for i in old.indices where !usedOld.contains(i) {
                guard old[i].similarityBound(to: new[j]) >= ParagraphAlignment.threshold else { continue }
                let sim = old[i].similarity(to: new[j])
                if sim >= ParagraphAlignment.threshold { candidates.append((preferred(i, j), sim, i, j)) }
            }
        }
        candidates.sort { a, b in
            if a.pref != b.pref { return a.pref }
            if a.sim != b.sim { return a.sim > b.sim }
            return (a.new, a.old) < (b.new, b.old)
        }
        for c in candidates where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            usedOld.insert(c.old); usedNew.insert(c.new)
            result.similar.append(Pair(old: c.old, new: c.new, similarity: c.sim))
        }
        result.exact.sort { $0.new < $1.new }
        result.similar.sort { $0.new < $1.new }
        result.added = new.indices.filter { !usedNew.contains($0) }
        result.removed = old.indices.filter { !usedOld.contains($0) }
        return result
    }
}
