/// Scanning text by Unicode scalars instead of Characters.
///
/// Walking Characters runs grapheme breaking and looks Character properties up scalar by
/// scalar; it dominated the layout stage's profiles. Where every scalar of a text is a
/// Character of its own, a scalar scan gives the same answers for a fraction of the cost, and a
/// Character's `isLetter`, `isNumber` and `isWhitespace` are its scalar's `isAlphabetic`,
/// `numericType != nil` and `isWhitespace`.
extension StringProtocol {
    /// Whether every Unicode scalar of the text is a Character of its own.
    ///
    /// Conservative: `true` only for text made of scalars that grapheme breaking (UAX #29) never
    /// joins to a neighbour of that kind — Latin, the general punctuation block (quotes, dashes,
    /// bullets) and currency signs; text with anything else (combining marks, joiners, CR, other
    /// scripts) is reported `false` and must be scanned by Characters.
    public var isOneScalarPerCharacter: Bool {
        utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } || unicodeScalars.allSatisfy(\.isSimpleGrapheme)
    }

    /// Exactly `count`, without grapheme breaking where every scalar is a Character of its own:
    /// ASCII text (no CR) has one per byte, other such text one per scalar.
    public var characterCount: Int {
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return utf8.count }
        return unicodeScalars.allSatisfy(\.isSimpleGrapheme) ? unicodeScalars.count : count
    }
}

// The same for String and Substring themselves, so that callers in other modules run code
// compiled for them rather than the generic StringProtocol versions (which cost more than the
// grapheme breaking they spare).
//
// Both read contiguous bytes when the text has them (``UTF8Scan``); the scalar walks below are
// the fallback for text without contiguous UTF-8, and what the tests compare the byte scan with.
extension String {
    public var isOneScalarPerCharacter: Bool {
        if let simple = utf8.withContiguousStorageIfAvailable({ UTF8Scan.simpleCharacterCount($0) != nil }) { return simple }
        return scalarWalkIsOneScalarPerCharacter
    }

    public var characterCount: Int {
        if let counted = utf8.withContiguousStorageIfAvailable(UTF8Scan.simpleCharacterCount) { return counted ?? count }
        return scalarWalkCharacterCount
    }

    var scalarWalkIsOneScalarPerCharacter: Bool {
        ScalarRun.isASCIIWithoutCR(utf8) || ScalarRun.allSimple(unicodeScalars)
    }

    var scalarWalkCharacterCount: Int {
        if ScalarRun.isASCIIWithoutCR(utf8) { return utf8.count }
        return ScalarRun.simpleCount(unicodeScalars) ?? count
    }
}

extension Substring {
    public var isOneScalarPerCharacter: Bool {
        if let simple = utf8.withContiguousStorageIfAvailable({ UTF8Scan.simpleCharacterCount($0) != nil }) { return simple }
        return scalarWalkIsOneScalarPerCharacter
    }

    public var characterCount: Int {
        if let counted = utf8.withContiguousStorageIfAvailable(UTF8Scan.simpleCharacterCount) { return counted ?? count }
        return scalarWalkCharacterCount
    }

    var scalarWalkIsOneScalarPerCharacter: Bool {
        ScalarRun.isASCIIWithoutCR(utf8) || ScalarRun.allSimple(unicodeScalars)
    }

    var scalarWalkCharacterCount: Int {
        if ScalarRun.isASCIIWithoutCR(utf8) { return utf8.count }
        return ScalarRun.simpleCount(unicodeScalars) ?? count
    }
}

enum ScalarRun {
    @inline(__always)
    static func isASCIIWithoutCR<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        for b in bytes where b >= 0x80 || b == 0x0D { return false }
        return true
    }

    @inline(__always)
    static func allSimple<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        for s in scalars where !s.isSimpleGrapheme { return false }
        return true
    }

    /// The number of scalars when all are simple graphemes, else nil.
    @inline(__always)
    static func simpleCount<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Int? {
        var n = 0
        for s in scalars {
            if !s.isSimpleGrapheme { return nil }
            n += 1
        }
        return n
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is in a range where every scalar has the grapheme break property
    /// Other or Control (no Extend, SpacingMark, Prepend, ZWJ, regional indicator or Hangul
    /// jamo), CR excluded: between two such scalars there is always a Character boundary.
    public var isSimpleGrapheme: Bool {
        switch value {
        case 0x0D: false                        // CR LF is one Character
        case 0x0000..<0x0300: true              // ASCII, Latin-1, Latin Extended-A and -B, IPA, modifier letters
        case 0x2010...0x2027: true              // dashes, quotes, bullets, ellipsis (not U+200B–U+200F)
        case 0x2030...0x205E: true              // per mille, primes, guillemets, and such
        case 0x20A0...0x20CF: true              // currency signs
        default: false
        }
    }

    /// `Character.isLetter` for a Character made of this scalar alone, without a property
    /// lookup for ASCII.
    public var isLetter: Bool {
        isASCII ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }

    /// `Character.isNumber` for a Character made of this scalar alone, without a property
    /// lookup for ASCII.
    public var isNumber: Bool {
        isASCII ? (0x30...0x39).contains(value) : properties.numericType != nil
    }

    /// `Character.isWhitespace` for a Character made of this scalar alone, without a property
    /// lookup for ASCII.
    public var isWhitespace: Bool {
        isASCII ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// `Character.isUppercase` for a Character made of this scalar alone, without a lookup for
    /// ASCII.
    public var isUppercaseCharacter: Bool {
        isASCII ? (0x41...0x5A).contains(value) : Character(self).isUppercase
    }

    /// `Character.isLowercase` for a Character made of this scalar alone, without a lookup for
    /// ASCII.
    public var isLowercaseCharacter: Bool {
        isASCII ? (0x61...0x7A).contains(value) : Character(self).isLowercase
    }
}
