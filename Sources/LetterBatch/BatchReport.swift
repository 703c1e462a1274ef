import Foundation
import LetterModel

/// What a batch did with each input: written to `OUT/batch-report.json` at the end of a run.
///
/// Documents are ordered by input path (UTF-8 bytes), so two runs over the same inputs list
/// them in the same order; absent values are `null`, never omitted.
public struct BatchReport: Codable, Equatable, Sendable {
    public var extractorVersion: String
    /// `K/N` when the run was one shard, else `nil`.
    public var shard: String?
    public var converted: Int
    public var skipped: Int
    public var failed: Int
    public var documents: [BatchDocument]
    /// The letters to open first: every document whose letter has warnings, heaviest
    /// ``ReviewPriority`` score first, then by input path.
    public var needsReview: [ReviewEntry]

    public init(extractorVersion: String, shard: String?, documents: [BatchDocument]) {
        self.extractorVersion = extractorVersion
        self.shard = shard
        self.documents = documents.sorted {
            $0.input != $1.input ? $0.input.utf8Precedes($1.input) : $0.output.utf8Precedes($1.output)
        }
        converted = documents.count { $0.status == .converted }
        skipped = documents.count { $0.status == .skipped }
        failed = documents.count { $0.status == .failed }
        needsReview = self.documents.compactMap { document in
            guard let score = document.reviewScore, score > 0 else { return nil }
            return ReviewEntry(input: document.input, output: document.output, score: score, review: document.review ?? [])
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.input.utf8Precedes($1.input) }
    }

    /// `batch-report.json`, or `batch-report.shard-K-of-N.json` for a shard (shards may share a folder).
    public static func fileName(shard: Shard?) -> String {
        shard.map { "batch-report.shard-\($0.index)-of-\($0.count).json" } ?? "batch-report.json"
    }

    enum CodingKeys: String, CodingKey {
        case extractorVersion = "extractor_version", shard, converted, skipped, failed, documents
        case needsReview = "needs_review"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(extractorVersion, forKey: .extractorVersion)
        try c.encode(shard, forKey: .shard)
        try c.encode(converted, forKey: .converted)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(failed, forKey: .failed)
        try c.encode(documents, forKey: .documents)
        try c.encode(needsReview, forKey: .needsReview)
    }
}

/// A letter of the batch a person should check, and why (the codes of its warnings).
public struct ReviewEntry: Codable, Equatable, Sendable {
    public var input: String
    public var output: String
    /// ``ReviewPriority/score(_:)`` of its warnings.
    public var score: Int
    /// Its warning codes, heaviest first (`no_signatories`, `closing_by_position`…).
    public var review: [String]
}

/// One input of a batch and its outcome.
public struct BatchDocument: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable { case converted, skipped, failed }

    /// The input path as reached from the command line.
    public var input: String
    /// The JSON's path relative to the output folder (present for failures too: where it would go).
    public var output: String
    public var status: Status
    /// SHA-256 of the source bytes, when they could be read.
    public var sha256: String?
    /// Page count (PDF only).
    public var pages: Int?
    /// Time spent converting in this run, rounded to milliseconds; `nil` when skipped.
    public var seconds: Double?
    /// Why the document failed: a one-line reason.
    public var error: String?
    /// The input path this one is the same file as (a symbolic or hard link to it): that path
    /// was converted and its output copied here. `nil` for a file converted on its own.
    public var sameAs: String?
    /// The letter's warning codes, heaviest first (empty: nothing to check); `nil` when the
    /// document failed or a skipped one's were not recorded.
    public var review: [String]?
    /// ``ReviewPriority/score(_:)`` of those warnings.
    public var reviewScore: Int?

    public init(input: String, output: String, status: Status, sha256: String? = nil, pages: Int? = nil,
                seconds: Double? = nil, error: String? = nil, sameAs: String? = nil,
                review: [String]? = nil, reviewScore: Int? = nil) {
        self.sameAs = sameAs
        self.review = review
        self.reviewScore = reviewScore
        self.input = input
        self.output = output
        self.status = status
        self.sha256 = sha256
        self.pages = pages
        self.seconds = seconds.map { ($0 * 1000).rounded() / 1000 }
        self.error = error
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(input, forKey: .input)
        try c.encode(output, forKey: .output)
        try c.encode(status, forKey: .status)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(pages, forKey: .pages)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(error, forKey: .error)
        try c.encode(sameAs, forKey: .sameAs)
        try c.encode(review, forKey: .review)
        try c.encode(reviewScore, forKey: .reviewScore)
    }

    enum CodingKeys: String, CodingKey {
        case input, output, status, sha256, pages, seconds, error, sameAs = "same_as"
        case review, reviewScore = "review_score"
    }
}
