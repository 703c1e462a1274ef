/// Pairs the items of two lists whose keys are equal, as multisets: each new item takes the
/// first old item with its key that is still free, so duplicates pair in document order.
///
/// The exact-key counterpart of ``ListMatcher``, for things that are the same or not by a key
/// rather than by similarity (a signer's name key, a link's text and URI).
enum KeyMatcher {
    struct Result {
        /// Paired indices, in new order.
        var pairs: [(old: Int, new: Int)] = []
        /// Indices of `old` left unpaired, in order.
        var oldLeft: [Int] = []
        /// Indices of `new` left unpaired, in order.
        var newLeft: [Int] = []
    }

    /// `old` and `new` are (index, key) pairs, so a second pass can match the leftovers of a
    /// first one under a looser key.
    static func match<Key: Hashable>(old: [(index: Int, key: Key)], new: [(index: Int, key: Key)]) -> Result {
        var queues: [Key: [Int]] = [:]
        for item in old { queues[item.key, default: []].append(item.index) }
        var result = Result()
        var paired = Set<Int>()
        for item in new {
            guard var queue = queues[item.key], !queue.isEmpty else { result.newLeft.append(item.index); continue }
            let i = queue.removeFirst()
            queues[item.key] = queue
            paired.insert(i)
            result.pairs.append((i, item.index))
        }
        result.oldLeft = old.map(\.index).filter { !paired.contains($0) }
        return result
    }
}
