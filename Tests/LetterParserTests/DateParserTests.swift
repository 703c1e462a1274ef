import LetterModel
import XCTest

@testable import LetterParser

/// Datelines and dates as printed in English, Spanish, French, German and Portuguese letters.
final class DateParserTests: XCTestCase {
    /// One dateline and what a careful reader takes from it.
    struct Row {
        var line: String
        var language: String?
        var iso: String
        var precision: LetterDate.Precision
        var place: String?
        var text: String
        var file: StaticString
        var lineNumber: UInt

        init(_ line: String, _ language: String?, _ iso: String, _ precision: LetterDate.Precision,
             place: String? = nil, text: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
            self.line = line
            self.language = language
            self.iso = iso
            self.precision = precision
            self.place = place
            self.text = text
            self.file = file
            self.lineNumber = lineNumber
        }
    }

    static let datelines: [Row] = [
        // English
        Row("14 June 2017", "en", "2017-06-14", .day, text: "14 June 2017"),
        Row("April 2, 2019", "en", "2019-04-02", .day, text: "April 2, 2019"),
        Row("March 7 2018", nil, "2018-03-07", .day, text: "March 7 2018"),
        Row("27th October 2016", "en", "2016-10-27", .day, text: "27th October 2016"),
        Row("February 18th 2017", "en", "2017-02-18", .day, text: "February 18th 2017"),
        Row("8/15/2025", "en", "2025-08-15", .day, text: "8/15/2025"),
        Row("8/15/2025", nil, "2025-08-15", .day, text: "8/15/2025"),
        Row("05/06/2025", "en", "2025-05-06", .day, text: "05/06/2025"),
        Row("05/06/2025", nil, "2025-05-06", .day, text: "05/06/2025"),
        Row("15/06/2025", nil, "2025-06-15", .day, text: "15/06/2025"),
        Row("8/15/25", "en", "2025-08-15", .day, text: "8/15/25"),
        Row("15.08.2025", "en", "2025-08-15", .day, text: "15.08.2025"),
        Row("2017-06-14", nil, "2017-06-14", .day, text: "2017-06-14"),
        Row("June 2026", "en", "2026-06", .month, text: "June 2026"),
        Row("Sept. 14, 2020", "en", "2020-09-14", .day, text: "Sept. 14, 2020"),
        Row("Jan. 5, 2021", "en", "2021-01-05", .day, text: "Jan. 5, 2021"),
        Row("DECEMBER 1, 2020", "en", "2020-12-01", .day, text: "DECEMBER 1, 2020"),
        Row("14th of June, 2017", "en", "2017-06-14", .day, text: "14th of June, 2017"),
        Row("29 February 2020", "en", "2020-02-29", .day, text: "29 February 2020"),
        Row("London, 6 February 2026", "en", "2026-02-06", .day, place: "London", text: "6 February 2026"),
        Row("Tuesday, 3 February 2026", "en", "2026-02-03", .day, text: "Tuesday, 3 February 2026"),
        Row("Washington, DC, April 2, 2019", "en", "2019-04-02", .day, place: "Washington, DC", text: "April 2, 2019"),
        Row("Date: 14 June 2017", "en", "2017-06-14", .day, text: "14 June 2017"),
        Row("Dated 3 March 2021.", "en", "2021-03-03", .day, text: "3 March 2021"),
        Row("  Geneva, 10 Dec 2019  ", "en", "2019-12-10", .day, place: "Geneva", text: "10 Dec 2019"),
        Row("Date: 2017", "en", "2017", .year, text: "2017"),
        Row("New York, NY, May 5, 2020", "en", "2020-05-05", .day, place: "New York, NY", text: "May 5, 2020"),
        Row("Brussels – 3 March 2021", "en", "2021-03-03", .day, place: "Brussels", text: "3 March 2021"),
        Row("Mon, 6 Jan 2020", "en", "2020-01-06", .day, text: "Mon, 6 Jan 2020"),
        // Spanish
        Row("Bogotá D.C., Junio 19 de 2020", "es", "2020-06-19", .day, place: "Bogotá D.C.", text: "Junio 19 de 2020"),
        Row("29 de Julio del 2020", "es", "2020-07-29", .day, text: "29 de Julio del 2020"),
        Row("19 de abril de 2020", "es", "2020-04-19", .day, text: "19 de abril de 2020"),
        Row("Ciudad de México, a 3 de marzo de 2021", "es", "2021-03-03", .day,
            place: "Ciudad de México", text: "3 de marzo de 2021"),
        Row("Madrid, 1 de septiembre de 2019", "es", "2019-09-01", .day, place: "Madrid", text: "1 de septiembre de 2019"),
        Row("Lima, 12 de setiembre de 2018", "es", "2018-09-12", .day, place: "Lima", text: "12 de setiembre de 2018"),
        Row("Fecha: 15/08/2025", "es", "2025-08-15", .day, text: "15/08/2025"),
        Row("Fecha: 05/06/2025", "es", "2025-06-05", .day, text: "05/06/2025"),
        Row("mayo de 2020", "es", "2020-05", .month, text: "mayo de 2020"),
        Row("3 dic. 2019", "es", "2019-12-03", .day, text: "3 dic. 2019"),
        Row("Miércoles, 5 de febrero de 2020", "es", "2020-02-05", .day, text: "Miércoles, 5 de febrero de 2020"),
        // French
        Row("Toulouse, le 16 mai 2017", "fr", "2017-05-16", .day, place: "Toulouse", text: "16 mai 2017"),
        Row("1er mai 2017", "fr", "2017-05-01", .day, text: "1er mai 2017"),
        Row("Le 1er janvier 2020", "fr", "2020-01-01", .day, text: "1er janvier 2020"),
        Row("le 3 mars 2021", "fr", "2021-03-03", .day, text: "3 mars 2021"),
        Row("Paris, le mardi 16 mai 2017", "fr", "2017-05-16", .day, place: "Paris", text: "mardi 16 mai 2017"),
        Row("Paris le 3 mars 2021", "fr", "2021-03-03", .day, place: "Paris", text: "3 mars 2021"),
        Row("12 févr. 2019", "fr", "2019-02-12", .day, text: "12 févr. 2019"),
        Row("20 aout 2018", "fr", "2018-08-20", .day, text: "20 aout 2018"),
        Row("Fait à Genève, le 3 décembre 2020", "fr", "2020-12-03", .day, place: "Genève", text: "3 décembre 2020"),
        Row("05/06/2025", "fr", "2025-06-05", .day, text: "05/06/2025"),
        // German
        Row("Berlin, den 17. Januar 2014", "de", "2014-01-17", .day, place: "Berlin", text: "17. Januar 2014"),
        Row("30. Mai 2017", "de", "2017-05-30", .day, text: "30. Mai 2017"),
        Row("Datum: 17.01.2014", "de", "2014-01-17", .day, text: "17.01.2014"),
        Row("München, 3. März 2021", "de", "2021-03-03", .day, place: "München", text: "3. März 2021"),
        Row("1. Dez. 2020", "de", "2020-12-01", .day, text: "1. Dez. 2020"),
        Row("Frankfurt am Main, 5. Oktober 2022", "de", "2022-10-05", .day,
            place: "Frankfurt am Main", text: "5. Oktober 2022"),
        Row("Mai 2017", "de", "2017-05", .month, text: "Mai 2017"),
        Row("Wien, am 3. Jänner 2021", "de", "2021-01-03", .day, place: "Wien", text: "3. Jänner 2021"),
        Row("Dienstag, 17. Januar 2017", "de", "2017-01-17", .day, text: "Dienstag, 17. Januar 2017"),
        Row("08/03/2024", "de", "2024-03-08", .day, text: "08/03/2024"),
        // Portuguese
        Row("Recife, 25 de setembro de 2024", "pt", "2024-09-25", .day, place: "Recife", text: "25 de setembro de 2024"),
        Row("3 de março de 2021", "pt", "2021-03-03", .day, text: "3 de março de 2021"),
        Row("3 de marco de 2021", "pt", "2021-03-03", .day, text: "3 de marco de 2021"),
        Row("São Paulo, 1º de maio de 2023", "pt", "2023-05-01", .day, place: "São Paulo", text: "1º de maio de 2023"),
        Row("Brasília, em 10 de dezembro de 2019", "pt", "2019-12-10", .day, place: "Brasília",
            text: "10 de dezembro de 2019"),
        Row("Rio de Janeiro, 7 de outubro de 2022", "pt", "2022-10-07", .day, place: "Rio de Janeiro",
            text: "7 de outubro de 2022"),
        Row("25 de out. de 2024", "pt", "2024-10-25", .day, text: "25 de out. de 2024"),
        Row("Data: 12/05/2021", "pt", "2021-05-12", .day, text: "12/05/2021"),
        Row("setembro de 2024", "pt", "2024-09", .month, text: "setembro de 2024"),
        Row("Seg., 3 de março de 2021", "pt", "2021-03-03", .day, text: "Seg., 3 de março de 2021"),
        Row("Quinta-feira, 4 de abril de 2024", "pt", "2024-04-04", .day, text: "Quinta-feira, 4 de abril de 2024"),
    ]

    func testDatelineTable() {
        XCTAssertGreaterThanOrEqual(Self.datelines.count, 40)
        for row in Self.datelines {
            let expected = DateMatch(text: row.text, iso: row.iso, precision: row.precision, place: row.place)
            XCTAssertEqual(DateParser.parseDateline(row.line, language: row.language), expected,
                           "\(row.line) [\(row.language ?? "nil")]", file: row.file, line: row.lineNumber)
        }
    }

    /// Lines that mention or resemble a date but are not a dateline.
    static let notDatelines: [String] = [
        "We met on 23 May 2017 to discuss the plan.",
        "We met on 23 May 2017.",
        "In a letter dated 23 May 2017 to the OGP Steering Committee",
        "In May 2016, a coalition of South African activists raised concerns",
        "¹ 23 May 2017. Open Letter: Mexican Civil Society Statement for OGP Steering Committee:",
        "Page 2 of 4",
        "2017",
        "Berlin, 2017",
        "Dear Sir, 14 June 2017",
        "Sincerely, 14 June 2017",
        "Meeting notes 14 June 2017",
        "1110 Vermont Avenue NW",
        "Suite 500/Open Gov Hub",
        "Washington DC 20005",
        "31 February 2017",
        "29 February 2019",
        "April 31, 2019",
        "13/13/2025",
        "2017-13-01",
        "32 de mayo de 2020",
        "Version 1.2.3",
        "",
        "   ",
    ]

    func testLinesThatAreNotDatelines() {
        for line in Self.notDatelines {
            XCTAssertNil(DateParser.parseDateline(line, language: "en"), line)
            XCTAssertNil(DateParser.parseDateline(line, language: nil), line)
        }
    }

    func testLanguageDecidesOnlyAmbiguousNumericDates() {
        XCTAssertEqual(DateParser.parseDateline("04/05/2025", language: "en")?.iso, "2025-04-05")
        XCTAssertEqual(DateParser.parseDateline("04/05/2025", language: "pt")?.iso, "2025-05-04")
        XCTAssertEqual(DateParser.parseDateline("04/05/2025", language: "en-GB")?.iso, "2025-04-05")
        // An order that gives no valid date yields to the other one.
        XCTAssertEqual(DateParser.parseDateline("25/12/2024", language: "en")?.iso, "2024-12-25")
        XCTAssertEqual(DateParser.parseDateline("12/25/2024", language: "es")?.iso, "2024-12-25")
        // Written months read the same whatever the language.
        XCTAssertEqual(DateParser.parseDateline("3 mars 2021", language: "en")?.iso, "2021-03-03")
    }

    // MARK: findDates

    func testFindDatesInOpenLetterParagraphs() {
        let text = """
        In a letter dated 23 May 2017 to the OGP Steering Committee, the Núcleo outline the reasons.
        In May 2016, a coalition of South African activists raised concerns. Prior to this, in July 2015,
        South African CSOs raised concerns around increased state surveillance.
        """
        XCTAssertEqual(DateParser.findDates(in: text, language: "en"), [
            DateMatch(text: "23 May 2017", iso: "2017-05-23", precision: .day),
            DateMatch(text: "May 2016", iso: "2016-05", precision: .month),
            DateMatch(text: "July 2015", iso: "2015-07", precision: .month),
        ])
    }

    func testFindDatesInFootnotesIgnoresUrls() {
        let text = """
        ¹ 23 May 2017. Open Letter: Mexican Civil Society Statement for OGP Steering Committee:
        https://www.opengovpartnership.org/sites/default/files/Mexican_Letter_Civil-Society_May23-2017.pdf
        ³ 12 June 2013 The Global Principles on National Security and the Right to Information:
        <https://www.opensocietyfoundations.org/sites/default/files/global-principles-national-security-10232013.pdf>
        """
        XCTAssertEqual(DateParser.findDates(in: text, language: "en").map(\.iso), ["2017-05-23", "2013-06-12"])
    }

    func testFindDatesAcrossFormsAndLanguages() {
        let text = "Firmado el 19 de abril de 2020, recibido el 15.08.2025 y archivado el 2025-09-01; Junio 19 de 2020."
        XCTAssertEqual(DateParser.findDates(in: text, language: "es"), [
            DateMatch(text: "19 de abril de 2020", iso: "2020-04-19", precision: .day),
            DateMatch(text: "15.08.2025", iso: "2025-08-15", precision: .day),
            DateMatch(text: "2025-09-01", iso: "2025-09-01", precision: .day),
            DateMatch(text: "Junio 19 de 2020", iso: "2020-06-19", precision: .day),
        ])
        XCTAssertEqual(DateParser.findDates(in: "Due 04/05/2025.", language: "en").map(\.iso), ["2025-04-05"])
        XCTAssertEqual(DateParser.findDates(in: "Dû le 04/05/2025.", language: "fr").map(\.iso), ["2025-05-04"])
    }

    func testFindDatesSkipsInvalidDatesWithoutReadingPartsOfThem() {
        let dates = DateParser.findDates(in: "Between 31 February 2017 and 1 March 2017.", language: "en")
        XCTAssertEqual(dates, [DateMatch(text: "1 March 2017", iso: "2017-03-01", precision: .day)])
    }

    func testFindDatesIgnoresYearsNumbersAndWordsThatLookLikeMonths() {
        let text = """
        From 2015 to 2017 we carried out 2017 reforms and set 2020 goals, ago 2019.
        See section 3.1.12 of version 1.2.3, page 2 of 4, at 1110 Vermont Avenue NW, Suite 500.
        """
        XCTAssertEqual(DateParser.findDates(in: text, language: "en"), [])
        XCTAssertEqual(DateParser.findDates(in: "", language: nil), [])
    }
}
