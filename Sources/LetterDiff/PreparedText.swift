/// Gives each distinct token key a small integer, so diffs and similarity compare ints.
final class Interner {
    private var ids: [String: Int] = [:]

    func id(_ key: String) -> Int {
        if let id = ids[key] { return id }
        let id = ids.count
        ids[key] = id
        return id
    }
}

/// A text ready for comparison: its tokens, their ids, and the normalized form.
///
/// Built once per paragraph, call or note so that the many pairwise similarity checks of an
/// alignment do not re-tokenize.
struct PreparedText {
    let original: String
    let tokens: [Token]
    let ids: [Int]
    /// `ids` sorted, for multiset intersection in ``similarity(to:)``.
    let sortedIds: [Int]
    /// Equal normalized forms mean "no change" (see ``TextNormalizer``).
    let normalized: String

    init(_ text: String, interner: Interner) {
        original = text
        tokens = TextNormalizer.tokens(text)
        ids = tokens.map { interner.id($0.key) }
        sortedIds = ids.sorted()
        normalized = tokens.map(\.key).joined(separator: " ")
    }

    /// Dice coefficient on the multisets of tokens: 1 for the same words in any order, 0 for
    /// nothing in common. Order-blind on purpose: it is the cheap test run on every pair of an
    /// alignment; the word diff shown to the reader is order-aware.
    func similarity(to other: PreparedText) -> Double {
        if normalized == other.normalized { return 1 }
        let total = sortedIds.count + other.sortedIds.count
        guard total > 0 else { return 1 }
        var i = 0, j = 0, common = 0
        let a = sortedIds, b = other.sortedIds
        while i < a.count, j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(2 * common) / Double(total)
    }

    /// Upper bound of ``similarity(to:)`` from the lengths alone, to skip hopeless pairs.
    func similarityBound(to other: PreparedText) -> Double {
        let total = ids.count + other.ids.count
        guard total > 0 else { return 1 }
        return Double(2 * min(ids.count, other.ids.count)) / Double(total)
    }

    /// The word diff from `self` (old) to `new`, as printable segments.
    func wordDiff(to new: PreparedText) -> [WordSegment] {
        SequenceDiff.diff(ids, new.ids).map { edit in
            switch edit.op {
            case .equal:
                return WordSegment(op: .equal, text: TextNormalizer.join(new.tokens[edit.new], leadingSpace: edit.new.lowerBound > 0))
            case .insert:
                return WordSegment(op: .insert, text: TextNormalizer.join(new.tokens[edit.new], leadingSpace: edit.new.lowerBound > 0))
            case .delete:
                return WordSegment(op: .delete, text: TextNormalizer.join(tokens[edit.old], leadingSpace: edit.old.lowerBound > 0))
            }
        }
    }
}
