/// Pairs the paragraphs of two versions: in place (same or edited), moved, inserted, deleted.
///
/// Three passes; memory grows with the letters' length, never with the product of the two
/// paragraph counts:
/// 1. Common leading and trailing paragraphs (equal normalized text) are paired outright,
///    since most revisions touch a few places.
/// 2. The middle is aligned in order by a weighted LCS: a pair may be matched when its
///    similarity reaches ``threshold`` and the alignment maximizes the summed similarity, so an
///    exact match outweighs an edited one and edits stay paired with their original. A middle
///    of at most ``exactCellBudget`` cells (old × new paragraphs) is solved with the full table,
///    as it always was; a larger one is first cut at anchors — paragraphs whose text occurs
///    once in each version, kept in order as the longest increasing run (patience diff) — and
///    each gap between anchors too large for the table is solved in linear space by
///    Hirschberg's divide and conquer on the same score.
/// 3. What is left over is paired across the order: equal text first, then the most similar
///    pairs. Those are moves (crossing the in-order pairs by construction, else pass 2 would
///    have taken them). The rest was inserted or deleted. Above the cell budget, each left-over
///    new paragraph keeps only its most similar old candidate, so memory stays linear.
struct ParagraphAlignment {
    enum Link: Equatable {
        /// In order; `edited` when the normalized texts differ.
        case inPlace(old: Int, new: Int, edited: Bool)
        case moved(old: Int, new: Int, edited: Bool)
        case inserted(new: Int)
        case deleted(old: Int)
    }

    /// Lowest similarity at which two paragraphs count as versions of one another.
    static let threshold = 0.5

    /// Links in display order: the new version's order, each deletion just before the first
    /// in-place paragraph that followed it in the old version.
    static func align(old: [PreparedText], new: [PreparedText]) -> [Link] {
        align(old: old, new: new, cellBudget: exactCellBudget)
    }

    /// Largest old × new table solved in full: 4 M cells, 64 MB of weights and scores.
    static let exactCellBudget = 4_000_000

    /// ``align(old:new:)`` with another budget (tests use a small one to reach the linear-space
    /// path on letters of a few hundred paragraphs).
    static func align(old: [PreparedText], new: [PreparedText], cellBudget: Int) -> [Link] {
        var oldToNew = [Int?](repeating: nil, count: old.count)
        var newToOld = [Int?](repeating: nil, count: new.count)
        func pair(_ i: Int, _ j: Int) { oldToNew[i] = j; newToOld[j] = i }

        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix].normalized == new[prefix].normalized { pair(prefix, prefix); prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix].normalized == new[new.count - 1 - suffix].normalized {
            pair(old.count - 1 - suffix, new.count - 1 - suffix)
            suffix += 1
        }
        let oldMiddle = prefix..<(old.count - suffix), newMiddle = prefix..<(new.count - suffix)
        let middlePairs = oldMiddle.count * newMiddle.count <= cellBudget
            ? weightedLCS(old: old, new: new, oldRange: oldMiddle, newRange: newMiddle)
            : LinearAlignment(old: old, new: new, cellBudget: cellBudget).pairs(oldRange: oldMiddle, newRange: newMiddle)
        for (i, j) in middlePairs { pair(i, j) }

        // Moves: exact text first, then by similarity, best pairs first.
        var moved: [Int: Int] = [:] // new → old
        let leftOld = old.indices.filter { oldToNew[$0] == nil }
        var byText: [String: [Int]] = [:]
        for i in leftOld { byText[old[i].normalized, default: []].append(i) }
        var usedOld = Set<Int>()
        for j in new.indices where newToOld[j] == nil {
            if var queue = byText[new[j].normalized], !queue.isEmpty {
                let i = queue.removeFirst()
                byText[new[j].normalized] = queue
                moved[j] = i
                usedOld.insert(i)
            }
        }
        var candidates: [(sim: Double, old: Int, new: Int)] = []
        let leftNew = new.indices.filter { newToOld[$0] == nil && moved[$0] == nil }
        let bestOnly = leftOld.count * leftNew.count > cellBudget
        for j in leftNew {
            var best: (sim: Double, old: Int, new: Int)?
            for i in leftOld where !usedOld.contains(i) {
                guard old[i].similarityBound(to: new[j]) >= threshold else { continue }
                let sim = old[i].similarity(to: new[j])
                guard sim >= threshold else { continue }
                if !bestOnly { candidates.append((sim, i, j)) } else if best.map({ sim > $0.sim }) ?? true { best = (sim, i, j) }
            }
            if let best { candidates.append(best) }
        }
        candidates.sort { ($0.sim, -$0.new, -$0.old) > ($1.sim, -$1.new, -$1.old) }
        for c in candidates where !usedOld.contains(c.old) && moved[c.new] == nil {
            moved[c.new] = c.old
            usedOld.insert(c.old)
        }

        var links: [Link] = []
        var nextDeleted = 0
        func flushDeleted(before limit: Int) {
            while nextDeleted < min(limit, old.count) {
                if oldToNew[nextDeleted] == nil, !usedOld.contains(nextDeleted) { links.append(.deleted(old: nextDeleted)) }
                nextDeleted += 1
            }
        }
        for j in new.indices {
            if let i = newToOld[j] {
                flushDeleted(before: i)
                links.append(.inPlace(old: i, new: j, edited: old[i].normalized != new[j].normalized))
            } else if let i = moved[j] {
                links.append(.moved(old: i, new: j, edited: old[i].normalized != new[j].normalized))
            } else {
                links.append(.inserted(new: j))
            }
        }
        flushDeleted(before: old.count)
        return links
    }

    /// In-order pairs maximizing the summed similarity of matched pairs (each ≥ threshold),
    /// with the full old × new table (callers keep it within ``exactCellBudget``).
    static func weightedLCS(old: [PreparedText], new: [PreparedText], oldRange: Range<Int>, newRange: Range<Int>) -> [(Int, Int)] {
        let n = oldRange.count, m = newRange.count
        guard n > 0, m > 0 else { return [] }
        var weight = [Double](repeating: -1, count: n * m)
        for a in 0..<n {
            for b in 0..<m {
                let x = old[oldRange.lowerBound + a], y = new[newRange.lowerBound + b]
                guard x.similarityBound(to: y) >= threshold else { continue }
                let sim = x.similarity(to: y)
                if sim >= threshold { weight[a * m + b] = sim }
            }
        }
        let width = m + 1
        var score = [Double](repeating: 0, count: (n + 1) * width)
        for a in stride(from: n - 1, through: 0, by: -1) {
            for b in stride(from: m - 1, through: 0, by: -1) {
                var best = max(score[(a + 1) * width + b], score[a * width + b + 1])
                let w = weight[a * m + b]
                if w >= 0 { best = max(best, w + score[(a + 1) * width + b + 1]) }
                score[a * width + b] = best
            }
        }
        var pairs: [(Int, Int)] = []
        var a = 0, b = 0
        while a < n, b < m {
            let w = weight[a * m + b]
            if w >= 0, score[a * width + b] == w + score[(a + 1) * width + b + 1] {
                pairs.append((oldRange.lowerBound + a, newRange.lowerBound + b))
                a += 1; b += 1
            } else if score[a * width + b] == score[(a + 1) * width + b] {
                a += 1
            } else {
                b += 1
            }
        }
        return pairs
    }
}
