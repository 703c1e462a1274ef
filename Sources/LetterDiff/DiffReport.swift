import LetterModel

/// What changed between two versions of a letter, in the terms readers use: dates, signers,
/// asks, notes, paragraphs, annexes and links rather than lines.
///
/// This is the `--json` output (documented in docs/diff.md). Every key is always present,
/// lists empty and single values `null` when nothing applies, so consumers need no guesswork;
/// ``formatVersion`` is bumped on any change of shape or meaning.
public struct LetterDiffReport: Codable, Equatable, Sendable {
    /// 2: `annexes`, `links`, and the body's `reclassified` entries and `block_kind` were added.
    public static let currentFormatVersion = "2"

    public var formatVersion: String
    public var old: Side
    public var new: Side
    public var metadata: [FieldChange]
    public var signatories: SignatoryChanges
    public var callsToAction: CallChanges
    public var footnotes: FootnoteChanges
    public var body: BodyChanges
    public var annexes: AnnexChanges
    public var links: LinkChanges

    /// True when nothing a reader would call a change differs (typesetting aside).
    public var identical: Bool {
        metadata.isEmpty && signatories.isEmpty && callsToAction.isEmpty && footnotes.isEmpty && body.isEmpty
            && annexes.isEmpty && links.isEmpty
    }

    public init(old: Side, new: Side, metadata: [FieldChange], signatories: SignatoryChanges,
                callsToAction: CallChanges, footnotes: FootnoteChanges, body: BodyChanges,
                annexes: AnnexChanges, links: LinkChanges) {
        formatVersion = Self.currentFormatVersion
        self.old = old
        self.new = new
        self.metadata = metadata
        self.signatories = signatories
        self.callsToAction = callsToAction
        self.footnotes = footnotes
        self.body = body
        self.annexes = annexes
        self.links = links
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", old, new, identical, metadata, signatories
        case callsToAction = "calls_to_action", footnotes, body, annexes, links
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try c.decode(String.self, forKey: .formatVersion)
        old = try c.decode(Side.self, forKey: .old)
        new = try c.decode(Side.self, forKey: .new)
        metadata = try c.decode([FieldChange].self, forKey: .metadata)
        signatories = try c.decode(SignatoryChanges.self, forKey: .signatories)
        callsToAction = try c.decode(CallChanges.self, forKey: .callsToAction)
        footnotes = try c.decode(FootnoteChanges.self, forKey: .footnotes)
        body = try c.decode(BodyChanges.self, forKey: .body)
        annexes = try c.decode(AnnexChanges.self, forKey: .annexes)
        links = try c.decode(LinkChanges.self, forKey: .links)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(formatVersion, forKey: .formatVersion)
        try c.encode(old, forKey: .old)
        try c.encode(new, forKey: .new)
        try c.encode(identical, forKey: .identical)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(callsToAction, forKey: .callsToAction)
        try c.encode(footnotes, forKey: .footnotes)
        try c.encode(body, forKey: .body)
        try c.encode(annexes, forKey: .annexes)
        try c.encode(links, forKey: .links)
    }

    /// One version compared: the name it was given as and what it was read from.
    public struct Side: Codable, Equatable, Sendable {
        /// The file as named on the command line (or the letter's `source.file`).
        public var label: String
        public var format: Source.Format
        public var sha256: String

        public init(label: String, format: Source.Format, sha256: String) {
            self.label = label
            self.format = format
            self.sha256 = sha256
        }
    }
}

/// A run of words in a word diff. Concatenating the `equal` and `insert` texts gives the new
/// text; `equal` and `delete`, the old one. A segment that continues a line starts with its space.
public struct WordSegment: Codable, Equatable, Sendable {
    public enum Op: String, Codable, Sendable { case equal, insert, delete }
    public var op: Op
    public var text: String

    public init(op: Op, text: String) {
        self.op = op
        self.text = text
    }
}

/// A heading field (date, place, addressee…) whose value changed. `nil` means absent.
public struct FieldChange: Codable, Equatable, Sendable {
    public var field: String
    public var old: String?
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try c.encode(old, forKey: .old)
        try c.encode(new, forKey: .new)
    }
}
