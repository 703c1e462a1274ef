/// Where each field of a letter was read from, and how sure the segmenter was of it.
///
/// Kept beside the fields rather than inside them so that every field keeps the shape it had in
/// schema 1 (a string stays a string). List fields have one entry per item, in the same order.
/// A field the letter does not have has no origin (`null`).
public struct Provenance: Codable, Equatable, Sendable {
    public var date: FieldOrigin?
    public var place: FieldOrigin?
    public var sender: FieldOrigin?
    public var addressee: FieldOrigin?
    public var subject: FieldOrigin?
    public var salutation: FieldOrigin?
    public var closing: FieldOrigin?
    /// One entry per ``Letter/signatories`` item.
    public var signatories: [FieldOrigin]
    /// One entry per ``Letter/callsToAction`` item.
    public var callsToAction: [FieldOrigin]
    /// One entry per ``Letter/footnotes`` item.
    public var footnotes: [FieldOrigin]

    public init(date: FieldOrigin? = nil, place: FieldOrigin? = nil, sender: FieldOrigin? = nil,
                addressee: FieldOrigin? = nil, subject: FieldOrigin? = nil, salutation: FieldOrigin? = nil,
                closing: FieldOrigin? = nil, signatories: [FieldOrigin] = [], callsToAction: [FieldOrigin] = [],
                footnotes: [FieldOrigin] = []) {
        self.date = date
        self.place = place
        self.sender = sender
        self.addressee = addressee
        self.subject = subject
        self.salutation = salutation
        self.closing = closing
        self.signatories = signatories
        self.callsToAction = callsToAction
        self.footnotes = footnotes
    }

    enum CodingKeys: String, CodingKey {
        case date, place, sender, addressee, subject, salutation, closing, signatories
        case callsToAction = "calls_to_action", footnotes
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(sender, forKey: .sender)
        try c.encode(addressee, forKey: .addressee)
        try c.encode(subject, forKey: .subject)
        try c.encode(salutation, forKey: .salutation)
        try c.encode(closing, forKey: .closing)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(callsToAction, forKey: .callsToAction)
        try c.encode(footnotes, forKey: .footnotes)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decodeIfPresent(FieldOrigin.self, forKey: .date)
        place = try c.decodeIfPresent(FieldOrigin.self, forKey: .place)
        sender = try c.decodeIfPresent(FieldOrigin.self, forKey: .sender)
        addressee = try c.decodeIfPresent(FieldOrigin.self, forKey: .addressee)
        subject = try c.decodeIfPresent(FieldOrigin.self, forKey: .subject)
        salutation = try c.decodeIfPresent(FieldOrigin.self, forKey: .salutation)
        closing = try c.decodeIfPresent(FieldOrigin.self, forKey: .closing)
        signatories = try c.decodeIfPresent([FieldOrigin].self, forKey: .signatories) ?? []
        callsToAction = try c.decodeIfPresent([FieldOrigin].self, forKey: .callsToAction) ?? []
        footnotes = try c.decodeIfPresent([FieldOrigin].self, forKey: .footnotes) ?? []
    }
}

/// The page and box a field was read from, and the segmenter's confidence in it.
public struct FieldOrigin: Codable, Equatable, Sendable {
    /// 1-based page where the field starts; `nil` for unpaged sources (text, Markdown, HTML).
    public var page: Int?
    /// The union of the field's lines on ``page``; `nil` for unpaged sources.
    public var bbox: BoundingBox?
    /// How sure the segmenter is that this is the field, in [0, 1], to two decimals. Low values
    /// are the ones to check first; see `docs/review.md` for what they mean in practice.
    public var confidence: Double

    public init(page: Int? = nil, bbox: BoundingBox? = nil, confidence: Double) {
        self.page = page
        self.bbox = bbox
        // Two decimals: the figure is a ranking aid, and rounding keeps output stable.
        self.confidence = (min(max(confidence, 0), 1) * 100).rounded() / 100 + 0
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(confidence, forKey: .confidence)
    }
}

/// A footnote marker in a body block: its label and where it stood in the block's text.
public struct FootnoteMark: Codable, Equatable, Sendable {
    public var label: String
    /// Offset in Unicode code points into ``BodyBlock/text`` (what Python's `text[:offset]`
    /// counts) of the character the marker followed.
    public var offset: Int

    public init(label: String, offset: Int) {
        self.label = label
        self.offset = offset
    }
}

/// Which program wrote a letter's JSON: output of different versions may differ.
public struct ExtractorInfo: Codable, Equatable, Sendable {
    /// The version of the `letters` tool and libraries.
    public static let currentVersion = "0.2.0"
    public static let current = ExtractorInfo(name: "letters", version: currentVersion)

    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}
