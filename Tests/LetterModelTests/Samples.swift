import LetterModel

/// Letters built in code for the encoding and schema tests.
enum Samples {
    /// Every field set, every list non-empty, every enum case that fits used once.
    static var full: Letter {
        Letter(
            source: Source(
                file: "open-letter.pdf",
                sha256: String(repeating: "ab", count: 32),
                format: .pdf,
                pages: 2,
                metadata: .init(title: "Open Letter", author: "A. Author", producer: "LibreOffice 7.4", created: "2019-04-02T10:20:00Z")
            ),
            language: "en",
            sender: Party(lines: ["Example Coalition", "1 Main Street"], name: "Example Coalition"),
            date: LetterDate(text: "16 May 2017", iso: "2017-05-16", precision: .day, page: 1),
            place: "Berlin",
            addressee: Party(lines: ["The Open Government Partnership", "Suite 500/Open Gov Hub"], name: "The Open Government Partnership"),
            cc: ["Jane Roe, Ministry"],
            subject: "Letter in Solidarity",
            salutation: "Dear Members:",
            body: [
                BodyBlock(kind: .heading, text: "Our Call", page: 1, bbox: BoundingBox(x0: 72, y0: 100.25, x1: 523.3, y1: 112)),
                BodyBlock(kind: .paragraph, text: "We call on all OGP members to act.", footnoteRefs: ["1", "*"], page: 1,
                          bbox: BoundingBox(x0: 72, y0: 120, x1: 523.3, y1: 160.5)),
                BodyBlock(kind: .listItem, text: "Review commitments.", page: 2, bbox: nil),
                BodyBlock(kind: .quote, text: "“Quoted”", page: nil, bbox: nil),
            ],
            callsToAction: [CallToAction(text: "We call on all OGP members to act.", target: "all OGP members", bodyIndex: 1)],
            footnotes: [
                Footnote(label: "1", text: "See https://example.org/a", urls: ["https://example.org/a"], page: 1),
                Footnote(label: "*", text: "Unpaged note."),
            ],
            closing: "Yours in Solidarity,",
            signatories: [
                Signatory(name: "Jane Doe", kind: .person, role: "Director", organization: "Example Org", location: "Mexico"),
                Signatory(name: "Example Org", kind: .organization),
            ],
            annexes: [Annex(title: "Annex A", body: [BodyBlock(kind: .paragraph, text: "Enclosure.", page: 2)]), Annex(title: nil, body: [])],
            links: [Link(text: "example.org", uri: "https://example.org/a", page: 1)],
            warnings: [LetterWarning(.noDate, field: "date", "date: two candidates")]
        )
    }

    /// Only what is required: every optional absent, every list empty.
    static var minimal: Letter {
        Letter(source: Source(file: "note.txt", sha256: String(repeating: "0", count: 64), format: .text))
    }
}
