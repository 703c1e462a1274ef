import LetterModel

/// A section of items that are added, removed or changed, with counts before and after: the
/// shape annexes and links share in the report.
public struct ListChanges<Item: Codable & Equatable & Sendable, Change: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
    public var countOld: Int
    public var countNew: Int
    public var added: [Item]
    public var removed: [Item]
    public var changed: [Change]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    enum CodingKeys: String, CodingKey { case countOld = "count_old", countNew = "count_new", added, removed, changed }
}

/// Annexes added, removed or changed (title or text), paired by similarity like calls to
/// action, so reordering annexes is not a change.
public typealias AnnexChanges = ListChanges<AnnexItem, AnnexChange>

/// Links added, removed, or pointing elsewhere under the same text.
///
/// Compared only when both versions can carry links (PDF and HTML): a text or Markdown letter
/// records none, and a PDF against the text it was typeset from is the same letter.
public typealias LinkChanges = ListChanges<LinkItem, LinkChange>

/// An annex as title and text: its blocks joined by line breaks (pages and boxes are layout,
/// not content).
public struct AnnexItem: Codable, Equatable, Sendable {
    public var title: String?
    public var text: String

    public init(title: String?, text: String) {
        self.title = title
        self.text = text
    }

    /// A title as the readable reports print it.
    static func shown(_ title: String?) -> String { title ?? "(untitled annex)" }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(text, forKey: .text)
    }
}

/// The same annex in both versions with its title, its text or both edited.
public struct AnnexChange: Codable, Equatable, Sendable {
    public var oldTitle: String?
    public var newTitle: String?
    /// Word diff of the text; `nil` when only the title changed.
    public var words: [WordSegment]?

    public init(oldTitle: String?, newTitle: String?, words: [WordSegment]?) {
        self.oldTitle = oldTitle
        self.newTitle = newTitle
        self.words = words
    }

    enum CodingKeys: String, CodingKey { case oldTitle = "old_title", newTitle = "new_title", words }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(oldTitle, forKey: .oldTitle)
        try c.encode(newTitle, forKey: .newTitle)
        try c.encode(words, forKey: .words)
    }
}

/// A link as text and target (its page is layout).
public struct LinkItem: Codable, Equatable, Sendable {
    public var text: String
    public var uri: String

    public init(text: String, uri: String) {
        self.text = text
        self.uri = uri
    }
}

/// A link whose text is the same in both versions but whose target is not.
public struct LinkChange: Codable, Equatable, Sendable {
    /// The new text as printed.
    public var text: String
    public var oldURI: String
    public var newURI: String

    public init(text: String, oldURI: String, newURI: String) {
        self.text = text
        self.oldURI = oldURI
        self.newURI = newURI
    }

    enum CodingKeys: String, CodingKey { case text, oldURI = "old_uri", newURI = "new_uri" }
}
