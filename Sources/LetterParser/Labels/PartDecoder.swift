import Foundation
import Layout

/// Picks the best division of a letter's blocks into its parts, in the order letters have
/// them: heading part → salutation → body → closing → signatures → annexes, each optional.
///
/// A dynamic program over (block, part): every block's score for every part comes from
/// ``PartEvidence``; moving to a later part costs what ``transition(from:to:facts:)`` says;
/// the salutation and the closing hold one block at most. The best path is the labelling;
/// one missed anchor no longer drags four fields with it, because the other blocks' evidence
/// still places the parts around it.
struct PartDecoder {
    var evidence: PartEvidence
    var weights = PartWeights.current

    struct Decoded {
        var parts: [LetterPart]
        var scores: [Double]
        var margins: [Double]
        var evidence: [[Evidence]]
        /// The facts the evidence was read from, one per block.
        var facts: [PartEvidence.Facts]
        /// For each block, the probability of each part (indexed by `LetterPart.rawValue`) over
        /// every labelling in the letter's order, weighted by exp(score): what the review
        /// confidences are read from.
        var posteriors: [[Double]] = []
    }

    func decode(_ blocks: [Block]) -> Decoded {
        let facts = evidence.facts(blocks)
        let n = blocks.count
        let parts = LetterPart.allCases
        guard n > 0 else { return Decoded(parts: [], scores: [], margins: [], evidence: [], facts: []) }
        // emission[i][p]: nil when block i cannot be in part p.
        var emission: [[[Evidence]?]] = []
        emission.reserveCapacity(n)
        for i in 0..<n { emission.append(parts.map { weights.apply(evidence.evidence($0, at: i, in: facts), for: $0) }) }
        func score(_ e: [Evidence]?) -> Double? { e.map { $0.reduce(0) { $0 + $1.weight } } }

        let impossible = -Double.infinity
        var best = Array(repeating: Array(repeating: impossible, count: parts.count), count: n)
        var back = Array(repeating: Array(repeating: -1, count: parts.count), count: n)
        for p in parts {
            if let s = score(emission[0][p.rawValue]) { best[0][p.rawValue] = s + start(p) }
        }
        for i in 1..<n {
            for p in parts {
                guard let s = score(emission[i][p.rawValue]) else { continue }
                var top = impossible, arg = -1
                for q in parts where q < p || (q == p && !p.isSingleBlock) {
                    let prior = best[i - 1][q.rawValue]
                    guard prior > impossible else { continue }
                    // Ties go to the part already open: the earlier part keeps short blocks.
                    let candidate = prior + (q == p ? 0 : transition(from: q, to: p, facts: facts[i]))
                    if candidate > top + 1e-9 { top = candidate; arg = q.rawValue }
                }
                if arg >= 0 { best[i][p.rawValue] = top + s; back[i][p.rawValue] = arg }
            }
        }
        var last = 0
        for p in parts where best[n - 1][p.rawValue] > best[n - 1][last] + 1e-9 { last = p.rawValue }
        var path = Array(repeating: LetterPart.body, count: n)
        var current = last
        for i in stride(from: n - 1, through: 0, by: -1) {
            path[i] = LetterPart(rawValue: current)!
            current = back[i][current]
            if current < 0 { break }
        }
        var scores: [Double] = [], margins: [Double] = [], chosen: [[Evidence]] = []
        for i in 0..<n {
            let p = path[i].rawValue
            let own = score(emission[i][p]) ?? 0
            let others = parts.filter { $0.rawValue != p }.compactMap { score(emission[i][$0.rawValue]) }
            scores.append(own)
            margins.append(own - (others.max() ?? own))
            chosen.append(emission[i][p] ?? [])
        }
        let posteriors = Self.posteriors(emission: emission.map { $0.map(score) }, facts: facts, start: start, transition: transition)
        return Decoded(parts: path, scores: scores, margins: margins, evidence: chosen, facts: facts, posteriors: posteriors)
    }

    /// Forward–backward over the same lattice as the best path: the sum, in log space, of the
    /// scores of all labellings through each (block, part), normalised. A block whose part no
    /// other reading of the letter could change gets a probability near 1; a block that the
    /// letter's order alone placed (an annex that reads like body) gets what its alternatives
    /// leave it.
    static func posteriors(emission: [[Double?]], facts: [PartEvidence.Facts], start: (LetterPart) -> Double,
                           transition: (LetterPart, LetterPart, PartEvidence.Facts) -> Double) -> [[Double]] {
        let n = emission.count
        let parts = LetterPart.allCases
        guard n > 0 else { return [] }
        let none = -Double.infinity
        // The terms of each sum go into one reused buffer, in the parts' order (so the sums
        // are the same to the last bit), instead of a filtered and mapped array per cell.
        var values: [Double] = []
        values.reserveCapacity(parts.count)
        func logSum(_ values: [Double]) -> Double {
            guard let top = values.max(), top > none else { return none }
            return top + log(values.reduce(0) { $0 + exp($1 - top) })
        }
        func allowed(_ q: LetterPart, _ p: LetterPart) -> Bool { q < p || (q == p && !p.isSingleBlock) }
        func step(_ q: LetterPart, _ p: LetterPart, _ i: Int) -> Double { q == p ? 0 : transition(q, p, facts[i]) }
        var alpha = Array(repeating: Array(repeating: none, count: parts.count), count: n)
        var beta = alpha
        for p in parts { if let e = emission[0][p.rawValue] { alpha[0][p.rawValue] = e + start(p) } }
        for i in 1..<max(n, 1) {
            for p in parts {
                guard let e = emission[i][p.rawValue] else { continue }
                values.removeAll(keepingCapacity: true)
                for q in parts where allowed(q, p) { values.append(alpha[i - 1][q.rawValue] + step(q, p, i)) }
                alpha[i][p.rawValue] = e + logSum(values)
            }
        }
        for p in parts { beta[n - 1][p.rawValue] = 0 }
        for i in stride(from: n - 2, through: 0, by: -1) {
            for q in parts {
                values.removeAll(keepingCapacity: true)
                for p in parts where allowed(q, p) {
                    if let e = emission[i + 1][p.rawValue] { values.append(step(q, p, i + 1) + e + beta[i + 1][p.rawValue]) }
                }
                beta[i][q.rawValue] = logSum(values)
            }
        }
        values.removeAll(keepingCapacity: true)
        for p in parts { values.append(alpha[n - 1][p.rawValue]) }
        let total = logSum(values)
        guard total > none else { return Array(repeating: Array(repeating: 0, count: parts.count), count: n) }
        return (0..<n).map { i in parts.map { p in
            let v = alpha[i][p.rawValue] + beta[i][p.rawValue] - total
            return v > none ? exp(v) : 0
        } }
    }

    /// What opening the letter with `part` costs: a letter most often opens with its heading.
    func start(_ part: LetterPart) -> Double {
        switch part {
        case .heading: return 0.25
        case .signature: return -3  // a letterhead of names is no signature
        case .annex: return -.infinity  // annexes follow a letter
        default: return 0
        }
    }

    /// What moving from one part to a later one costs at a block with `facts`.
    func transition(from: LetterPart, to: LetterPart, facts: PartEvidence.Facts) -> Double {
        switch to {
        case .signature where from < .closing:
            // Signatures with no closing before them: possible (sign-on lists), less likely;
            // with no body before them, a letterhead of names is the likelier reading.
            return from == .body ? -0.75 : -3
        case .annex:
            // Annexes follow the closing or the signatures, never the body itself (they are written
            // like the body, so only what ends the letter tells them apart); they open with a
            // heading or a rule, or are plainly prose.
            guard from >= .closing else { return -.infinity }
            return facts.annexHeading || facts.separator ? 0 : -2
        default:
            return 0
        }
    }
}
