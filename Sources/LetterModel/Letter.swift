/// One letter as extracted: the archive-grade record that every other stage consumes.
///
/// Every part that the document does not state is `nil` or empty, never invented. Field names
/// in JSON are snake_case (see ``CodingKeys``) and follow `schema/letter.schema.json`.
public struct Letter: Codable, Equatable, Sendable {
    /// The version of the JSON shape; bumped on any change to field names or meaning.
    public static let schemaVersion = "2.0.0"
    /// Major versions this code reads (schema 1 letters are read, their warnings as notes).
    public static let readableMajorVersions: Set<Int> = [1, 2]

    public var schemaVersion: String
    public var source: Source
    /// ISO 639-1 code of the letter's language (`en`, `es`, `fr`, `de`, `pt`), or `nil` when unknown.
    public var language: String?
    public var sender: Party?
    public var date: LetterDate?
    public var place: String?
    public var addressee: Party?
    public var cc: [String]
    public var subject: String?
    public var salutation: String?
    public var body: [BodyBlock]
    public var callsToAction: [CallToAction]
    public var footnotes: [Footnote]
    public var closing: String?
    public var signatories: [Signatory]
    public var annexes: [Annex]
    public var links: [Link]
    public var warnings: [LetterWarning]
    /// Page, box and confidence of each field (schema 2).
    public var provenance: Provenance
    /// The program and version that wrote this JSON (schema 2).
    public var extractor: ExtractorInfo

    public init(
        source: Source, language: String? = nil, sender: Party? = nil, date: LetterDate? = nil,
        place: String? = nil, addressee: Party? = nil, cc: [String] = [], subject: String? = nil,
        salutation: String? = nil, body: [BodyBlock] = [], callsToAction: [CallToAction] = [],
        footnotes: [Footnote] = [], closing: String? = nil, signatories: [Signatory] = [],
        annexes: [Annex] = [], links: [Link] = [], warnings: [LetterWarning] = [],
        provenance: Provenance = Provenance(), extractor: ExtractorInfo = .current
    ) {
        self.schemaVersion = Letter.schemaVersion
        self.source = source
        self.language = language
        self.sender = sender
        self.date = date
        self.place = place
        self.addressee = addressee
        self.cc = cc
        self.subject = subject
        self.salutation = salutation
        self.body = body
        self.callsToAction = callsToAction
        self.footnotes = footnotes
        self.closing = closing
        self.signatories = signatories
        self.annexes = annexes
        self.links = links
        self.warnings = warnings
        self.provenance = provenance
        self.extractor = extractor
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", source, language, sender, date, place, addressee, cc
        case subject, salutation, body, callsToAction = "calls_to_action", footnotes, closing
        case signatories, annexes, links, warnings, provenance, extractor
    }

    // Explicit so that absent optionals are written as `null` rather than omitted.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(language, forKey: .language)
        try c.encode(sender, forKey: .sender)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(addressee, forKey: .addressee)
        try c.encode(cc, forKey: .cc)
        try c.encode(subject, forKey: .subject)
        try c.encode(salutation, forKey: .salutation)
        try c.encode(body, forKey: .body)
        try c.encode(callsToAction, forKey: .callsToAction)
        try c.encode(footnotes, forKey: .footnotes)
        try c.encode(closing, forKey: .closing)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(annexes, forKey: .annexes)
        try c.encode(links, forKey: .links)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(extractor, forKey: .extractor)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Read into the current shape: a schema-1 letter is upgraded (its warnings become notes,
        // it has no provenance), so re-encoding it writes a valid current letter.
        _ = try c.decode(String.self, forKey: .schemaVersion)
        schemaVersion = Letter.schemaVersion
        source = try c.decode(Source.self, forKey: .source)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        sender = try c.decodeIfPresent(Party.self, forKey: .sender)
        date = try c.decodeIfPresent(LetterDate.self, forKey: .date)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        addressee = try c.decodeIfPresent(Party.self, forKey: .addressee)
        cc = try c.decodeIfPresent([String].self, forKey: .cc) ?? []
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        salutation = try c.decodeIfPresent(String.self, forKey: .salutation)
        body = try c.decodeIfPresent([BodyBlock].self, forKey: .body) ?? []
        callsToAction = try c.decodeIfPresent([CallToAction].self, forKey: .callsToAction) ?? []
        footnotes = try c.decodeIfPresent([Footnote].self, forKey: .footnotes) ?? []
        closing = try c.decodeIfPresent(String.self, forKey: .closing)
        signatories = try c.decodeIfPresent([Signatory].self, forKey: .signatories) ?? []
        annexes = try c.decodeIfPresent([Annex].self, forKey: .annexes) ?? []
        links = try c.decodeIfPresent([Link].self, forKey: .links) ?? []
        warnings = try c.decodeIfPresent([LetterWarning].self, forKey: .warnings) ?? []
        provenance = try c.decodeIfPresent(Provenance.self, forKey: .provenance) ?? Provenance()
        // A schema-1 letter does not say what wrote it.
        extractor = try c.decodeIfPresent(ExtractorInfo.self, forKey: .extractor) ?? ExtractorInfo(name: "letters", version: "unknown")
    }
}
