/// One step of an edit script between two sequences.
struct Edit: Equatable, Sendable {
    enum Op: Equatable, Sendable { case equal, delete, insert }
    var op: Op
    /// Elements of the old sequence covered (empty for an insertion).
    var old: Range<Int>
    /// Elements of the new sequence covered (empty for a deletion).
    var new: Range<Int>
}

/// Myers' O(ND) shortest edit script on sequences of interned ids.
///
/// Used for the words inside a changed paragraph, call or note, where a minimal script is what
/// a reader expects ("three words changed", not "sentence replaced"). Common prefix and suffix
/// are trimmed first because most edits are local; the trace then only covers the middle.
enum SequenceDiff {
    /// The edit script turning `a` into `b`, runs merged, deletions before insertions.
    static func diff(_ a: [Int], _ b: [Int]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])

        var steps: [Edit.Op] = Array(repeating: .equal, count: prefix)
        steps += middle(midA, midB)
        steps += Array(repeating: .equal, count: suffix)
        return runs(steps)
    }

    /// Per-element steps for sequences with no common prefix or suffix.
    private static func middle(_ a: [Int], _ b: [Int]) -> [Edit.Op] {
        let n = a.count, m = b.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .delete, count: n) }
        let maxD = n + m
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        // trace[d] holds v for k in -d...d as it was before round d.
        var trace: [[Int]] = []
        var found = -1
        rounds: for d in 0...maxD {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = d; break rounds }
            }
        }
        var reversed: [Edit.Op] = []
        var x = n, y = m
        var d = found
        while d > 0 {
            let saved = trace[d]
            func at(_ k: Int) -> Int { saved[k + d] }
            let k = x - y
            let prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let prevX = at(prevK), prevY = prevX - prevK
            while x > prevX, y > prevY { reversed.append(.equal); x -= 1; y -= 1 }
            if x == prevX { reversed.append(.insert); y -= 1 } else { reversed.append(.delete); x -= 1 }
            d -= 1
        }
        while x > 0, y > 0 { reversed.append(.equal); x -= 1; y -= 1 }
        return reversed.reversed()
    }

    /// Groups per-element steps into runs; within a change, deletions come before insertions.
    private static func runs(_ steps: [Edit.Op]) -> [Edit] {
        var edits: [Edit] = []
        var i = 0, j = 0, s = 0
        while s < steps.count {
            if steps[s] == .equal {
                let start = (i, j)
                while s < steps.count, steps[s] == .equal { i += 1; j += 1; s += 1 }
                edits.append(Edit(op: .equal, old: start.0..<i, new: start.1..<j))
                continue
            }
            let start = (i, j)
            while s < steps.count, steps[s] != .equal {
                if steps[s] == .delete { i += 1 } else { j += 1 }
                s += 1
            }
            if i > start.0 { edits.append(Edit(op: .delete, old: start.0..<i, new: start.1..<start.1)) }
            if j > start.1 { edits.append(Edit(op: .insert, old: i..<i, new: start.1..<j)) }
        }
        return edits
    }
}
