import Foundation
import Layout

/// The evidence each block gives for each part of a letter: named rules with weights.
///
/// Evidence, not gates: a salutation phrase makes a block very likely the salutation, but a
/// short line ending in a comma just above the first paragraph is a salutation too; a closing
/// formula in the lexicon is strong evidence, but so is a short line between the last
/// paragraph and a block of names. The decoder weighs all of it in the letter's order.
/// Weights are hand-set on a scale where 1 is one weak cue and 8 to 12 a lexicon phrase.
struct PartEvidence {
    var traits: BlockTraits
    var language: String?

    /// What is known of one block before any part is chosen.
    struct Facts {
        var text: String
        /// The text's length in Characters.
        var length: Int
        var lines: Int
        var prose: Bool
        var heading: Bool
        /// A heading, or one centred line set larger than the body with no closing punctuation
        /// (an enclosure's title on a scan, where neither bold nor a clear size step is known).
        var title: Bool
        var listItem: Bool
        var salutationPhrase: Bool
        var closingPhrase: Bool
        var fieldLabel: Bool
        var subjectLabel: Bool
        var dateline: Bool
        var signatoryHeading: Bool
        var annexHeading: Bool
        var separator: Bool
        var nameLike: Bool
        /// One to three short lines naming an organisation ("Association Adikia").
        var organisationLike: Bool
        var contact: Bool
        /// At least one line of contact details (web, e-mail, phone).
        var anyContact: Bool
        var shortLines: Bool
        /// Written in sentences: a full stop inside, or mostly lower-case words. A list of names
        /// and affiliations set in long lines is long like prose but mostly capitalised.
        var sentences: Bool
        /// One of a run of blocks that each open with a person's name and a comma, then who
        /// they are ("Jane Doe, paediatrician, former head of …"): a list of signers set as
        /// paragraphs, with no sentence in it.
        var signerEntry = false
    }

    func facts(_ blocks: [Block]) -> [Facts] {
        var facts = blocks.map { block in
            let text = block.text.trimmingBlanks()
            let lines = block.lines.map { $0.text.trimmingBlanks() }.filter { !$0.isEmpty }
            let first = lines.first ?? ""
            let prose = traits.isProse(block)
            let length = text.characterCount  // once: `count` breaks graphemes on every call
            let averageLine = Double(length) / Double(max(lines.count, 1))
            let closingShape = length <= 60 || (length <= 200 && text.hasSuffix(","))
            // Names, roles and contact lines are looked for only outside prose (and contact in
            // short prose blocks): cheap for long letters. Each line is tested once.
            let contactLines = !prose || lines.count <= 8 ? lines.filter(BlockTraits.isContactLine).count : 0
            let anyContact = !prose && contactLines > 0
            let contact = !lines.isEmpty && lines.count <= 8 && contactLines * 2 >= lines.count
            var nameLike = false
            if !prose, !lines.isEmpty, lines.count <= 8 {
                let nameLines = lines.filter(SignatoryParser.isPersonLine).count
                if nameLines > 0 {
                    let orgLines = lines.filter { $0.characterCount <= 80 && (Names.isOrganization($0) || Names.isRole($0)) && !$0.containsBytes(of: ". ") }.count
                    nameLike = Double(nameLines + orgLines + contactLines) >= 0.5 * Double(lines.count)
                }
            }
            let short = lines.count <= 3 && length <= 200
            let organisationLike = !prose && short && !nameLike && lines.allSatisfy { $0.characterCount <= 80 }
                && !text.containsBytes(of: ". ") && lines.contains(where: Names.isOrganization)
            // "Signed," ends like a complimentary close, and is one; "Signed by:" and
            // "Signatories" stand over the list as its heading.
            let signingWord = length <= 80 && Patterns.isSignatoryHeading(text)
            let signedClose = signingWord && lines.count == 1 && text.hasSuffix(",")
            let heading = traits.isHeading(block)
            let title = heading || (block.alignment == .center && lines.count == 1 && length <= 80
                && traits.bodySize > 0 && block.fontSize > traits.bodySize && text.last.map { !".,;:".contains($0) } == true)
            return Facts(
                text: text, length: length, lines: lines.count,
                prose: prose, heading: heading, title: title,
                listItem: block.hint == .listItem,
                salutationPhrase: short && Patterns.isSalutation(text),
                closingPhrase: (closingShape && Patterns.isClosing(text)) || Patterns.isClosingSentence(text) || signedClose,
                fieldLabel: Patterns.isFieldLabel(first),
                subjectLabel: Patterns.isSubjectLabel(first),
                dateline: lines.count <= 2 && lines.contains { DateParser.parseDateline($0, language: language) != nil },
                signatoryHeading: signingWord && !signedClose,
                annexHeading: Patterns.isAnnexHeading(text),
                separator: length >= 3 && text.allSatisfy { "*-–—_=~·•".contains($0) || $0 == " " },
                nameLike: nameLike, organisationLike: organisationLike, contact: contact, anyContact: anyContact,
                shortLines: averageLine < 60 && !text.containsBytes(of: ". "),
                sentences: Self.readsAsSentences(text)
            )
        }
        let opensWithName = facts.map { Self.opensWithPersonAndComma($0) }
        for i in facts.indices where opensWithName[i] {
            facts[i].signerEntry = (i > 0 && opensWithName[i - 1]) || (i + 1 < facts.count && opensWithName[i + 1])
        }
        return facts
    }

    /// "Bernard Echenne, neurologue pédiatre, ancien chef du service …": a person's name, a
    /// comma, then a description with no sentence stop, in at most four lines.
    static func opensWithPersonAndComma(_ f: Facts) -> Bool {
        guard f.lines <= 4, f.length <= 320, !f.salutationPhrase, !f.closingPhrase,
              f.text.includes(", "), !hasSentenceStop(f.text),
              let head = SignatoryParser.leadingName(f.text) else { return false }
        return (2...4).contains(head.split(separator: " ").count) && !Names.isRole(head)
    }

    /// Sentences have mostly lower-case words (German capitalises its nouns, so a full stop
    /// inside lets a text through with more capitals); lists of names and affiliations have
    /// mostly capitalised words and full stops only after initials.
    static func readsAsSentences(_ text: String) -> Bool {
        let share = capitalisedShare(text)
        return share < 0.5 || (share < 0.7 && text.containsBytes(of: ". "))
    }

    /// A full stop after a word of five letters or more: the end of a sentence, where "Mr.",
    /// "Exmo." or "J." are abbreviations and initials.
    ///
    /// Where each scalar is a Character (nearly all text) the scalars are read, each
    /// Character test asked of its scalar; ``slowHasSentenceStop(_:)`` otherwise.
    static func hasSentenceStop(_ text: String) -> Bool {
        text.isOneScalarPerCharacter ? sentenceStop(in: text.unicodeScalars) : slowHasSentenceStop(text)
    }

    static func slowHasSentenceStop(_ text: String) -> Bool { sentenceStop(in: text) }

    private static func sentenceStop<Units: Sequence>(in units: Units) -> Bool where Units.Element: TextUnit {
        var letters = 0
        var previous: Units.Element = " "
        for c in units {
            if c == " " && previous == "." && letters >= 5 { return true }
            if c.isUnitLetter { letters += 1 } else if c != "." { letters = 0 }
            if c == " " { letters = 0 }
            previous = c
        }
        return false
    }

    /// The share of a text's words that open with a capital letter.
    ///
    /// Where each scalar is a Character (nearly all text) the scalars are read in one pass;
    /// otherwise words of ASCII alone are read from their bytes (each Character there is one
    /// scalar, a letter when `A`–`Z` or `a`–`z`) and the others as Characters, as
    /// ``slowCapitalisedShare(_:)``.
    static func capitalisedShare(_ text: String) -> Double {
        var words = 0, capitalised = 0
        if text.isOneScalarPerCharacter {
            // One pass, no words built: every space scalar is a space Character that parts words;
            // each word counts at its first letter.
            var inWord = false, seeking = false
            for scalar in text.unicodeScalars {
                if scalar == " " { inWord = false; continue }
                if !inWord { inWord = true; seeking = true }
                guard seeking, scalar.isLetter else { continue }
                seeking = false
                words += 1
                if scalar.isUppercaseCharacter { capitalised += 1 }
            }
            return words == 0 ? 0 : Double(capitalised) / Double(words)
        }
        for word in text.spaceSeparatedWords() {
            if word.isASCIIOnly {
                guard let first = word.utf8.first(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { continue }
                words += 1
                if first <= 0x5A { capitalised += 1 }
            } else {
                guard let first = word.first(where: \.isLetter) else { continue }
                words += 1
                if first.isUppercase { capitalised += 1 }
            }
        }
        return words == 0 ? 0 : Double(capitalised) / Double(words)
    }

    /// What ``capitalisedShare(_:)`` computes, as it was written first (the tests compare the two).
    static func slowCapitalisedShare(_ text: String) -> Double {
        var words = 0, capitalised = 0
        for word in text.split(separator: " ") {
            guard let first = word.first(where: \.isLetter) else { continue }
            words += 1
            if first.isUppercase { capitalised += 1 }
        }
        return words == 0 ? 0 : Double(capitalised) / Double(words)
    }

    /// The evidence of block `i` for `part`, or `nil` when the block cannot be in that part.
    func evidence(_ part: LetterPart, at i: Int, in facts: [Facts]) -> [Evidence]? {
        let f = facts[i]
        let next = i + 1 < facts.count ? facts[i + 1] : nil
        let previous = i > 0 ? facts[i - 1] : nil
        var e: [Evidence] = []
        func add(_ rule: String, _ weight: Double) { e.append(Evidence(rule: rule, weight: weight)) }
        let punctuated = f.text.last.map { ",:!".contains($0) } ?? false
        switch part {
        case .heading:
            if f.prose && !f.subjectLabel { add("prose", -1.5) }
            if f.listItem { add("list-item", -2) }
            if f.salutationPhrase && punctuated { add("salutation-phrase", -2) }
            if f.closingPhrase { add("closing-phrase", -3) }
            if f.fieldLabel || f.dateline { add(f.dateline ? "dateline" : "field-label", 2) }
            if f.heading { add("title", 1) }
            if !f.prose && f.shortLines && f.lines <= 8 { add("short-lines", 0.5) }
        case .salutation:
            guard f.lines <= 3, f.length <= 200, !f.fieldLabel, !f.dateline, !f.closingPhrase else { return nil }
            let beforeProse = (next?.prose ?? false) && f.length < 60 && f.lines == 1
            if f.salutationPhrase && (punctuated || beforeProse) {
                add("salutation-phrase", 12)
            } else if f.lines == 1, f.length <= 100, punctuated, f.text.last != "!" || f.length <= 60,
                      f.text.first?.isUppercase == true, !Self.hasSentenceStop(f.text),
                      f.text.split(separator: " ").count >= 2, let next,
                      next.prose || next.listItem || (next.heading && i + 2 < facts.count && facts[i + 2].prose) {
                // "Greetings distinguished,", "To the Members of the Committee:": a short line
                // ending in a comma or colon just above the letter's first paragraph (or above a
                // title that stands over it).
                add("salutation-shape", 3)
            } else {
                return nil
            }
        case .body:
            if f.prose { add(f.sentences ? "prose" : "names-in-lines", f.sentences ? 3 : 1) }
            if f.listItem { add("list-item", f.nameLike ? 0.5 : (f.sentences ? 1.5 : 1)) }
            if f.heading && !f.listItem { add("heading", next?.prose == true ? 0.5 : 0) }
            if f.nameLike && !f.listItem { add("name-lines", -0.5) }
            if f.signerEntry { add("signer-entries", -1) }
            if f.contact && !f.listItem && !f.prose { add("contact", -0.5) }
            if f.signatoryHeading { add("signatory-heading", -4) }
            if f.closingPhrase { add("closing-phrase", f.text.hasSuffix(".") && f.length <= 40 ? -1 : -6) }
            if f.annexHeading || f.separator { add("annex-heading", -1) }
        case .closing:
            if f.closingPhrase {
                // "Thank you." ending with a full stop may as well be the body's last sentence.
                add("closing-phrase", f.text.hasSuffix(".") && f.length <= 40 ? 5 : 8)
            } else if f.length <= 60, f.lines <= 2, !f.prose, !f.heading, !f.dateline, !f.fieldLabel,
                      f.text.last.map({ ",".contains($0) || $0.isLetter }) ?? false,
                      let previous, previous.prose || (previous.sentences && previous.text.last.map { ".!?".contains($0) } == true),
                      let next, next.nameLike || next.signatoryHeading,
                      !f.nameLike {
                // "Signed,", "Bien sincèrement,", "Thank you": the short line between the last
                // paragraph and the names.
                add("closing-position", 3)
            } else {
                return nil
            }
        case .signature:
            if f.signatoryHeading { add("signatory-heading", 4) }
            if f.signerEntry { add("signer-entries", 3.5) }
            if f.nameLike { add("name-lines", 2.5) }
            if f.organisationLike && !f.listItem && !f.contact { add("organisation-lines", 1) }
            // Several lines of capitalised words with no sentence: a list of names or groups.
            if !f.prose && !f.sentences && f.lines >= 2 && !f.nameLike && !f.organisationLike && !f.listItem && !f.anyContact {
                add("capitalised-lines", 0.75)
            }
            if f.listItem && !f.nameLike {
                if !f.sentences && !f.contact && f.text.split(separator: " ").count <= 25 && f.text.numberCount < 4 {
                    add("listed-names", 1)
                } else {
                    add("list-item", -1)
                }
            }
            // Weak cues: many of them in a row must not outweigh one closing formula.
            // Contact details go with a signer's name; alone they are the sender's footer.
            if f.contact { add("contact", f.nameLike ? 0.5 : -0.5) }
            // A short sentence ("If you need more information, write to …") is no signer; a
            // fragment of a wrapped role ("pédiatrie, Groupe hospitalier") may be.
            if !f.prose && f.sentences && f.lines <= 3 && !f.listItem && !f.nameLike && f.text.split(separator: " ").count >= 8 {
                add("sentence", -1)
            }
            if !f.prose && f.shortLines { add("short-lines", 0.25) }
            // A list of names set in long lines is prose by length, but has no sentences; nor
            // has a signer's entry that runs over a few lines.
            if f.prose && !f.signerEntry { add(f.sentences ? "prose" : "names-in-lines", f.sentences ? -3 : 1) }
            if f.salutationPhrase && punctuated { add("salutation-phrase", -3) }
            if f.closingPhrase { add("closing-phrase", -4) }  // the closing is still to come
            // A title set over paragraphs ("Declaration of Undertaking" over its clauses) heads
            // an enclosure; a signer's name stands over roles and addresses, not sentences.
            if f.title && !f.nameLike && !f.signatoryHeading, let next, next.prose && next.sentences { add("title-over-prose", -1) }
            // The letter's last block, one or two lines naming an organisation or a person
            // right after the last sentences ("– Association Adikia"), with no closing: the
            // sign-off. (Dash-led, it reads as a list item as well.)
            if next == nil, f.lines <= 2, f.organisationLike || f.nameLike, !f.sentences || f.lines == 1, let previous, previous.sentences {
                add("sign-off", 1)
            }
        case .annex:
            // Afterwords, tables, forms, comments: written like the body, so they score like it;
            // the closing and the signatures before them decide where the letter ends.
            if f.annexHeading || f.separator { add(f.separator ? "separator" : "annex-heading", 6) }
            if f.signerEntry { add("signer-entries", -1) }
            if f.prose { add(f.sentences ? "prose" : "names-in-lines", f.sentences ? 3 : 1) }
            if f.listItem { add("list-item", f.nameLike ? 0.5 : (f.sentences ? 1.5 : 1)) }
            if f.heading && !f.listItem { add("heading", next?.prose == true ? 0.5 : 0) }
            if f.closingPhrase { add("closing-phrase", -4) }
        }
        return e
    }
}
