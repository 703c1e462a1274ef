/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges every call through
/// `NSString` and was a tenth of all extraction time in profiles.
extension StringProtocol {
    /// The string without leading and trailing whitespace (spaces, tabs, newlines, no-break spaces).
    public func trimmingBlanks() -> String {
        trimming { $0.isWhitespace }
    }

    /// The string without leading and trailing characters found in `characters`.
    public func trimming(charactersIn characters: String) -> String {
        trimming { characters.contains($0) }
    }

    private func trimming(where predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// Whether the UTF-8 bytes of `needle` occur in the string: a plain byte search rather
    /// than Foundation's `contains`, which converts both strings to UTF-16 on every call.
    public func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count > 0 else { return true }
                guard h.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
