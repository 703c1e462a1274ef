import Layout

/// Whether a line holds contact details, with one byte pass in front for ASCII lines.
///
/// The test lower-cases the line and searches it several times; it runs on every line of the
/// heading and signature parts. An ASCII line's lower case is its bytes with `A`–`Z` moved, so
/// one pass over the bytes tells whether it can hold "@", "www." or "http" at all, whether it has
/// a capital, and how many digits it has: a line with none of the three needles and fewer than
/// six digits is a contact line only as a bare domain, which needs no capital (its lower case is
/// then itself). Every other line is answered by ``slowIsContactLine(_:)``.
extension BlockTraits {
    /// Contact details typical of a letterhead or signature block.
    static func isContactLine(_ text: String) -> Bool {
        var needle = false, upper = false
        var digits = 0
        var window: UInt32 = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return slowIsContactLine(text) }
            var lower = byte
            if byte >= 0x41 && byte <= 0x5A { lower |= 0x20; upper = true }
            if byte >= 0x30 && byte <= 0x39 { digits += 1 }
            window = window << 8 | UInt32(lower)
            if lower == 0x40 || window == Self.www || window == Self.http { needle = true }
        }
        if needle || digits >= 6 { return slowIsContactLine(text) }
        return !upper && isBareDomain(text)
    }

    /// "www." and "http" as four bytes read in order.
    private static let www: UInt32 = 0x7777_772E
    private static let http: UInt32 = 0x6874_7470

    /// Contact details typical of a letterhead or signature block, as it was written first
    /// (the tests compare it with ``isContactLine(_:)``).
    static func slowIsContactLine(_ text: String) -> Bool {
        let lower = text.lowercasedFast()
        if lower.includes("@") || lower.includes("www.") || lower.includes("http") { return true }
        // "coworker.org" is an address; "Coworker.org", written with a capital, names the group.
        if !hasUppercase(text), isBareDomain(lower) { return true }
        // Phone and fax lines: a keyword and enough digits for a number. Digits first: cheap.
        guard lower.numberCount >= 6 else { return false }
        let words = lower.split(whereSeparator: { !$0.isLetter })
        return words.contains { ["tel", "phone", "fax", "telefon", "telefax", "teléfono", "tél", "mobile", "mob", "tlf", "telephone", "téléphone", "telefone"].contains($0) }
    }
}
