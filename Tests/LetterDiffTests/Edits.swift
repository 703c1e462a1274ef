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
