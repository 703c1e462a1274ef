import LetterModel

/// Compares two versions of a letter section by section.
///
/// Pure: two ``Letter`` values in, one ``LetterDiffReport`` out, so it works the same on a
/// freshly extracted PDF, a JSON file or (later) an archived record.
public enum LetterDiffer {
    /// The report of what changed from `old` to `new`. Labels name the sides in the output
    /// (default: each letter's `source.file`).
    public static func diff(old: Letter, new: Letter, oldLabel: String? = nil, newLabel: String? = nil) -> LetterDiffReport {
        let interner = Interner()
        return LetterDiffReport(
            old: .init(label: oldLabel ?? old.source.file, format: old.source.format, sha256: old.source.sha256),
            new: .init(label: newLabel ?? new.source.file, format: new.source.format, sha256: new.source.sha256),
            metadata: metadata(old, new),
            signatories: signatories(old.signatories, new.signatories),
            callsToAction: calls(old.callsToAction, new.callsToAction, interner: interner),
            footnotes: footnotes(old.footnotes, new.footnotes, interner: interner),
            body: body(old.body, new.body, interner: interner),
            annexes: annexes(old.annexes, new.annexes, interner: interner),
            links: links(old.links, new.links, formats: (old.source.format, new.source.format))
        )
    }

    // MARK: Metadata

    static func metadata(_ a: Letter, _ b: Letter) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ field: String, _ x: String?, _ y: String?) {
            if differ(x, y) { changes.append(FieldChange(field: field, old: present(x), new: present(y))) }
        }
        // Dates compare by their ISO value: "14 June 2017" and "June 14, 2017" are one date.
        if a.date?.iso != b.date?.iso {
            changes.append(FieldChange(field: "date", old: a.date?.text, new: b.date?.text))
        }
        compare("place", a.place, b.place)
        compare("sender", party(a.sender), party(b.sender))
        compare("addressee", party(a.addressee), party(b.addressee))
        compare("cc", a.cc.isEmpty ? nil : a.cc.joined(separator: "; "), b.cc.isEmpty ? nil : b.cc.joined(separator: "; "))
        compare("subject", a.subject, b.subject)
        compare("salutation", a.salutation, b.salutation)
        compare("closing", a.closing, b.closing)
        return changes
    }

    static func present(_ s: String?) -> String? {
        guard let s, !s.allSatisfy(\.isWhitespace) else { return nil }
        return s
    }

    private static func party(_ p: Party?) -> String? {
        guard let p, !p.lines.isEmpty else { return p?.name }
        return p.lines.joined(separator: ", ")
    }

    // MARK: Signatories

    static func signatories(_ old: [Signatory], _ new: [Signatory]) -> SignatoryChanges {
        let m = KeyMatcher.match(old: old.enumerated().map { ($0, NameKey.normalize($1.name)) },
                                 new: new.enumerated().map { ($0, NameKey.normalize($1.name)) })
        var changed: [SignatoryChanges.Change] = []
        for (i, j) in m.pairs {
            let o = old[i], s = new[j]
            var fields: [String] = []
            if differ(o.role, s.role) { fields.append("role") }
            if differ(o.organization, s.organization) { fields.append("organization") }
            if differ(o.location, s.location) { fields.append("location") }
            if !fields.isEmpty { changed.append(.init(old: o, new: s, fields: fields)) }
        }
        return SignatoryChanges(countOld: old.count, countNew: new.count, added: m.newLeft.map { new[$0] },
                                removed: m.oldLeft.map { old[$0] }, changed: changed)
    }

    /// Whether two optional texts differ in content (blank counts as absent).
    static func differ(_ x: String?, _ y: String?) -> Bool {
        present(x).map(TextNormalizer.normalized) != present(y).map(TextNormalizer.normalized)
    }

    // MARK: Calls to action and footnotes

    static func calls(_ old: [CallToAction], _ new: [CallToAction], interner: Interner) -> CallChanges {
        let a = old.map { PreparedText($0.text, interner: interner) }, b = new.map { PreparedText($0.text, interner: interner) }
        let m = ListMatcher.match(old: a, new: b)
        let reworded = m.similar.map { p in
            CallChanges.Reworded(old: old[p.old], new: new[p.new], similarity: (p.similarity * 100).rounded() / 100,
                                 words: a[p.old].wordDiff(to: b[p.new]))
        }
        return CallChanges(countOld: old.count, countNew: new.count, added: m.added.map { new[$0] },
                           removed: m.removed.map { old[$0] }, reworded: reworded)
    }

    static func footnotes(_ old: [Footnote], _ new: [Footnote], interner: Interner) -> FootnoteChanges {
        let a = old.map { PreparedText($0.text, interner: interner) }, b = new.map { PreparedText($0.text, interner: interner) }
        let m = ListMatcher.match(old: a, new: b) { i, j in old[i].label == new[j].label }
        let renumbered = m.exact.filter { old[$0.old].label != new[$0.new].label }.map {
            FootnoteChanges.Renumbered(oldLabel: old[$0.old].label, newLabel: new[$0.new].label, text: new[$0.new].text)
        }
        let changed = m.similar.map { p in
            FootnoteChanges.Changed(oldLabel: old[p.old].label, newLabel: new[p.new].label, words: a[p.old].wordDiff(to: b[p.new]))
        }
        func note(_ f: Footnote) -> FootnoteChanges.Note { .init(label: f.label, text: f.text) }
        return FootnoteChanges(countOld: old.count, countNew: new.count, added: m.added.map { note(new[$0]) },
                               removed: m.removed.map { note(old[$0]) }, changed: changed, renumbered: renumbered)
    }

    // MARK: Body

    static func body(_ old: [BodyBlock], _ new: [BodyBlock], interner: Interner) -> BodyChanges {
        let a = old.map { PreparedText($0.text, interner: interner) }, b = new.map { PreparedText($0.text, interner: interner) }
        var entries: [BodyChanges.Entry] = []
        var unchanged = 0
        for link in ParagraphAlignment.align(old: a, new: b) {
            switch link {
            case let .inPlace(i, j, false):
                if let kinds = BodyChanges.KindChange(old[i].kind, new[j].kind) {
                    entries.append(.init(kind: .reclassified, oldIndex: i, newIndex: j, text: new[j].text, blockKind: kinds))
                    continue
                }
                unchanged += 1
                if let last = entries.last, last.kind == .unchanged { entries[entries.count - 1].count += 1 } else {
                    entries.append(.init(kind: .unchanged, oldIndex: i, newIndex: j))
                }
            case let .inPlace(i, j, true):
                entries.append(.init(kind: .changed, oldIndex: i, newIndex: j, text: new[j].text, words: a[i].wordDiff(to: b[j]),
                                     blockKind: .init(old[i].kind, new[j].kind)))
            case let .moved(i, j, edited):
                entries.append(.init(kind: .moved, oldIndex: i, newIndex: j, text: new[j].text, words: edited ? a[i].wordDiff(to: b[j]) : nil,
                                     blockKind: .init(old[i].kind, new[j].kind)))
            case let .inserted(j):
                entries.append(.init(kind: .inserted, oldIndex: nil, newIndex: j, text: new[j].text))
            case let .deleted(i):
                entries.append(.init(kind: .deleted, oldIndex: i, newIndex: nil, text: old[i].text))
            }
        }
        return BodyChanges(countOld: old.count, countNew: new.count, unchanged: unchanged, entries: entries)
    }
}
