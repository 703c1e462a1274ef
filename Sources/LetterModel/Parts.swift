/// A block of lines that names a party: the sender's letterhead or the inside address.
public struct Party: Codable, Equatable, Sendable {
    /// The lines as printed, labels such as `To:` removed.
    public var lines: [String]
    /// The first line that names a person or organisation, when one can be told apart.
    public var name: String?

    public init(lines: [String], name: String? = nil) {
        self.lines = lines
        self.name = name
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lines, forKey: .lines)
        try c.encode(name, forKey: .name)
    }
}

/// The letter's own date (its dateline), normalized to ISO 8601 at the precision given.
public struct LetterDate: Codable, Equatable, Sendable {
    public enum Precision: String, Codable, Sendable { case day, month, year }

    /// The date as printed, place prefix removed (`16 mai 2017`).
    public var text: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to ``precision``.
    public var iso: String
    public var precision: Precision
    /// 1-based page where the dateline is printed; `nil` for unpaged sources.
    public var page: Int?

    public init(text: String, iso: String, precision: Precision, page: Int? = nil) {
        self.text = text
        self.iso = iso
        self.precision = precision
        self.page = page
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(iso, forKey: .iso)
        try c.encode(precision, forKey: .precision)
        try c.encode(page, forKey: .page)
    }
}

/// A rectangle on a page in PDF points, origin at the top-left, as `[x0, y0, x1, y1]`.
public struct BoundingBox: Codable, Equatable, Sendable {
    public var x0: Double, y0: Double, x1: Double, y1: Double

    /// Coordinates are rounded to a tenth of a point so that output does not depend on
    /// floating-point noise from one Poppler build to another.
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        func r(_ v: Double) -> Double { (v * 10).rounded() / 10 + 0 }  // + 0 turns -0 into 0
        self.x0 = r(x0); self.y0 = r(y0); self.x1 = r(x1); self.y1 = r(y1)
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        self.init(x0: try c.decode(Double.self), y0: try c.decode(Double.self),
                  x1: try c.decode(Double.self), y1: try c.decode(Double.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(x0); try c.encode(y0); try c.encode(x1); try c.encode(y1)
    }
}

/// One block of the letter's body, in reading order.
public struct BodyBlock: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case paragraph, heading, listItem = "list_item", quote }

    public var kind: Kind
    /// Text joined across lines, columns and pages, footnote markers removed.
    public var text: String
    /// Labels of the footnotes cited in this block, in order of citation.
    public var footnoteRefs: [String]
    /// The same citations with where each marker stood in ``text`` (schema 2).
    public var footnoteMarks: [FootnoteMark]
    /// 1-based page where the block starts; `nil` for unpaged sources.
    public var page: Int?
    /// Where the block starts on ``page``; `nil` for unpaged sources.
    public var bbox: BoundingBox?

    public init(kind: Kind, text: String, footnoteRefs: [String] = [], footnoteMarks: [FootnoteMark] = [],
                page: Int? = nil, bbox: BoundingBox? = nil) {
        self.kind = kind
        self.text = text
        self.footnoteRefs = footnoteRefs
        self.footnoteMarks = footnoteMarks
        self.page = page
        self.bbox = bbox
    }

    enum CodingKeys: String, CodingKey { case kind, text, footnoteRefs = "footnote_refs", footnoteMarks = "footnote_marks", page, bbox }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(footnoteRefs, forKey: .footnoteRefs)
        try c.encode(footnoteMarks, forKey: .footnoteMarks)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        footnoteRefs = try c.decodeIfPresent([String].self, forKey: .footnoteRefs) ?? []
        footnoteMarks = try c.decodeIfPresent([FootnoteMark].self, forKey: .footnoteMarks) ?? []
        page = try c.decodeIfPresent(Int.self, forKey: .page)
        bbox = try c.decodeIfPresent(BoundingBox.self, forKey: .bbox)
    }
}

/// A sentence in which the authors ask someone to act.
public struct CallToAction: Codable, Equatable, Sendable {
    public var text: String
    /// Who is asked, as written ("all OGP members"), or `nil` when implicit.
    public var target: String?
    /// Index into ``Letter/body`` of the block holding the sentence.
    public var bodyIndex: Int

    public init(text: String, target: String? = nil, bodyIndex: Int) {
        self.text = text
        self.target = target
        self.bodyIndex = bodyIndex
    }

    enum CodingKeys: String, CodingKey { case text, target, bodyIndex = "body_index" }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(target, forKey: .target)
        try c.encode(bodyIndex, forKey: .bodyIndex)
    }
}

/// A footnote or endnote, linked to body blocks through its label.
public struct Footnote: Codable, Equatable, Sendable {
    /// The label as printed: `1`, `*`, `a`.
    public var label: String
    /// The note's text joined into one line, label removed.
    public var text: String
    /// URLs printed in the note or attached to it as links.
    public var urls: [String]
    public var page: Int?

    public init(label: String, text: String, urls: [String] = [], page: Int? = nil) {
        self.label = label
        self.text = text
        self.urls = urls
        self.page = page
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(text, forKey: .text)
        try c.encode(urls, forKey: .urls)
        try c.encode(page, forKey: .page)
    }
}

/// Someone who signed: a person or an organisation.
public struct Signatory: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable { case person, organization }

    public var name: String
    public var kind: Kind
    public var role: String?
    public var organization: String?
    /// Country or city given by the list ("Mexico", "Berlin").
    public var location: String?

    public init(name: String, kind: Kind, role: String? = nil, organization: String? = nil, location: String? = nil) {
        self.name = name
        self.kind = kind
        self.role = role
        self.organization = organization
        self.location = location
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(role, forKey: .role)
        try c.encode(organization, forKey: .organization)
        try c.encode(location, forKey: .location)
    }
}

/// Material after the signatures (enclosures, appendices, statements): kept, but not body.
public struct Annex: Codable, Equatable, Sendable {
    public var title: String?
    public var body: [BodyBlock]

    public init(title: String?, body: [BodyBlock]) {
        self.title = title
        self.body = body
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(body, forKey: .body)
    }
}

/// A hyperlink in the document: its visible text and target.
public struct Link: Codable, Equatable, Sendable {
    public var text: String
    public var uri: String
    public var page: Int?

    public init(text: String, uri: String, page: Int? = nil) {
        self.text = text
        self.uri = uri
        self.page = page
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(uri, forKey: .uri)
        try c.encode(page, forKey: .page)
    }
}
