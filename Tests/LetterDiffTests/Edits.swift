import LetterModel

/// A revised version of the sample letter, made by the edits a drafting group actually makes.
/// Each edit is named so that tests can say what a reader should be told about it.
enum Revision {
    static let insertedParagraph = "Since this letter was first circulated, further organisations have reported surveillance of their staff."
    static let oldCall = "We call on all OGP members to recall"
    static let newCall = "We urge all OGP members to recall"

    /// - date 14 June 2017 → 21 June 2017
    /// - signatories: list reversed; "Black Sash" removed; "Right2Know Campaign" added;
    ///   "Open Democracy Advice Centre (ODAC)" gets a role; "The Public Service Accountability
    ///   Monitor (PSAM)" loses its "The" (not a change)
    /// - call in ¶ 3 reworded ("We call on" → "We urge"), in the body and the call list
    /// - a paragraph inserted after old ¶ 5; old ¶ 11 ("It is with this in mind…") moved to
    ///   just before the last paragraph
    /// - footnote 2 reworded
    static func apply(to letter: Letter) -> Letter {
        var l = letter
        l.date = LetterDate(text: "21 June 2017", iso: "2017-06-21", precision: .day)

        var signers = Array(l.signatories.reversed())
        signers.removeAll { $0.name == "Black Sash" }
        if let i = signers.firstIndex(where: { $0.name == "Open Democracy Advice Centre (ODAC)" }) { signers[i].role = "Secretariat" }
        if let i = signers.firstIndex(where: { $0.name == "The Public Service Accountability Monitor (PSAM)" }) {
            signers[i].name = "Public Service Accountability Monitor (PSAM)"
        }
        signers.append(Signatory(name: "Right2Know Campaign", kind: .organization))
        l.signatories = signers

        l.body[2].text = l.body[2].text.replacingOccurrences(of: oldCall, with: newCall)
        l.callsToAction[0].text = l.callsToAction[0].text.replacingOccurrences(of: oldCall, with: newCall)

        l.footnotes[1].text = "Refer to the full Open Government Declaration"

        var body = l.body
        let moved = body.remove(at: 10)
        body.insert(moved, at: body.count - 1)
        body.insert(BodyBlock(kind: .paragraph, text: insertedParagraph), at: 5)
        l.body = body
        return l
    }
}

/// The sample letter with back matter, as its web page gives it: an annex of signatories, an
/// annex of earlier statements, and links. The text sample has none of these (and a text
/// letter records no links), so tests add them here and then edit copies.
enum BackMatter {
    static let signatoriesAnnex = Annex(title: "Annex 1: list of signatories", body: [
        BodyBlock(kind: .listItem, text: "Afesis-corplan"),
        BodyBlock(kind: .listItem, text: "Black Sash"),
        BodyBlock(kind: .listItem, text: "Corruption Watch"),
    ])
    static let statementsAnnex = Annex(title: "Annex 2: earlier statements", body: [
        BodyBlock(kind: .paragraph, text: "The Mexican civil society statement of 23 May 2017 to the OGP Steering Committee."),
    ])
    static let addedAnnex = Annex(title: "Annex 3: endorsements", body: [
        BodyBlock(kind: .paragraph, text: "Endorsed by the Africa Freedom of Information Centre."),
    ])
    static let declaration = Link(text: "Open Government Declaration", uri: "https://www.opengovpartnership.org/open-government-declaration/", page: 1)
    static let mexicanLetter = Link(text: "letter", uri: "https://www.opengovpartnership.org/sites/default/files/Mexican_Letter.pdf", page: 1)
    static let tshwane = Link(text: "Tshwane principles", uri: "https://www.opensocietyfoundations.org/tshwane", page: 2)
    static let newDeclarationURI = "https://www.opengovpartnership.org/about/open-government-declaration/"
    static let addedLink = Link(text: "Right2Know Campaign", uri: "https://www.r2k.org.za/", page: 3)

    /// The letter as read from its HTML page (a format that records links).
    static func apply(to letter: Letter) -> Letter {
        var l = letter
        l.source.format = .html
        l.annexes = [signatoriesAnnex, statementsAnnex]
        l.links = [mexicanLetter, declaration, tshwane]
        return l
    }

    /// - annex 1 reworded: "Black Sash" → "Right2Know Campaign"; annex 2 removed; annex 3 added
    static func editAnnexes(_ letter: Letter) -> Letter {
        var l = letter
        l.annexes[0].body[1].text = "Right2Know Campaign"
        l.annexes = [addedAnnex, l.annexes[0]]
        return l
    }

    /// - "letter" removed; the declaration pointed to a new URI (its text re-spaced with a
    ///   no-break and a doubled space, which is typesetting); a Right2Know link added
    static func editLinks(_ letter: Letter) -> Letter {
        var l = letter
        l.links.removeAll { $0.uri == mexicanLetter.uri }
        if let i = l.links.firstIndex(where: { $0.uri == declaration.uri }) {
            l.links[i].uri = newDeclarationURI
            l.links[i].text = "Open\u{00A0}Government  Declaration"
            l.links[i].page = 2
        }
        l.links.append(addedLink)
        return l
    }

    /// Where "We are alarmed by what appears…" stands in the body, a paragraph that tests turn
    /// into a heading.
    static func alarmedParagraph(in letter: Letter) -> Int? {
        letter.body.firstIndex { $0.text.hasPrefix("We are alarmed") }
    }
}
