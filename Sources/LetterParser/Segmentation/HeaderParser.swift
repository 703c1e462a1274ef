import Foundation
import Layout
import LetterModel

/// Reads the part of a letter before its body: letterhead, date and place, inside address,
/// subject, cc.
struct HeaderParser {
    var traits: BlockTraits
    var language: String?
    /// The letter's salutation, when it has one: an address block naming the body the
    /// salutation addresses is the inside address wherever it is set.
    var salutation: String? = nil

    struct Result {
        var sender: Party?
        var date: LetterDate?
        var place: String?
        var addressee: Party?
        var subject: String?
        var cc: [String] = []
        /// Whether a label named the field ("Subject:", "To:", "From:"): the surest reading,
        /// which the field's confidence reflects.
        var subjectLabelled = false
        var addresseeLabelled = false
        var senderLabelled = false
    }

    /// A label standing alone on its line ("To", "Copy to:"): the lines after it, up to the
    /// next label, are the addressee or one cc entry.
    enum StandaloneLabel { case to, copy }

    static func standaloneLabel(_ block: Block) -> StandaloneLabel? {
        guard block.lines.count == 1 else { return nil }
        let t = block.text.lowercased().trimming(charactersIn: " :")
        if ["to", "an", "an das", "an den", "an die", "à", "para", "attn", "attention", "addressed to", "destinataire"].contains(t) { return .to }
        if ["cc", "c.c", "copy to", "copies to", "copy", "copia a", "copia", "copie à", "kopie an", "com cópia para"].contains(t) { return .copy }
        return nil
    }

    /// Header fields set as one block ("From: …" / "To: …" / "Subject: …" lines of an e-mail
    /// or a memo) split into one block per field, so each label is read on its own.
    static func splittingFieldLines(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            guard block.lines.count > 1, block.lines.dropFirst().contains(where: { Patterns.isFieldLabel($0.text.trimmingBlanks()) })
            else { return [block] }
            var groups: [[Line]] = []
            for line in block.lines {
                if groups.isEmpty || Patterns.isFieldLabel(line.text.trimmingBlanks()) { groups.append([line]) } else { groups[groups.count - 1].append(line) }
            }
            return groups.map { lines in
                var part = block
                part.lines = lines
                return part
            }
        }
    }

    func parse(_ blocks: [Block]) -> Result {
        let blocks = Self.splittingFieldLines(blocks)
        var result = Result()
        var labelledSender: [String] = []
        var rest: [Block] = []
        var subjectPosition: Int? = nil  // the inside address comes before a labelled subject
        var labelled: StandaloneLabel? = nil
        var labelledAddress: [String] = []
        var datePosition: Int? = nil  // how many blocks of `rest` came before the date
        for block in blocks {
            // "An das" / "To" on the first line of the address block itself.
            if labelledAddress.isEmpty, block.lines.count > 1, var label = block.lines.first {
                label.text = label.text.trimmingBlanks()
                if Self.standaloneLabel(Block(lines: [label])) == .to {
                    labelledAddress = block.lines.dropFirst().map { $0.text.trimmingBlanks() }.filter { !$0.isEmpty }
                    continue
                }
            }
            if let label = Self.standaloneLabel(block) {
                labelled = label
                if label == .copy { result.cc.append("") }
                continue
            }
            // (A block that opens with a label of its own, "CC: …" after "To:", ends the run.)
            if let label = labelled, block.lines.count <= 3, !traits.isProse(block), dateline(block) == nil,
               !Patterns.isSubjectLabel(block.text), !Patterns.isCcLabel(block.lines.first?.text.trimmingBlanks() ?? "") {
                let lines = block.lines.map { $0.text.trimmingBlanks() }.filter { !$0.isEmpty }
                if label == .to {
                    labelledAddress += lines
                } else {
                    let entry = ([result.cc.removeLast()] + lines).filter { !$0.isEmpty }.joined(separator: ", ")
                    result.cc.append(entry)
                }
                continue
            }
            labelled = nil
            let first = block.lines.first?.text.trimmingBlanks() ?? ""
            if labelledSender.isEmpty, let lines = labelledLines(block, label: Patterns.fromLabel, stems: Patterns.fromStems) {
                labelledSender = lines
                continue
            }
            // "To: European Commission": the label names the addressee outright (the loop below
            // would pass the line over as labelled metadata such as "Our ref: AB/12").
            if labelledAddress.isEmpty, let lines = labelledLines(block, label: Patterns.toLabel, stems: Patterns.toStems)?.filter({ !Self.isDeliveryNote($0) }),
               !lines.isEmpty {
                labelledAddress = lines
                continue
            }
            if Patterns.isCcLabel(first) {
                result.cc += Self.ccNames(block.text)
                continue
            }
            if result.subject == nil, let range = Patterns.subjectLabel.firstMatch(in: first, range: NSRange(first.startIndex..., in: first)),
               let r = Range(range.range, in: first) {
                var lines = block.lines
                lines[0].text = String(first[r.upperBound...])
                result.subject = Self.clean(TextJoin.join(lines))
                result.subjectLabelled = true
                subjectPosition = rest.count
                continue
            }
            if result.date == nil, block.lines.count <= 2, let match = dateline(block) {
                result.date = LetterDate(text: match.text, iso: match.iso, precision: match.precision, page: block.page)
                result.place = match.place
                datePosition = rest.count
                continue
            }
            if result.date == nil, block.lines.count <= 3, let (match, remainder) = trailingDate(block) {
                result.date = LetterDate(text: match.text, iso: match.iso, precision: match.precision, page: block.page)
                var trimmed = block
                trimmed.lines = [Line(text: remainder, box: block.box, page: block.page, fontSize: block.fontSize,
                                      isBold: block.isBold, isItalic: block.isItalic)]
                if !remainder.isEmpty { rest.append(trimmed) }
                continue
            }
            rest.append(block)
        }
        result.cc = result.cc.filter { !$0.isEmpty }
        // A subject line without a label, set after the date just above the salutation
        // ("Offener Brief zur Vorratsdatenspeicherung", as DIN 5008 letters have it).
        if result.subject == nil, let p = datePosition, let last = rest.last, rest.count - 1 >= p, isUnlabelledSubject(last) {
            result.subject = Self.clean(last.text)
            rest.removeLast()
        }
        result.senderLabelled = !labelledSender.isEmpty
        if !labelledAddress.isEmpty {
            result.addressee = Party(lines: labelledAddress, name: labelledAddress.first)
            result.addresseeLabelled = true
            let senderLines = rest.flatMap { $0.lines.map(\.text) }.filter { !$0.isEmpty }
            if !senderLines.isEmpty { result.sender = Party(lines: senderLines, name: senderLines.first) }
            if result.subject == nil, let title = rest.last(where: { isTitle($0, isLast: true) && !Self.isLetterhead($0.text) }) {
                result.subject = Self.clean(title.text)
            }
            if !labelledSender.isEmpty { result.sender = Party(lines: labelledSender, name: labelledSender.first) }
            return result
        }
        // The inside address: the last left-aligned, address-like block; earlier blocks are
        // the letterhead. A title (bold, large, capitals or centred) is the subject when no
        // labelled subject line exists.
        var addresseeIndex: Int? = nil
        for (i, block) in rest.enumerated().reversed() {
            if let p = subjectPosition, i >= p { continue }
            // Contact details and fragments ("TEL …", "Sebasti-", "11014 Berlin") are no address.
            if block.lines.count == 1, block.text.hasSuffix("-") || block.text.first?.isNumber == true { continue }
            // The sender's return line in small type above an address window.
            if block.lines.count == 1, traits.bodySize > 0, block.fontSize < 0.8 * traits.bodySize { continue }
            if block.lines.filter({ BlockTraits.isContactLine($0.text) }).count * 2 >= block.lines.count { continue }
            if isTitle(block, isLast: i == rest.count - 1) || isUnlabelledSubject(block) { continue }
            // The first lines of a title that the layout set as a block of its own: the title's
            // own type, at its left edge, right above the rest of it (no line's space between).
            if i + 1 < rest.count, let a = block.box, let b = rest[i + 1].box, abs(a.x0 - b.x0) < 2,
               b.y0 - a.y1 < 0.5 * block.fontSize, block.isBold == rest[i + 1].isBold, abs(block.fontSize - rest[i + 1].fontSize) < 0.5,
               isTitle(rest[i + 1], isLast: i + 1 == rest.count - 1), isTitle(block, isLast: true) { continue }
            // A one-line sentence ("Lettre recommandée avec accusé de réception.") is a
            // mention, not an address.
            if block.lines.count == 1, block.text.hasSuffix("."), block.text.split(separator: " ").count >= 4 { continue }
            // "Aktenzeichen: O1-15016", "Our ref: AB/12": labelled metadata, not an address.
            if block.lines.allSatisfy({ Self.isLabelledValue($0.text) }) { continue }
            if Self.isTitleNotAddress(block) { continue }
            if block.alignment == .left || block.alignment == .justified || namesWhomTheSalutationAddresses(block) {
                addresseeIndex = i
                break
            }
        }
        var titles = rest.enumerated().filter {
            isTitle($0.element, isLast: $0.offset >= (addresseeIndex ?? -1)) && $0.offset != addresseeIndex && !Self.isLetterhead($0.element.text)
        }
        // "COMMUNIQUÉ", "OPEN LETTER" over the title proper: a heading that only names the kind
        // of document is no subject while another title says what the letter is about.
        if titles.contains(where: { !Self.namesOnlyTheKind($0.element.text) }) {
            titles.removeAll { Self.namesOnlyTheKind($0.element.text) }
        }
        // The largest title wins (an author line under a display title is also set large).
        if result.subject == nil, let title = titles.max(by: { ($0.element.fontSize, $0.offset) < ($1.element.fontSize, $1.offset) }) {
            // A title set on several lines of the same type can come out as adjacent blocks
            // (a centred last line); they are one title.
            var first = title.offset, last = title.offset
            let sameType = { (b: Block) in abs(b.fontSize - title.element.fontSize) < 0.5 && b.isBold == title.element.isBold && first != addresseeIndex }
            while first > 0, first - 1 != addresseeIndex, sameType(rest[first - 1]) { first -= 1 }
            while last + 1 < rest.count, last + 1 != addresseeIndex, sameType(rest[last + 1]) { last += 1 }
            result.subject = Self.clean(TextJoin.join(rest[first...last].flatMap(\.lines)))
            rest.removeSubrange(first...last)
            if let a = addresseeIndex, first < a { addresseeIndex = a - (last - first + 1) }
        }
        // No title by type: a line naming a kind of letter ("Open letter to the Board of …").
        if result.subject == nil, let i = rest.firstIndex(where: isUnlabelledSubject), i != addresseeIndex {
            result.subject = Self.clean(rest[i].text)
            rest.remove(at: i)
            if let a = addresseeIndex, i < a { addresseeIndex = a - 1 }
        }
        if let a = addresseeIndex {
            // Several recipients: address blocks stacked at the same left edge just above it.
            var start = a
            while start > 0, Self.stacksAbove(rest[start - 1], rest[start]), !isTitle(rest[start - 1], isLast: false) { start -= 1 }
            var lines = rest[start...a].flatMap { $0.lines.map { $0.text.trimmingBlanks() } }.filter { !$0.isEmpty }
            if let first = lines.first, let r = first.range(of: Patterns.toLabel.pattern, options: [.regularExpression, .caseInsensitive]) {
                lines[0] = String(first[r.upperBound...])
            }
            // "Via E-Mail", "By fax": how it was sent, not where.
            lines = lines.filter { !$0.isEmpty && !Self.isDeliveryNote($0) }
            if !lines.isEmpty { result.addressee = Party(lines: lines, name: lines.first) }
            // Short-lined blocks after the address that are no title either (a letterhead's side
            // column of contact details) are the sender's too: kept, not dropped. Sentences and
            // list items there are a body the decoder left in the heading (no salutation).
            let sideColumn = rest[(a + 1)...].filter { block in
                block.hint != .listItem && !traits.isProse(block) && block.lines.allSatisfy { line in
                    let text = line.text.trimmingBlanks()
                    let words = text.split(separator: " ")
                    // "… six years." ends a sentence; "… Deutschland e.V." an abbreviation.
                    let sentence = words.count >= 4 && text.hasSuffix(".") && words.last.map { !$0.dropLast().contains(".") } == true
                    return text.count < 70 && !sentence && !text.hasPrefix("- ") && !text.hasPrefix("• ")
                }
            }
            let senderLines = (rest[..<start] + sideColumn).flatMap { $0.lines.map(\.text) }.filter { !$0.isEmpty }
            if !senderLines.isEmpty { result.sender = Party(lines: senderLines, name: senderLines.first) }
        } else {
            let senderLines = rest.flatMap { $0.lines.map(\.text) }.filter { !$0.isEmpty }
            if !senderLines.isEmpty { result.sender = Party(lines: senderLines, name: senderLines.first) }
        }
        if !labelledSender.isEmpty { result.sender = Party(lines: labelledSender, name: labelledSender.first) }
        return result
    }

    /// Whether the block shares two or more capitalised words with the salutation ("Senate
    /// Standing Committees on Economics" / "To the Members of the Senate Economics References
    /// Committee:"): the address of those the letter is written to, not the sender's.
    func namesWhomTheSalutationAddresses(_ block: Block) -> Bool {
        guard let salutation, block.lines.count >= 2, block.lines.count <= 8 else { return false }
        func capitalised(_ text: String) -> Set<String> {
            Set(text.split { !$0.isLetter }.filter { $0.count >= 4 && $0.first?.isUppercase == true }
                .map { String($0.lowercased().prefix(6)) })
        }
        return capitalised(salutation).intersection(capitalised(block.text)).count >= 2
    }

    /// A date closing a heading line ("Joint Statement on Contact Tracing: Date 19th April 2020"):
    /// the date, and the text before it without the label.
    func trailingDate(_ block: Block) -> (DateMatch, String)? {
        let text = block.text
        guard let match = DateParser.findDates(in: text, language: language).last,
              let range = text.range(of: match.text, options: .backwards), text[range.upperBound...].trimmingBlanks().count <= 1
        else { return nil }
        var head = String(text[..<range.lowerBound])
        if let label = head.range(of: #"[\s,:;–—-]*\b(date[d]?|fecha|datum|data)?\s*[:.]?\s*$"#, options: [.regularExpression, .caseInsensitive]) {
            head.removeSubrange(label)
        }
        return (match, head.trimming(charactersIn: " ,:;–—-"))
    }

    func dateline(_ block: Block) -> DateMatch? {
        for line in block.lines {
            if let m = DateParser.parseDateline(line.text, language: language) { return m }
        }
        return nil
    }

    /// A letter's title: short, not a name or contact details, and set larger than the body —
    /// or, when nothing of the heading part follows it (`isLast`), set apart by weight,
    /// capitals or centring. A bold or capitalised line above the address is a letterhead.
    func isTitle(_ block: Block, isLast: Bool) -> Bool {
        let text = block.text
        guard text.count >= 8, text.count <= 200, block.lines.count <= 3 else { return false }
        if block.lines.contains(where: { BlockTraits.isContactLine($0.text) }) { return false }
        if Names.isPersonName(text) { return false }
        // Set larger, or marked as a heading by the source (Markdown "#", HTML <h1>).
        if traits.isLarger(block) || block.hint == .heading { return true }
        guard isLast else { return false }
        let letters = text.filter(\.isLetter)
        // An address in capitals has a street or postcode below its first line; a title does not.
        let addressLines = block.lines.dropFirst().contains { $0.text.contains(where: \.isNumber) }
        let allCaps = letters.count >= 8 && letters.allSatisfy { !$0.isLowercase } && !addressLines
        return block.isBold || allCaps || (block.alignment == .center && block.lines.count <= 2)
    }

    /// Names in a cc line: "cc: A, B and C" → [A, B, C].
    static func ccNames(_ text: String) -> [String] {
        guard let r = text.range(of: Patterns.ccLabel.pattern, options: [.regularExpression, .caseInsensitive]) else { return [] }
        let rest = text[r.upperBound...]
        var names: [String] = []
        for piece in rest.components(separatedBy: CharacterSet(charactersIn: ",;")).map({ $0.trimmingBlanks() }) where !piece.isEmpty {
            // "Ajay Banga, President of the World Bank Group": a role stays with the person it
            // follows ("OGP Support Unit, Minister of Public Service" are two recipients).
            if let last = names.last, Names.isPersonName(last), Names.isRole(piece), !Names.isPersonName(piece) {
                names[names.count - 1] = last + ", " + piece
            } else {
                names += piece.components(separatedBy: " and ").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
            }
        }
        return names
    }

    /// Whether `upper` is another address block directly above `lower`: two or more lines, the
    /// same left edge, on the same page, less than three lines' height apart.
    static func stacksAbove(_ upper: Block, _ lower: Block) -> Bool {
        guard let u = upper.box, let l = lower.box, upper.page == lower.page else { return false }
        let size = max(lower.fontSize, 1)
        // The sender's return address in small type over the address window is no recipient.
        if upper.fontSize < 0.85 * lower.fontSize { return false }
        // One line set on the address's own line pitch, in its type ("Deutscher Bundestag" over
        // "Platz der Republik 1"): the address's first line, which the layout cut off.
        if upper.lines.count == 1 {
            return abs(u.x0 - l.x0) < 2 && l.y0 - u.y1 >= -0.1 * size && l.y0 - u.y1 < 0.25 * size
                && abs(upper.fontSize - lower.fontSize) < 0.5 && upper.isBold == lower.isBold && upper.text.count < 70
        }
        return abs(u.x0 - l.x0) < size && l.y0 - u.y1 >= 0 && l.y0 - u.y1 < 3 * size
            && upper.lines.allSatisfy { $0.text.count < 70 }
    }

    static func isLabelledValue(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        return !label.isEmpty && label.count <= 24 && label.split(separator: " ").count <= 3 && !line[line.index(after: colon)...].trimmingBlanks().isEmpty
    }

    static func isDeliveryNote(_ line: String) -> Bool {
        let lower = line.lowercased()
        // "per E-Mail an: ausschuss@landtag.de": the words before the colon say how it was sent.
        let words = (lower.split(separator: ":", maxSplits: 1).first ?? "").split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard let first = words.first, ["via", "by", "per", "sent", "delivered", "par", "vía", "por"].contains(first), words.count <= 6 else { return false }
        return ["e-mail", "email", "fax", "mail", "post", "courier", "hand", "courriel", "correo", "telefax", "messenger", "electronic"].contains { k in words.contains { $0 == Substring(k) } }
    }

    /// The lines of a short, non-prose block whose first line opens with `label` ("From:",
    /// "To:"), without the label; nil when the block is no such field or holds nothing else.
    ///
    /// `stems` are the label expression's (``FirstWords/stems(of:)``): a first line opening with
    /// none of them is no such field, and the compiled expression is asked only about the rest
    /// (`range(of:options: .regularExpression)` compiled the pattern again on every call).
    func labelledLines(_ block: Block, label: NSRegularExpression, stems: [String]) -> [String]? {
        guard block.lines.count <= 6, !traits.isProse(block) else { return nil }
        guard let head = block.lines.first?.text.trimmingBlanks(), Patterns.opens(head, withStemIn: stems) else { return nil }
        guard let match = label.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)),
              let r = Range(match.range, in: head) else { return nil }
        let lines = [String(head[r.upperBound...]).trimmingBlanks()] + block.lines.dropFirst().map { $0.text.trimmingBlanks() }
        let kept = lines.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept
    }

    /// A line naming a kind of letter ("Open letter on …", "Offener Brief zur …", "Joint
    /// statement …"), not a person or an address: a subject even without a label or a larger
    /// type. Wrapped over two or three lines it still is one, when its first line names the kind
    /// ("LETTER TO THE SENATE: Entreating The National Assembly To Halt Its Annual" / "Recess").
    func isUnlabelledSubject(_ block: Block) -> Bool {
        let text = block.text.trimmingBlanks()
        guard (1...3).contains(block.lines.count), text.count >= 8, text.count <= (block.lines.count == 1 ? 160 : 240), !text.hasSuffix(":"),
              !BlockTraits.isContactLine(text), !Names.isPersonName(text) else { return false }
        if Self.hasAddressNumbers(block) { return false }
        // "Open letter" in small type in a corner of the letterhead: the house's label for the
        // kind of document, not what this letter is about.
        if Self.namesOnlyTheKind(text), traits.bodySize > 0, block.fontSize < 0.9 * traits.bodySize { return false }
        let first = block.lines.count == 1 ? text : block.lines[0].text
        return !Self.words(of: first).isDisjoint(with: Self.letterKindWords)
    }

    /// Whether a line after the first carries a number, as an address's street and postcode
    /// do and a wrapped title rarely does ("Petition Committee / 1 Molesworth Street /
    /// Wellington 6160" is an address though its first line names a kind of letter).
    static func hasAddressNumbers(_ block: Block) -> Bool {
        block.lines.count > 1 && block.lines.dropFirst().contains { $0.text.contains(where: \.isNumber) }
    }

    /// Headings that are no address wherever they stand: one word ("TRIBUNE"), a line naming
    /// the kind of letter ("CARTA ABIERTA", "Offener Brief an …"), or lines all in capitals
    /// with no digit and no line naming an organisation, a person or a role (a display title;
    /// an address in capitals has its street or postcode).
    static func isTitleNotAddress(_ block: Block) -> Bool {
        let text = block.text.trimmingBlanks()
        if !text.contains(" ") { return true }
        let first = block.lines.first?.text.trimmingBlanks() ?? ""
        if first.split(separator: " ").count <= 6, !words(of: first).isDisjoint(with: letterKindWords), !hasAddressNumbers(block) { return true }
        let letters = text.filter(\.isLetter)
        guard letters.count >= 8, letters.allSatisfy({ !$0.isLowercase }), !text.contains(where: \.isNumber) else { return false }
        return !block.lines.contains { line in
            let t = line.text.trimmingBlanks()
            return Names.isOrganization(t) || Names.isRole(t) || Names.isPersonName(t)
        }
    }

    /// Words that name a kind of letter, in the five languages the parser reads.
    static let letterKindWords = PartLexicon.nameSet(\.letterKinds)

    /// Whether every word of `text` names the kind of document ("Communiqué", "Open Letter",
    /// "Pressemitteilung", "Carta abierta"): a heading that says what the text is, not what
    /// it is about.
    static func namesOnlyTheKind(_ text: String) -> Bool {
        let w = words(of: text)
        return !w.isEmpty && w.isSubset(of: kindOnlyWords)
    }

    /// Letter-kind words and the words that qualify them in a document's kind.
    static let kindOnlyWords = letterKindWords.union(PartLexicon.nameSet(\.kindQualifiers))

    /// A heading that names an organisation ("Coalition for Clean Air", "Open Knowledge
    /// Foundation") rather than a letter ("Open Letter from the Coalition for Clean Air", "Joint
    /// Statement on …"): the sender's letterhead, not the subject.
    static func isLetterhead(_ text: String) -> Bool {
        guard Names.isOrganization(text) else { return false }
        return words(of: text).isDisjoint(with: titleWords)
    }

    /// The lower-cased words of `text`, for the word lists below.
    static func words(of text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    }

    /// Words that make a heading the letter's title in the five languages the parser reads.
    static let titleWords = letterKindWords.union(PartLexicon.nameSet(\.titleWords))

    static func clean(_ s: String) -> String {
        s.trimmingBlanks()
    }
}
