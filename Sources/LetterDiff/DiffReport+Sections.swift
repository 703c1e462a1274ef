import LetterModel

/// Signers added, removed or edited, matched by name so that reordering is not a change.
public struct SignatoryChanges: Codable, Equatable, Sendable {
    public var countOld: Int
    public var countNew: Int
    public var added: [Signatory]
    public var removed: [Signatory]
    public var changed: [Change]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// The same signer (same name key) with a different role, organisation or location.
    public struct Change: Codable, Equatable, Sendable {
        public var old: Signatory
        public var new: Signatory
        /// Which of `role`, `organization`, `location` differ.
        public var fields: [String]
    }

    enum CodingKeys: String, CodingKey { case countOld = "count_old", countNew = "count_new", added, removed, changed }
}

/// Calls to action added, removed or reworded (paired by similarity, with a word diff).
public struct CallChanges: Codable, Equatable, Sendable {
    public var countOld: Int
    public var countNew: Int
    public var added: [CallToAction]
    public var removed: [CallToAction]
    public var reworded: [Reworded]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && reworded.isEmpty }

    public struct Reworded: Codable, Equatable, Sendable {
        public var old: CallToAction
        public var new: CallToAction
        /// Share of words in common (Dice coefficient), two decimals.
        public var similarity: Double
        public var words: [WordSegment]
    }

    enum CodingKeys: String, CodingKey { case countOld = "count_old", countNew = "count_new", added, removed, reworded }
}

/// Footnotes added, removed, changed in wording, or renumbered with the same text.
public struct FootnoteChanges: Codable, Equatable, Sendable {
    public var countOld: Int
    public var countNew: Int
    public var added: [Note]
    public var removed: [Note]
    public var changed: [Changed]
    public var renumbered: [Renumbered]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && renumbered.isEmpty }

    /// A note as label and text (page and URLs are layout detail; URLs are in the text).
    public struct Note: Codable, Equatable, Sendable {
        public var label: String
        public var text: String
    }

    public struct Changed: Codable, Equatable, Sendable {
        public var oldLabel: String
        public var newLabel: String
        public var words: [WordSegment]
        enum CodingKeys: String, CodingKey { case oldLabel = "old_label", newLabel = "new_label", words }
    }

    public struct Renumbered: Codable, Equatable, Sendable {
        public var oldLabel: String
        public var newLabel: String
        public var text: String
        enum CodingKeys: String, CodingKey { case oldLabel = "old_label", newLabel = "new_label", text }
    }

    enum CodingKeys: String, CodingKey {
        case countOld = "count_old", countNew = "count_new", added, removed, changed, renumbered
    }
}

/// The body as aligned paragraphs, in reading order of the new version (deleted paragraphs
/// where they stood), with runs of unchanged paragraphs collapsed into counts.
public struct BodyChanges: Codable, Equatable, Sendable {
    public var countOld: Int
    public var countNew: Int
    /// Paragraphs whose text and kind are the same in both, in place.
    public var unchanged: Int
    public var entries: [Entry]

    public var isEmpty: Bool { entries.allSatisfy { $0.kind == .unchanged } }

    public struct Entry: Codable, Equatable, Sendable {
        /// `reclassified`: same text in place, but another block kind (see ``blockKind``).
        public enum Kind: String, Codable, Sendable { case unchanged, inserted, deleted, moved, changed, reclassified }
        public var kind: Kind
        /// 0-based index into the old `body` (first of the run for `unchanged`); `nil` for `inserted`.
        public var oldIndex: Int?
        /// 0-based index into the new `body`; `nil` for `deleted`.
        public var newIndex: Int?
        /// Paragraphs covered: the run length for `unchanged`, else 1.
        public var count: Int
        /// The new text (old text for `deleted`); `nil` for `unchanged`.
        public var text: String?
        /// Word diff for `changed`, and for `moved` when it was also edited; else `nil`.
        public var words: [WordSegment]?
        /// The block kinds when a paired paragraph (changed, moved or reclassified) became
        /// another kind of block, say a paragraph a heading; else `nil`.
        public var blockKind: KindChange?

        public init(kind: Kind, oldIndex: Int?, newIndex: Int?, count: Int = 1, text: String? = nil, words: [WordSegment]? = nil,
                    blockKind: KindChange? = nil) {
            self.kind = kind
            self.oldIndex = oldIndex
            self.newIndex = newIndex
            self.count = count
            self.text = text
            self.words = words
            self.blockKind = blockKind
        }

        enum CodingKeys: String, CodingKey {
            case kind, oldIndex = "old_index", newIndex = "new_index", count, text, words, blockKind = "block_kind"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(oldIndex, forKey: .oldIndex)
            try c.encode(newIndex, forKey: .newIndex)
            try c.encode(count, forKey: .count)
            try c.encode(text, forKey: .text)
            try c.encode(words, forKey: .words)
            try c.encode(blockKind, forKey: .blockKind)
        }
    }

    /// A block's kind in the old and the new version.
    public struct KindChange: Codable, Equatable, Sendable {
        public var old: BodyBlock.Kind
        public var new: BodyBlock.Kind

        public init(old: BodyBlock.Kind, new: BodyBlock.Kind) {
            self.old = old
            self.new = new
        }

        /// `nil` when the kinds are the same, so only real changes are reported.
        init?(_ old: BodyBlock.Kind, _ new: BodyBlock.Kind) {
            guard old != new else { return nil }
            self.init(old: old, new: new)
        }

        /// "kind: list item → paragraph", as both readable reports print it.
        var label: String {
            func name(_ kind: BodyBlock.Kind) -> String { kind.rawValue.replacingOccurrences(of: "_", with: " ") }
            return "kind: \(name(old)) → \(name(new))"
        }
    }

    enum CodingKeys: String, CodingKey { case countOld = "count_old", countNew = "count_new", unchanged, entries }
}
