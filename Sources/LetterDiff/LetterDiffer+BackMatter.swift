import LetterModel

/// Annexes and links: what follows the signatures and what the document points to.
extension LetterDiffer {
    // MARK: Annexes

    /// Annexes paired like calls to action (same text first, then most similar), on title and
    /// text together, preferring the same title; so a reordered annex is no change and a
    /// renamed or reworded one is a change, not a removal and an addition.
    static func annexes(_ old: [Annex], _ new: [Annex], interner: Interner) -> AnnexChanges {
        let oldItems = old.map(item), newItems = new.map(item)
        let a = oldItems.map { PreparedText(whole($0), interner: interner) }, b = newItems.map { PreparedText(whole($0), interner: interner) }
        let m = ListMatcher.match(old: a, new: b) { i, j in !differ(old[i].title, new[j].title) }
        let changed = m.similar.compactMap { p -> AnnexChange? in
            let x = oldItems[p.old], y = newItems[p.new]
            let x2 = PreparedText(x.text, interner: interner), y2 = PreparedText(y.text, interner: interner)
            let words = x2.normalized == y2.normalized ? nil : x2.wordDiff(to: y2)
            guard words != nil || differ(x.title, y.title) else { return nil }
            return AnnexChange(oldTitle: x.title, newTitle: y.title, words: words)
        }
        return AnnexChanges(countOld: old.count, countNew: new.count, added: m.added.map { newItems[$0] },
                            removed: m.removed.map { oldItems[$0] }, changed: changed)
    }

    /// An annex's content: its blocks one per line.
    private static func item(_ annex: Annex) -> AnnexItem {
        .init(title: annex.title, text: annex.body.map(\.text).joined(separator: "\n"))
    }

    /// What annexes are paired on: the title is part of what identifies an annex.
    private static func whole(_ item: AnnexItem) -> String {
        [item.title, item.text].compactMap { $0 }.joined(separator: "\n")
    }

    // MARK: Links

    /// Formats whose letters record links; text and Markdown letters carry none.
    static let formatsWithLinks: Set<Source.Format> = [.pdf, .html]

    /// Links paired as multisets: the same text (normalized) and URI (exactly) is the same link;
    /// of those left, the same text with another URI is a changed link; the rest were added or
    /// removed. Only compared when both sides can carry links (see ``LinkChanges``).
    static func links(_ old: [Link], _ new: [Link], formats: (Source.Format, Source.Format)) -> LinkChanges {
        var changes = LinkChanges(countOld: old.count, countNew: new.count, added: [], removed: [], changed: [])
        guard formatsWithLinks.contains(formats.0), formatsWithLinks.contains(formats.1) else { return changes }
        let oldText = old.map { TextNormalizer.normalized($0.text) }, newText = new.map { TextNormalizer.normalized($0.text) }
        let same = KeyMatcher.match(old: old.indices.map { ($0, [oldText[$0], old[$0].uri]) },
                                    new: new.indices.map { ($0, [newText[$0], new[$0].uri]) })
        let retargeted = KeyMatcher.match(old: same.oldLeft.map { ($0, oldText[$0]) }, new: same.newLeft.map { ($0, newText[$0]) })
        changes.changed = retargeted.pairs.map { .init(text: new[$0.new].text, oldURI: old[$0.old].uri, newURI: new[$0.new].uri) }
        changes.added = retargeted.newLeft.map { .init(text: new[$0].text, uri: new[$0].uri) }
        changes.removed = retargeted.oldLeft.map { .init(text: old[$0].text, uri: old[$0].uri) }
        return changes
    }
}
