import Layout

/// One unit of text as the scanners read it: a Character, or a Unicode scalar where every
/// scalar of the text is a Character of its own (``String/isOneScalarPerCharacter``), which
/// answers each test as the Character would, for less. A scanner written once over
/// `TextUnit` reads text either way, and the tests compare the two readings.
protocol TextUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isUnitWhitespace: Bool { get }
    var isUnitLetter: Bool { get }
    var isUnitNumber: Bool { get }
    var isUnitUppercase: Bool { get }
    var isUnitLowercase: Bool { get }
    var isUnitASCIIDigit: Bool { get }
}

extension Character: TextUnit {
    var isUnitWhitespace: Bool { isWhitespace }
    var isUnitLetter: Bool { isLetter }
    var isUnitNumber: Bool { isNumber }
    var isUnitUppercase: Bool { isUppercase }
    var isUnitLowercase: Bool { isLowercase }
    var isUnitASCIIDigit: Bool { isASCII && isNumber }
}

extension Unicode.Scalar: TextUnit {
    var isUnitWhitespace: Bool { isWhitespace }
    var isUnitLetter: Bool { isLetter }
    var isUnitNumber: Bool { isNumber }
    var isUnitUppercase: Bool { isUppercaseCharacter }
    var isUnitLowercase: Bool { isLowercaseCharacter }
    var isUnitASCIIDigit: Bool { (0x30...0x39).contains(value) }
}
