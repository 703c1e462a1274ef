import Layout

/// Whether a line holds contact details, with one byte pass in front.
///
/// The test lower-cases the line and searches it several times; it runs on every line of the
/// heading and signature parts. Lower-casing maps ASCII to ASCII (`A`–`Z` moved) and every
/// other scalar to scalars outside ASCII, but for letters (`K` to "k", `İ` to "i" and a mark),
/// and gives each scalar at most one number (the tests check both over every scalar). So one
/// pass over the bytes tells whether the lower case can hold "@", "www." or "http" (the bytes
/// in a row, in any case), a full stop, or six numbers (six digits and scalars outside ASCII
/// together). A line with none of these is no contact line; an ASCII line with only a full stop
/// is one only as a bare domain, which needs no capital (its lower case is then itself). Every
/// other line is answered by ``slowIsContactLine(_:)``.
extension BlockTraits {
    /// Contact details typical of a letterhead or signature block.
    static func isContactLine(_ text: String) -> Bool {
        var needle = false, upper = false, stop = false
        var numbers = 0, nonASCII = 0
        var window: UInt32 = 0
        for byte in text.utf8 {
            var lower = byte
            if byte >= 0x80 {
                if byte >= 0xC0 { nonASCII += 1 }  // a scalar's lead byte
            } else if byte >= 0x41 && byte <= 0x5A {
                lower |= 0x20
                upper = true
            } else if byte >= 0x30 && byte <= 0x39 {
                numbers += 1
            } else if byte == 0x2E {
                stop = true
            }
            window = window << 8 | UInt32(lower)
            if lower == 0x40 || window == Self.www || window == Self.http { needle = true }
        }
        if needle || numbers + nonASCII >= 6 { return slowIsContactLine(text) }
        guard stop else { return false }
        guard nonASCII == 0 else { return slowIsContactLine(text) }
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
