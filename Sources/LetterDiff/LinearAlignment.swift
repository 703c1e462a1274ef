/// The in-order pass of ``ParagraphAlignment`` for letters too long for the full table: the
/// same score (summed similarity of pairs at or above the threshold) in memory linear in the
/// number of paragraphs.
///
/// 1. Anchors: paragraphs whose normalized text occurs exactly once in each middle are paired,
///    and of those pairs the longest run increasing in both orders is kept (patience diff,
///    O(k log k)). Revised letters share most of their paragraphs, so anchors cut the middle
///    into small gaps.
/// 2. Each gap between anchors is aligned with the full table when it fits in the cell budget,
///    else by Hirschberg's method: the best score of the upper half of the old rows against
///    every prefix of the new ones, and of the lower half against every suffix, each in one row
///    of memory; the column where their sum is largest splits the problem in two.
struct LinearAlignment {
    let old: [PreparedText]
    let new: [PreparedText]
    let cellBudget: Int

    func pairs(oldRange: Range<Int>, newRange: Range<Int>) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var oldStart = oldRange.lowerBound, newStart = newRange.lowerBound
        for (i, j) in anchors(oldRange: oldRange, newRange: newRange) {
            gap(oldStart..<i, newStart..<j, into: &result)
            result.append((i, j))
            oldStart = i + 1
            newStart = j + 1
        }
        gap(oldStart..<oldRange.upperBound, newStart..<newRange.upperBound, into: &result)
        return result
    }

    /// Unique-text pairs, the longest chain increasing in both old and new order.
    func anchors(oldRange: Range<Int>, newRange: Range<Int>) -> [(Int, Int)] {
        // (count in old, index in old, count in new)
        var seen: [String: (oldCount: Int, oldIndex: Int, newCount: Int, newIndex: Int)] = [:]
        for i in oldRange {
            let entry = seen[old[i].normalized]
            seen[old[i].normalized] = (oldCount: (entry?.oldCount ?? 0) + 1, oldIndex: i, newCount: 0, newIndex: -1)
        }
        for j in newRange {
            guard let entry = seen[new[j].normalized] else { continue }
            seen[new[j].normalized] = (entry.oldCount, entry.oldIndex, entry.newCount + 1, j)
        }
        // Candidates in new order.
        let candidates = newRange.compactMap { j -> (Int, Int)? in
            guard let e = seen[new[j].normalized], e.oldCount == 1, e.newCount == 1 else { return nil }
            return (e.oldIndex, j)
        }
        // Longest increasing subsequence on the old index (patience sorting with back links).
        var tails: [Int] = [] // index into candidates of the smallest tail of each pile
        var previous = [Int](repeating: -1, count: candidates.count)
        for (c, candidate) in candidates.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if candidates[tails[mid]].0 < candidate.0 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[c] = tails[low - 1] }
            if low == tails.count { tails.append(c) } else { tails[low] = c }
        }
        var chain: [(Int, Int)] = []
        var c = tails.last ?? -1
        while c >= 0 { chain.append(candidates[c]); c = previous[c] }
        return chain.reversed()
    }

    /// Aligns one gap, appending its pairs in order.
    func gap(_ a: Range<Int>, _ b: Range<Int>, into result: inout [(Int, Int)]) {
        guard !a.isEmpty, !b.isEmpty else { return }
        if a.count * b.count <= cellBudget {
            result += ParagraphAlignment.weightedLCS(old: old, new: new, oldRange: a, newRange: b)
            return
        }
        if a.count == 1 {
            // One old paragraph: its most similar new one, the first on ties.
            var best: (Double, Int)?
            for j in b {
                let w = weight(a.lowerBound, j)
                if w >= 0, best.map({ w > $0.0 }) ?? true { best = (w, j) }
            }
            if let best { result.append((a.lowerBound, best.1)) }
            return
        }
        let mid = a.lowerBound + a.count / 2
        let forward = forwardScores(a.lowerBound..<mid, b)
        let backward = backwardScores(mid..<a.upperBound, b)
        var split = 0
        var bestScore = -1.0
        for k in 0...b.count where forward[k] + backward[k] > bestScore {
            bestScore = forward[k] + backward[k]
            split = k
        }
        gap(a.lowerBound..<mid, b.lowerBound..<(b.lowerBound + split), into: &result)
        gap(mid..<a.upperBound, (b.lowerBound + split)..<b.upperBound, into: &result)
    }

    /// The similarity of a pair when at or above the threshold, else -1.
    private func weight(_ i: Int, _ j: Int) -> Double {
        let x = old[i], y = new[j]
        guard x.similarityBound(to: y) >= ParagraphAlignment.threshold else { return -1 }
        let sim = x.similarity(to: y)
        return sim >= ParagraphAlignment.threshold ? sim : -1
    }

    /// `scores[k]`: the best score of old rows `a` against the first `k` paragraphs of `b`.
    private func forwardScores(_ a: Range<Int>, _ b: Range<Int>) -> [Double] {
        var row = [Double](repeating: 0, count: b.count + 1)
        var next = row
        for i in a {
            next[0] = 0
            for k in 1...b.count {
                var best = max(row[k], next[k - 1])
                let w = weight(i, b.lowerBound + k - 1)
                if w >= 0 { best = max(best, row[k - 1] + w) }
                next[k] = best
            }
            swap(&row, &next)
        }
        return row
    }

    /// `scores[k]`: the best score of old rows `a` against `b` from its `k`-th paragraph on.
    private func backwardScores(_ a: Range<Int>, _ b: Range<Int>) -> [Double] {
        var row = [Double](repeating: 0, count: b.count + 1)
        var next = row
        for i in a.reversed() {
            next[b.count] = 0
            for k in stride(from: b.count - 1, through: 0, by: -1) {
                var best = max(row[k], next[k + 1])
                let w = weight(i, b.lowerBound + k)
                if w >= 0 { best = max(best, row[k + 1] + w) }
                next[k] = best
            }
            swap(&row, &next)
        }
        return row
    }
}
