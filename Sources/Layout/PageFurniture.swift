import Foundation
import PDFText

/// Recognises page furniture: page numbers and running headers and footers.
///
/// A line is furniture when it sits in the top or bottom band of its page and either reads as
/// a page number ("2", "- 2 -", "Page 2 of 4", "1 sur 3", "Seite 2 von 4", "Página 2 de 4") or
/// repeats, digits aside, in the same band on other pages (running titles, repeated
/// letterhead lines, "Confidential").
struct PageFurniture {
    var parameters: LayoutParameters

    private static let pageNumberPatterns: [NSRegularExpression] = [
        #"^[-–—\s]*\d{1,4}[-–—\s]*$"#,
        #"^(page|p\.|pg\.?|seite|página|pagina|pág\.?|pag\.?)\s*\d{1,4}(\s*(of|/|de|sur|von|di|do)\s*\d{1,4})?\.?$"#,
        #"^\d{1,4}\s*(/|of|de|sur|von|di|do)\s*\d{1,4}$"#,
        #"^[ivxlc]{1,6}$"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    static func isPageNumber(_ text: String) -> Bool {
        let t = text.trimmingBlanks()
        // Every pattern needs a decimal digit, but the roman numeral of at most six letters:
        // most lines need no regular expression.
        guard hasDecimalDigit(t) || t.unicodeScalars.count <= 6 else { return false }
        let range = NSRange(t.startIndex..., in: t)
        return pageNumberPatterns.contains { $0.firstMatch(in: t, range: range) != nil }
    }

    private static let pageOfPages = try! NSRegularExpression(
        pattern: #"^(page|p\.|pg\.?|seite|página|pagina|pág\.?|pag\.?)\s*\d{1,4}\s*(of|/|de|sur|von|di|do)\s*\d{1,4}\.?$"#, options: [.caseInsensitive])

    static func isPageOfPages(_ text: String) -> Bool {
        let t = text.trimmingBlanks()
        guard t.characterCount <= 24, hasDecimalDigit(t) else { return false }
        return pageOfPages.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil
    }

    /// A footer or header line that ends in this page's number after a separator ("Ref. 12/B ·
    /// 1/1", "Confidential | 2"): running furniture even on a one-page letter, where nothing
    /// repeats to show it.
    static func endsWithPageNumber(_ text: String, page: Int) -> Bool {
        guard hasDecimalDigit(text) else { return false }
        for separator in [" · ", " | ", " • ", " – ", " — "] {
            guard mayContain(text, separator) else { continue }
            guard let range = text.range(of: separator, options: .backwards) else { continue }
            let last = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard isPageNumber(last), let number = Int(last.prefix { $0.isASCII && $0.isNumber }) else { continue }
            return number == page
        }
        return false
    }

    /// False only where Foundation's search cannot find `separator` (one of those of
    /// ``endsWithPageNumber(_:page:)``) in `text`: its bytes are not there, nor those of the one
    /// text canonically equivalent to one of them (U+0387 for the middle dot U+00B7). A plain
    /// byte search, which spares most lines five Foundation searches.
    static func mayContain(_ text: String, _ separator: String) -> Bool {
        if text.containsBytes(of: separator) { return true }
        return separator == " · " && text.containsBytes(of: " \u{0387} ")
    }

    /// Whether the text holds a character that the patterns' `\d` matches (ICU: general
    /// category Nd).
    static func hasDecimalDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.isASCII ? ("0"..."9").contains($0) : $0.properties.generalCategory == .decimalNumber }
    }

    /// The key under which a line repeats across pages: lower-cased, digits and blanks removed.
    ///
    /// Text whose scalars are Characters of their own is filtered by scalars, the kept ones
    /// collected as UTF-8 and made a String once (appending scalars to a String one by one
    /// cost more than the rest of this function).
    static func repeatKey(_ text: String) -> String {
        let lower = text.lowercasedFast()
        guard lower.isOneScalarPerCharacter else {
            return String(lower.filter { !$0.isNumber && !$0.isWhitespace })
        }
        var key: [UInt8] = []
        key.reserveCapacity(lower.utf8.count)
        for scalar in lower.unicodeScalars where !scalar.isNumber && !scalar.isWhitespace {
            if scalar.isASCII { key.append(UInt8(truncatingIfNeeded: scalar.value)) } else { key.append(contentsOf: scalar.utf8) }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// ``repeatKey(_:)`` as it was written first: what the tests compare it with.
    static func referenceRepeatKey(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.isOneScalarPerCharacter else {
            return String(lower.filter { !$0.isNumber && !$0.isWhitespace })
        }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: lower.unicodeScalars.lazy.filter { !$0.isNumber && !$0.isWhitespace })
        return String(key)
    }

    /// Indices (into `lines`) of furniture lines, for lines of all pages.
    func furniture(_ lines: [RawLine], pages: [PageText]) -> Set<Int> {
        var heights: [Int: Double] = [:]
        for p in pages { heights[p.number] = p.height }
        func band(_ line: RawLine) -> Int? {
            guard let h = heights[line.page], h > 0 else { return nil }
            if line.box.y1 <= parameters.marginBand * h { return 0 }
            if line.box.y0 >= (1 - parameters.marginBand) * h { return 1 }
            return nil
        }
        var result: Set<Int> = []
        var keyPages: [String: Set<Int>] = [:]
        // Lines in a band with their repeat keys, computed once for both passes.
        var banded: [(index: Int, key: String)] = []
        for (i, line) in lines.enumerated() {
            let text = line.plainText
            // "Page 2 of 4", "Seite 1 von 3" say what they are anywhere on the page.
            let isPageOfPages = Self.isPageOfPages(text)
            if isPageOfPages { result.insert(i) }
            guard let b = band(line) else { continue }
            let repeatKey = Self.repeatKey(text)
            let key = "\(b)|" + repeatKey
            banded.append((i, key))
            if isPageOfPages { continue }
            if Self.isPageNumber(text) || Self.endsWithPageNumber(text, page: line.page) { result.insert(i); continue }
            if repeatKey.characterCount >= 3 { keyPages[key, default: []].insert(line.page) }
        }
        let pageCount = Set(lines.map(\.page)).count
        guard pageCount >= 2 else { return result }
        for (i, key) in banded {
            if let seen = keyPages[key], seen.count >= 2 { result.insert(i) }
        }
        return result
    }
}
