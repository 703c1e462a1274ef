import Foundation
import Geometry
import Layout
import LetterModel

/// Reads the signature part of a letter: person blocks ("Jane Doe / Director / Example Org")
/// and lists of organisations or people, possibly in columns and grouped under headings.
struct SignatoryParser {
    var language: String?

    func parse(_ blocks: [Block]) -> [Signatory] {
        let blocks = SignatureEntries.attachingRoles(blocks)
        var result: [Signatory] = []
        var location: String? = nil
        var unfollowedBold: (line: String, at: Int)? = nil
        let allBold = !blocks.isEmpty && blocks.allSatisfy(\.isBold)
        let tables = Self.tableColumns(blocks)
        // Each block's page and box, read once: every block is checked against all the others.
        let places = blocks.map { Place(page: $0.page, box: $0.box) }
        for (index, block) in blocks.enumerated() {
            if tables.consumed.contains(index) { continue }
            let lines = block.lines.map { $0.text.trimmingBlanks() }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            // "(Wildfeuer)" over "Rechtsanwältin": the name typed in brackets under a signature.
            if lines.count >= 2, Names.isRole(lines[1]), !Self.isPersonLine(lines[1]), !Self.opensWithName(lines[1]),
               let typed = Self.typedName(lines[0]) {
                let rest = lines.dropFirst(2).filter { !isNoise($0) }
                result.append(Signatory(name: typed, kind: .person, role: lines[1], organization: rest.first, location: location))
                continue
            }
            // "_____ / Name / Nigerian Citizen": the blank of a form for the reader to sign.
            if let first = lines.first(where: { !isNoise($0) }), Self.isFormPlaceholder(first) { continue }
            // A heading line of its own opens a group; a place-like heading sets the location.
            // A short bold line among plain entries ("Australia") is a heading too.
            // Names in bold side by side on one row (candidates signing) are signers, not
            // headings; a bold line alone ("United Kingdom") still heads what follows.
            let boldHeading = block.isBold && !allBold && lines.count == 1 && lines[0].spaceSeparatedWords().count <= 4
                && !Self.inRowOfBoldNames(index, blocks)
            if lines.count == 1, boldHeading || isGroupHeading(lines[0], block: block) {
                location = placeHeading(lines[0])
                // A bold line that nothing signed follows is the signer itself ("Association
                // Adikia" in bold over its motto and contact lines), settled after the loop.
                unfollowedBold = boldHeading && !isGroupHeading(lines[0], block: block) && !isNoise(lines[0]) ? (lines[0], result.count) : nil
                continue
            }
            // A table of names with their affiliations in the next column, row by row.
            if let partner = tables.partner[index] {
                for (name, affiliation) in zip(block.lines, blocks[partner].lines) {
                    let head = Self.personHead(name.text.trimmingBlanks())
                    let entryName = head?.name ?? name.text.trimmingBlanks()
                    guard !entryName.isEmpty, !isNoise(entryName) else { continue }
                    result.append(Signatory(name: entryName, kind: head == nil && !Names.isPersonName(entryName) ? .organization : .person,
                                            role: head?.role, organization: affiliation.text.trimmingBlanks(), location: location))
                }
                continue
            }
            // A block that opens with a role, just after a person named without one, is that
            // person's role, organisation and address, set apart by the space for a handwritten
            // signature ("Shelley Long" … "Committee Chair / 8656 Sycamore Lane N / Maple Grove").
            // Nothing is dropped: lines with digits (street, postcode) are the location, the others
            // the organisation; contact lines are left out as in every entry.
            if let last = result.last, last.kind == .person, last.role == nil, last.organization == nil, last.location == nil,
               Names.isRole(lines[0]), Self.personHead(lines[0]) == nil, lines.count <= 6,
               lines.dropFirst().allSatisfy({ $0.contains(where: \.isNumber) || BlockTraits.isContactLine($0)
                   || (Self.personHead($0) == nil && !Names.isPersonName($0) && !Self.opensWithName($0)) }) {
                let rest = lines.dropFirst().filter { !BlockTraits.isContactLine($0) }
                let address = rest.filter { $0.contains(where: \.isNumber) }, named = rest.filter { !$0.contains(where: \.isNumber) }
                result[result.count - 1].role = lines[0]
                if !named.isEmpty { result[result.count - 1].organization = named.joined(separator: ", ") }
                if !address.isEmpty { result[result.count - 1].location = address.joined(separator: ", ") }
                continue
            }
            let inColumns = Self.hasSideBySide(places[index], among: places)
            for entry in entries(block, inColumns: inColumns) {
                var entryLines = entry
                if let first = entryLines.first, isGroupHeading(first, block: nil) {
                    location = placeHeading(first)
                    entryLines.removeFirst()
                }
                guard !entryLines.isEmpty else { continue }
                // "(ODAC)" at the top of a column finishes the entry the previous column ended with.
                if entryLines.count == 1, entryLines[0].hasPrefix("("), let last = result.last, !last.name.hasSuffix(")") {
                    result[result.count - 1].name += " " + entryLines[0]
                    continue
                }
                if entryLines.count == 1, let names = Self.nameList(entryLines[0]) {
                    result += names.map { Signatory(name: $0, kind: .person, role: nil, organization: nil, location: location) }
                    continue
                }
                if let s = signatory(entryLines, location: location) { result.append(s) }
            }
        }
        if let (line, at) = unfollowedBold, result.count == at, let s = signatory([line], location: nil) { result.append(s) }
        if result.count == 1, let person = Self.soleSurnameEntry(result[0]) { result[0] = person }
        return Self.settleKinds(Self.stripRowNumbers(result.filter { !Self.isDescription($0.name) }))
    }

    /// A bare two-word entry ("Black Sash") reads like a person's name; in a list that is mostly
    /// organisations it is one too. Entries with a role or an organisation keep `person`.
    static func settleKinds(_ signatories: [Signatory]) -> [Signatory] {
        let bare = signatories.filter { $0.role == nil && $0.organization == nil }
        let organizations = bare.filter { $0.kind == .organization }.count
        guard bare.count >= 3, Double(organizations) >= 0.6 * Double(bare.count) else { return signatories }
        return signatories.map { s in
            var s = s
            if s.role == nil && s.organization == nil { s.kind = .organization }
            return s
        }
    }

    /// Pairs of blocks that are the two columns of one table: a left block and, soon after it in
    /// reading order, a block to its right on the same page with the same number of lines,
    /// each at the same height. `partner[left] = right`; the right blocks are `consumed`.
    static func tableColumns(_ blocks: [Block]) -> (partner: [Int: Int], consumed: Set<Int>) {
        var partner: [Int: Int] = [:]
        var consumed: Set<Int> = []
        // How many lines of each block open like a person ("Jane Doe, Director"), counted once
        // per block: a block is weighed against up to seven neighbours.
        var headCounts: [Int?] = Array(repeating: nil, count: blocks.count)
        func heads(_ index: Int) -> Int {
            if let count = headCounts[index] { return count }
            let count = blocks[index].lines.filter { personHead($0.text.trimmingBlanks()) != nil }.count
            headCounts[index] = count
            return count
        }
        for (i, left) in blocks.enumerated() where !consumed.contains(i) && left.lines.count >= 1 {
            guard let l = left.box else { continue }
            let size = max(left.fontSize, 1)
            for j in (i + 1)..<min(blocks.count, i + 8) where !consumed.contains(j) && partner[j] == nil {
                let right = blocks[j]
                guard right.page == left.page, right.lines.count == left.lines.count,
                      let r = right.box, r.x0 > l.x1 else { continue }
                let aligned = zip(left.lines, right.lines).allSatisfy { a, b in
                    guard let ab = a.box, let bb = b.box else { return false }
                    return abs(ab.y0 - bb.y0) < 0.5 * size
                }
                guard aligned else { continue }
                // Names on the left, affiliations (not names) on the right: a two-column list of
                // names or of organisations is read column by column instead.
                let people = heads(i)
                let affiliations = right.lines.count - heads(j)
                let n = Double(left.lines.count)
                if Double(people) >= 0.7 * n && Double(affiliations) >= 0.7 * n {
                    partner[i] = j
                    consumed.insert(j)
                    break
                }
            }
        }
        return (partner, consumed)
    }

    /// A block's page and box.
    struct Place {
        var page: Int?
        var box: Rect?
    }

    /// ``hasSideBySide(_:among:)`` from each block's page and box.
    static func hasSideBySide(_ place: Place, among places: [Place]) -> Bool {
        guard let box = place.box else { return false }
        return places.contains { other in
            guard other.page == place.page, let o = other.box, o != box else { return false }
            return o.verticalOverlap(box) > 0.5 * min(o.height, box.height) && o.horizontalOverlap(box) == 0
        }
    }

    /// Whether another block stands beside `block` on its page (overlapping it vertically).
    static func hasSideBySide(_ block: Block, among blocks: [Block]) -> Bool {
        guard let box = block.box else { return false }
        return blocks.contains { other in
            guard other.page == block.page, let o = other.box, o != box else { return false }
            return o.verticalOverlap(box) > 0.5 * min(o.height, box.height) && o.horizontalOverlap(box) == 0
        }
    }

    /// Whether block `i` is one of two or more bold one-line names set side by side on one row.
    static func inRowOfBoldNames(_ i: Int, _ blocks: [Block]) -> Bool {
        func boldName(_ b: Block) -> Bool {
            b.isBold && b.lines.count == 1 && isPersonLine(b.text.trimmingBlanks())
        }
        guard boldName(blocks[i]) else { return false }
        return [i - 1, i + 1].contains { j in
            j >= 0 && j < blocks.count && boldName(blocks[j])
                && (SignatureEntries.sameRow(blocks[max(i, j)], rightOf: blocks[min(i, j)]))
        }
    }

    /// A sentence introducing the list ("The founders of the following 457 companies.").
    static func isDescription(_ name: String) -> Bool {
        let words = name.spaceSeparatedWords().count
        if words >= 5 && name.hasSuffix(".") && !name.hasSuffix(".)") { return true }
        // A slogan or sentence run on for eight words or more, mostly in lower case ("Voter
        // Martine Voidey, c'est faire le choix de l'expérience, …"): no one's name.
        return words >= 8 && PartEvidence.capitalisedShare(name) < 0.5
    }

    /// Numbered lists ("1 Acme", "2 Beta", … "52 Zeta"): when most entries start with a number
    /// and those numbers cover a run 1…N, the numbers are row numbers, not part of the names.
    static func stripRowNumbers(_ signatories: [Signatory]) -> [Signatory] {
        func split(_ name: String) -> (Int, String)? {
            let parts = name.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return nil }
            return (n, String(parts[1]))
        }
        let numbered = signatories.compactMap { split($0.name) }
        guard signatories.count >= 5, Double(numbered.count) >= 0.6 * Double(signatories.count) else { return signatories }
        let numbers = Set(numbered.map(\.0))
        let covered = (1...max(1, numbers.max() ?? 1)).filter(numbers.contains).count
        guard Double(covered) >= 0.8 * Double(numbers.max() ?? 1) else { return signatories }
        return signatories.map { s in
            guard let (_, rest) = split(s.name) else { return s }
            var copy = s
            copy.name = rest
            copy.kind = Names.isPersonName(rest) ? .person : copy.kind
            return copy
        }
    }

    /// Splits a block into entries: a person block is one entry; a list gives one entry per
    /// line, wrapped lines joined to the entry they continue.
    ///
    /// `inColumns`: the block stands beside another one (a column of a list, or one of
    /// side-by-side signatures). There a person block must show a role on its second line:
    /// "Black Sash" / "Right2Know Campaign" is two organisations, not a person and her employer.
    func entries(_ block: Block, inColumns: Bool = false) -> [[String]] {
        // Each line cleaned once (nil for noise); the spacing groups below reuse the results.
        let cleaned: [String?] = block.lines.map { line in
            let text = Self.withoutContact(line.text)
            return text.isEmpty || isNoise(text) ? nil : text
        }
        let cleanLines = cleaned.compactMap { $0 }
        guard !cleanLines.isEmpty else { return [] }
        // Groups separated by wider line spacing, when the block shows two spacings.
        let groups = spacingGroups(block)
        if groups.count > 1 && groups.count < block.lines.count {
            return groups.compactMap { group in
                let texts = group.compactMap { cleaned[$0] }
                guard !texts.isEmpty else { return nil }
                return isPersonBlock(texts, strict: inColumns) ? texts : [joinWrapped(texts)]
            }
        }
        // "Adebayo Raphael, Co-" / "Convener, Center for Liberty": a word broken at its hyphen
        // by a narrow column is one word again before the lines are read.
        let lines = Self.joiningBrokenHyphens(cleanLines)
        // "Shelley Long, MGSH Class Party" / "Prize Committee Chair": one entry "name, who they
        // are" wrapped over short lines, read as the single line it is.
        if (2...3).contains(lines.count), Self.personHead(lines[0]) == nil, Self.opensWithName(lines[0]),
           lines.dropFirst().allSatisfy({ Self.personHead($0) == nil && !Self.opensWithName($0) && !BlockTraits.isContactLine($0) }),
           lines.dropFirst().first?.first?.isUppercase == true || lines.count == 2 {
            return [[joinWrapped(lines)]]
        }
        if isPersonBlock(lines, strict: inColumns) { return [lines] }
        if let people = personGroups(lines) { return people }
        var entries: [[String]] = []
        for line in lines {
            if let last = entries.last?.last, continues(line, after: last) {
                entries[entries.count - 1][entries[entries.count - 1].count - 1] = last + " " + line
            } else {
                entries.append([line])
            }
        }
        return entries
    }

    /// "Jane Doe, …": a person's full name, then a comma.
    static func opensWithName(_ line: String) -> Bool { leadingName(line) != nil }

    /// The name before the first comma of "Jane Doe, …", when it reads as a person's.
    static func leadingName(_ line: String) -> String? {
        guard let comma = line.range(of: ", ") else { return nil }
        let head = String(line[..<comma.lowerBound])
        return Names.isPersonName(head) ? head : nil
    }

    /// Lines ending in a hyphen after a letter joined to the next one, the hyphen kept
    /// ("Co-" + "Convener" is "Co-Convener").
    static func joiningBrokenHyphens(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            if let last = result.last, last.hasSuffix("-"), last.dropLast().last?.isLetter == true,
               line.first?.isLetter == true {
                result[result.count - 1] = last + line
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// Several people in one block with no space between them ("Jane Doe / Chair / John Roe /
    /// Treasurer"): a group opens at each name that a role line follows, and every group is a
    /// person block of its own. `nil` when the lines do not split that way.
    private func personGroups(_ lines: [String]) -> [[String]]? {
        guard lines.count >= 4 else { return nil }
        var groups: [[String]] = []
        for (i, line) in lines.enumerated() {
            let opens = Self.personHead(line) != nil && !Names.isRole(line) && i + 1 < lines.count && Names.isRole(lines[i + 1])
            if opens { groups.append([line]) } else if groups.isEmpty { return nil } else { groups[groups.count - 1].append(line) }
        }
        guard groups.count >= 2, groups.allSatisfy({ $0.count >= 2 && isPersonBlock($0) }) else { return nil }
        return groups
    }

    /// Line groups (indices into `block.lines`) separated by spacing wider than the block's
    /// tightest spacing.
    private func spacingGroups(_ block: Block) -> [[Int]] {
        let indices = block.lines.indices.filter { block.lines[$0].box != nil }
        guard indices.count >= 3 else { return [Array(block.lines.indices)] }
        let pitches = zip(indices, indices.dropFirst()).map { block.lines[$1].box!.y0 - block.lines[$0].box!.y0 }
        guard let low = pitches.min(), let high = pitches.max(), high - low > 0.15 * max(block.fontSize, 1), low > 0 else { return [Array(block.lines.indices)] }
        let cut = (low + high) / 2
        var groups: [[Int]] = [[indices[0]]]
        for (pitch, index) in zip(pitches, indices.dropFirst()) {
            if pitch > cut { groups.append([index]) } else { groups[groups.count - 1].append(index) }
        }
        return groups
    }

    private func joinWrapped(_ lines: [String]) -> String {
        lines.dropFirst().reduce(lines[0]) { acc, line in
            acc.hasSuffix("-") ? acc + line : acc + " " + line
        }
    }

    /// "Jane Doe" followed by role or organisation lines.
    func isPersonBlock(_ lines: [String], strict: Bool = false) -> Bool {
        guard lines.count >= 2, lines.count <= 6, let head = Self.personHead(lines[0]) else { return false }
        if strict, head.role == nil, !Names.isRole(lines[1]) { return false }
        // A one-word or lower-case second line finishes a wrapped name ("Sustainable Livelihoods" / "Foundation").
        if let second = lines.dropFirst().first,
           (!second.contains(" ") && Names.organizationWords.contains(second.lowercased())) || second.hasPrefix("(") { return false }
        // After the name come roles, organisations and addresses. A later line that reads like
        // a name ("Transparência Brasil") is the employer when a role came before it, unless a
        // role follows it too: then it is the next person ("Jane Doe / Chair / John Roe / Treasurer").
        var sawRole = false
        let rest = Array(lines.dropFirst())
        for (j, line) in rest.enumerated() {
            // "Christopher Bohlens, Projektmitarbeiter": the next person, with a role of his own.
            if Self.opensWithName(line) && Self.personHead(line) != nil { return false }
            if Names.isRole(line) { sawRole = true; continue }
            guard Names.isPersonName(line) else { continue }
            let roleFollows = j + 1 < rest.count && Names.isRole(rest[j + 1])
            if !sawRole || roleFollows { return false }
        }
        return true
    }

    /// Whether a line opens like a person's entry once post-nominals are set aside ("Jane Doe
    /// MP", "Jane Doe, Director"): the test every signature rule makes of a name line.
    static func isPersonLine(_ line: String) -> Bool { personHead(Names.withoutPostNominals(line)) != nil }

    /// The first line of a person block: "Jane Doe", "Jane Doe CEng MCIBSE" (post-nominals
    /// dropped) or "Jane Doe, Senior Staff Attorney" (the role after the comma).
    static func personHead(_ line: String) -> (name: String, role: String?)? {
        let name = Names.withoutPostNominals(line)
        if Names.isPersonName(name) { return (name, nil) }
        let parts = line.pieces(separatedBy: ", ")
        if parts.count == 2, Names.isPersonName(Names.withoutPostNominals(parts[0])), Names.isRole(parts[1]) {
            return (Names.withoutPostNominals(parts[0]), parts[1])
        }
        return nil
    }

    /// "(Wildfeuer)", "(Stefan Wehrmeyer)": the signer's name typed in brackets under the
    /// handwritten signature, as German and Austrian business letters set it, over the
    /// signer's role (a country in brackets under a name, "(Norway)", is not one). One to three
    /// words, each a capital and then lower case (an acronym in brackets, "(ODAC)", belongs to
    /// the line before), no digits, no comma ("(Ort, Datum)" is a form's blank), and no role,
    /// organisation or blank word ("(Unterschrift)", "(Geschäftsführer)").
    static func typedName(_ line: String) -> String? {
        guard line.count >= 4, line.first == "(", line.last == ")" else { return nil }
        let inner = String(line.dropFirst().dropLast()).trimmingBlanks()
        let words = inner.split(separator: " ")
        guard (1...3).contains(words.count), !inner.contains(where: { $0.isNumber || "(),;:/".contains($0) }),
              words.allSatisfy({ word in
                  word.count >= 2 && word.first!.isUppercase && word.dropFirst().contains(where: \.isLowercase)
              }),
              !Names.isRole(inner), !Names.isOrganization(inner), !isFormPlaceholder(inner)
        else { return nil }
        return inner
    }

    /// The one signer of a letter read as "Surname, Organisation" ("Haselbeck, Bundesministerium
    /// des Innern"): the person signing for the organisation. Only when it is the sole entry;
    /// in a list, "Greenpeace, Amnesty International" is two organisations.
    static func soleSurnameEntry(_ entry: Signatory) -> Signatory? {
        guard entry.kind == .organization, entry.role == nil, entry.organization == nil else { return nil }
        let parts = entry.name.pieces(separatedBy: ", ")
        guard parts.count == 2, isSurname(parts[0]), Names.isOrganization(parts[1]) else { return nil }
        return Signatory(name: parts[0], kind: .person, organization: parts[1], location: entry.location)
    }

    /// One capitalised word, the rest lower case, that is no role, organisation word or form
    /// of address: a surname standing for the signer ("Wildfeuer", "Haselbeck").
    static func isSurname(_ word: String) -> Bool {
        guard word.count >= 3, !word.contains(" "), let first = word.first, first.isUppercase,
              word.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" || $0 == "'" }),
              !Names.isRole(word), !Names.isOrganization(word), !Names.honorifics.contains(word.lowercased())
        else { return false }
        return true
    }

    /// Whether `line` continues the entry ending with `previous` rather than starting one.
    private func continues(_ line: String, after previous: String) -> Bool {
        guard let first = line.first else { return false }
        if first == "(" && !previous.hasSuffix(")") { return true }
        if first.isLowercase { return true }
        if let last = previous.last, "-&,/".contains(last) { return true }
        let lastWord = previous.spaceSeparatedWords().last.map { $0.lowercased() } ?? ""
        return Self.continuingWords.contains(lastWord)
    }

    /// Words that leave an entry open at the end of a line ("Friends of" / "the Earth").
    static let continuingWords = ["of", "for", "and", "the", "de", "des", "du", "la", "el", "y", "und", "für", "e", "do", "da", "del", "on", "in", "to"]

    /// Whether `line` is only a form's blank ("Name", "Signature:", "Firma ____"), in any language.
    static func isFormPlaceholder(_ line: String) -> Bool {
        formPlaceholders.contains(line.lowercased().trimming(charactersIn: " :_.…-"))
    }

    static let formPlaceholders = Set(PartLexicon.all.flatMap(\.formPlaceholders))
    static let instructionOpeners = PartLexicon.union(\.instructionOpeners)
    static let listConjunctions = PartLexicon.union(\.listConjunctions)
    /// Each list conjunction with the space after it, which every form of it in a list holds.
    static let conjunctionLeads = listConjunctions.map { $0 + " " }

    /// "Brett Belleville, Michael Ubis, Rachel Moon, and Cade Parks": people named in one line,
    /// each a person's name, joined by commas and a conjunction; nil unless every piece is one.
    static func nameList(_ line: String) -> [String]? {
        var text = line.trimmingBlanks()
        if text.hasSuffix(".") { text.removeLast() }
        // The conjunction before the last name is what makes it a list: "Jane Doe, Stanford
        // CIS" is a person and her organisation. Every form searched for below holds the
        // conjunction and a space, so a line without those bytes is no list.
        guard conjunctionLeads.contains(where: { text.containsBytes(of: $0) }) else { return nil }
        var joined = false
        var pieces = text.pieces(separatedBy: ", ").flatMap { piece -> [String] in
            for conjunction in listConjunctions {
                for form in [piece.hasPrefix(conjunction + " ") ? conjunction + " " : nil, " " + conjunction + " "].compactMap({ $0 }) {
                    if let r = piece.rangeIfIncluded(of: form) {
                        joined = true
                        return [String(piece[..<r.lowerBound]), String(piece[r.upperBound...])]
                    }
                }
            }
            return [piece]
        }
        pieces = pieces.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
        guard joined, pieces.count >= 2, pieces.allSatisfy({ piece in
            // Names in title case: an acronym or a bracket ("ENS Lyon", "CNRS (France)") is an
            // institution's.
            let words = piece.split(separator: " ")
            return (2...4).contains(words.count) && Names.isPersonName(piece) && !Names.isRole(piece)
                && words.first?.first?.isUppercase == true
                && words.allSatisfy { w in
                    (w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase))
                        || (w.count <= 3 && w.allSatisfy(\.isLowercase))  // "da", "de", "van"
                }
        }) else { return nil }
        return pieces
    }

    static let groupNouns: Set<String> = [
        "signatories", "signatures", "signers", "organizations", "organisations", "individuals", "supporters", "endorsers",
        "companies", "groups", "members", "scientists", "researchers", "academics", "experts", "institutions", "startups",
        "firmantes", "organizaciones", "signataires", "organismes", "unterzeichner", "unterzeichnende", "organisationen",
        "signatários", "organizações", "entidades",
    ]

    static let proxyMarks: Set<String> = ["im auftrag", "i.a", "i. a", "ia", "i.v", "i. v", "in vertretung", "p.p", "pp", "per pro", "p.o", "por", "pour", "signed", "signé", "firmado", "gez", "sgd", "/s/"]

    /// "Jane Doe // jane@example.org", "Jane Doe | www.example.org": the name without the
    /// contact details printed beside it.
    static func withoutContact(_ line: String) -> String {
        let trimmed = line.trimmingBlanks()
        guard BlockTraits.isContactLine(trimmed) else { return trimmed }
        for separator in [" // ", " | ", " · ", " • ", " – ", " — ", ", "] where trimmed.containsBytes(of: separator) {
            let kept = trimmed.components(separatedBy: separator).filter { !BlockTraits.isContactLine($0) }
            if !kept.isEmpty { return kept.joined(separator: separator).trimmingBlanks() }
        }
        return trimmed
    }

    /// Whether a line of the signature part is no name: a rule, contact details, an address, a
    /// dateline, a lead-in, an instruction, a quotation or a sentence.
    ///
    /// The tests are independent (each answers `true` alone), so they run cheapest first, with
    /// the line lowered and split into words once, and only when a test needs it
    /// (``slowIsNoise(_:)`` is the order they were written in; the tests compare the two).
    func isNoise(_ line: String) -> Bool {
        if line.allSatisfy(Self.isRuleCharacter) { return true }
        // Postal addresses and phone numbers: names carry few digits.
        if line.numberCount >= 6 { return true }
        if BlockTraits.isContactLine(line) { return true }
        let lower = line.lowercasedFast()
        // "Im Auftrag", "i.A.", "p.p.": signing on someone's behalf, not a name.
        if Self.proxyMarks.contains(lower.trimming(charactersIn: " .:")) { return true }
        // "On behalf of the signatories,", "Au nom du collectif :": a lead-in to the signer.
        if let last = line.last, ",:".contains(last), Self.onBehalfLeads.contains(where: { lower.hasPrefix($0) }) { return true }
        // A line wholly in quotation marks is a motto or a quotation ("“Unidad, trabajo y
        // energía por Colombia.”"); no one signs with quotation marks round their name.
        if let first = line.first, let last = line.last, "“\"«„‘".contains(first), "”\"»“’".contains(last), line.characterCount > 2 { return true }
        // "Please mail checks made out to: …": an instruction to the reader, not a name.
        var words: Int? = nil
        if Self.instructionLeads.contains(where: { lower.hasPrefix($0) }) {
            words = line.spaceSeparatedWords().count
            if words! >= 3 { return true }
        }
        // A sentence ("Protéger les enfants maltraités."): mostly lower-case words and a full
        // stop after a word; names and organisations end in a capitalised word or "e.V.".
        if line.hasSuffix("."), PartEvidence.hasSentenceStop(line + " "), (words ?? line.spaceSeparatedWords().count) >= 3,
           PartEvidence.capitalisedShare(line) < 0.5 { return true }
        if DateParser.parseDateline(line, language: language) != nil { return true }
        return false
    }

    /// `"_-–—=. /s".contains(c)`, as a switch rather than a walk over the string's Characters.
    static func isRuleCharacter(_ c: Character) -> Bool {
        switch c {
        case "_", "-", "–", "—", "=", ".", " ", "/", "s": true
        default: false
        }
    }

    /// The openers of instructions to the reader, each with the space that ends it.
    static let instructionLeads = instructionOpeners.map { $0 + " " }

    static let onBehalfLeads = ["on behalf of ", "for and on behalf of ", "en nombre de ", "en representación de ", "au nom de ",
                                "au nom du ", "au nom des ", "im namen ", "em nome de ", "em nome do ", "em nome da "]

    /// A heading inside the signature part: "Organisations:", "INDIVIDUALS", "Mexico:".
    func isGroupHeading(_ line: String, block: Block?) -> Bool {
        if Patterns.isSignatoryHeading(line) { return true }
        if line.hasSuffix(":") && line.count <= 60 { return true }
        // "Additional Signatories", "Media Organizations": a short line naming a kind of signer.
        let words = line.lowercasedFast().spaceSeparatedWords()
        if words.count <= 5, let last = words.last, Self.groupNouns.contains(String(last)) { return true }
        return false
    }

    /// The place a heading names ("Mexico:", "Australia"), or `nil` for other headings.
    private func placeHeading(_ line: String) -> String? {
        if Patterns.isSignatoryHeading(line) { return nil }
        let name = line.trimming(charactersIn: ": ")
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        return name
    }

    /// A line "Role, Organisation" split in two, when the part before the first comma reads as
    /// a role and the rest names an organisation (an organisation word, or opens with an article).
    static func roleAndOrganization(_ line: String) -> (role: String, organization: String)? {
        let parts = line.pieces(separatedBy: ", ")
        guard parts.count >= 2, Names.isRole(parts[0]) else { return nil }
        let organization = parts.dropFirst().joined(separator: ", ")
        // An organisation word, or an article: "The Guardian", "La Quadrature du Net".
        let article = organization.split(separator: " ").first.map { Names.articles.contains($0.lowercased()) } ?? false
        guard Names.isOrganization(organization) || article else { return nil }
        return (parts[0], organization)
    }

    func signatory(_ lines: [String], location: String?) -> Signatory? {
        if lines.count >= 2, let head = Self.personHead(lines[0]) {
            let rest = Array(lines.dropFirst())
            var role = head.role ?? rest.first(where: Names.isRole)
            var organization = rest.first { $0 != role }
            // "Director, Amnesty International European Institutions Office": role and
            // organisation on one line.
            if organization == nil, let line = role, let (title, body) = Self.roleAndOrganization(line) {
                role = title
                organization = body
            }
            return Signatory(name: head.name, kind: .person, role: role, organization: organization, location: location)
        }
        let text = lines.joined(separator: " ")
        guard text.count >= 2, text.count <= 200 else { return nil }
        // "Jane Doe, Director, Example Org" / "Jane Doe (Example Org)" / "Jane Doe – Example Org".
        let parts = text.pieces(separatedBy: ", ")
        // "Wildfeuer, Rechtsanwältin, Redeker Sellner Dahs": a surname alone, then the signer's
        // role — German letters are signed so. (Without a role, "Haselbeck, Bundesministerium
        // des Innern" reads like a list of organisations; see ``soleSurnameEntry``.)
        if parts.count >= 2, Self.isSurname(parts[0]),
           let role = parts.dropFirst().first(where: { Names.isRole($0) && !Names.isOrganization($0) }) {
            let rest = Array(parts.dropFirst())
            let organization = rest.filter { $0 != role }.joined(separator: ", ").trimming(charactersIn: ", ")
            return Signatory(name: parts[0], kind: .person, role: role, organization: organization.isEmpty ? nil : organization, location: location)
        }
        if parts.count >= 2, Names.isPersonName(parts[0]) {
            let rest = Array(parts.dropFirst())
            let role = rest.count >= 2 ? rest.first(where: Names.isRole) : (Names.isRole(rest[0]) && !Names.isOrganization(rest[0]) ? rest[0] : nil)
            let organization = rest.filter { $0 != role }.joined(separator: ", ")
            return Signatory(name: parts[0], kind: .person, role: role, organization: organization.isEmpty ? nil : organization, location: location)
        }
        for separator in [" – ", " — ", " - "] {
            let pieces = text.pieces(separatedBy: separator)
            if pieces.count == 2, Names.isPersonName(pieces[0]) {
                return Signatory(name: pieces[0], kind: .person, organization: pieces[1], location: location)
            }
        }
        if text.hasSuffix(")"), let open = text.firstIndex(of: "(") {
            let name = text[..<open].trimmingBlanks()
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if Names.isPersonName(name) {
                return Signatory(name: name, kind: .person, organization: inner, location: location)
            }
        }
        let bare = Names.withoutPostNominals(text)
        if Names.isPersonName(bare) { return Signatory(name: bare, kind: .person, location: location) }
        return Signatory(name: text, kind: .organization, location: location)
    }
}
