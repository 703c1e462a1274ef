import Foundation

/// The closed set of labels a block of a letter can take.
///
/// Every block of the body zone gets exactly one. The decoder (``PartDecoder``) chooses the
/// *part* a block belongs to in the letter's order; the builders of the heading and signature
/// parts then refine the label inside their part (a heading-part block becomes a dateline, an
/// inside address, a subject…). GROBID's header and full-text label sets are the model.
public enum BlockLabel: String, CaseIterable, Sendable, Equatable {
    // Heading part.
    case letterhead, sender, dateline, insideAddress, emailHeader, subject, cc
    // The letter proper.
    case salutation, body, closing
    // After the closing.
    case signature, signatoryHeading, annex
    // Anywhere.
    case quotedMessage, notes, furniture

    /// The part of the letter's order the label belongs to.
    public var part: LetterPart {
        switch self {
        case .letterhead, .sender, .dateline, .insideAddress, .emailHeader, .subject, .cc: return .heading
        case .salutation: return .salutation
        case .body, .quotedMessage, .notes, .furniture: return .body
        case .closing: return .closing
        case .signature, .signatoryHeading: return .signature
        case .annex: return .annex
        }
    }
}

/// The parts of a letter, in the order a letter has them. Every part is optional; the
/// salutation and the closing are one block at most.
public enum LetterPart: Int, CaseIterable, Sendable, Comparable {
    case heading, salutation, body, closing, signature, annex

    public static func < (a: LetterPart, b: LetterPart) -> Bool { a.rawValue < b.rawValue }

    /// Parts that hold at most one block.
    var isSingleBlock: Bool { self == .salutation || self == .closing }

    /// The label a block takes when nothing finer is known about it within the part.
    var defaultLabel: BlockLabel {
        switch self {
        case .heading: return .letterhead
        case .salutation: return .salutation
        case .body: return .body
        case .closing: return .closing
        case .signature: return .signature
        case .annex: return .annex
        }
    }
}

/// One piece of evidence for or against a part: the named rule that fired and its weight.
public struct Evidence: Sendable, Equatable, CustomStringConvertible {
    public var rule: String
    public var weight: Double

    public var description: String {
        "\(rule)\(weight >= 0 ? "+" : "")\(String(format: "%g", weight))"
    }
}

/// A block with the label it was given, the score of that choice, the margin over the best
/// other part for the same block, and the evidence that decided it.
public struct LabelledBlock: Sendable, Equatable {
    public var label: BlockLabel
    /// The decoded part's emission score for this block.
    public var score: Double
    /// How much better the chosen part scored than the best other part for this block alone
    /// (negative when the letter's order overruled the block's own evidence).
    public var margin: Double
    /// The probability of the chosen part for this block over every labelling of the letter in
    /// its order (forward–backward): what the field confidences are read from.
    public var probability: Double = 1
    /// The rules that fired for the chosen part, then who refined the label (`set by …`).
    public var evidence: [String]
    public var text: String
    public var page: Int?
}
