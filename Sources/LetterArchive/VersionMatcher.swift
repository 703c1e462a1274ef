import Foundation

/// One letter of a group of versions of the same statement.
public struct VersionMatch: Codable, Sendable, Equatable {
    public var letter: LetterSummary
    /// Share of the shorter text's word triples that the other text also has (0…1); 1 for the
    /// letter asked about.
    public var sharedText: Double
    /// Share of subject words in common (Jaccard, 0…1); `nil` when either has no subject.
    public var subjectSimilarity: Double?

    enum CodingKeys: String, CodingKey { case letter, sharedText = "shared_text", subjectSimilarity = "subject_similarity" }
}

/// Decides which letters are versions of the same statement: re-typeset, re-dated, re-signed
/// copies whose text is largely the same.
///
/// The measure is containment of word 3-grams (|A ∩ B| / min(|A|, |B|)): a version that adds a
/// paragraph or a hundred signatories still contains the other's text, where plain Jaccard would
/// fall with every addition. Word triples rather than words, so that two letters on the same topic
/// (sharing vocabulary) are not taken for versions. A similar subject lowers the text needed.
public enum VersionMatcher {
    /// Containment above which two letters are versions whatever their subjects.
    public static let sharedTextThreshold = 0.5
    /// Containment enough when the subjects are similar (Jaccard ≥ ``subjectThreshold``).
    public static let sharedTextWithSubject = 0.25
    public static let subjectThreshold = 0.6

    /// Words to find candidates with: the subject's and the longest distinct body words (long
    /// words are rare, so they pick out the statement rather than the language).
    static func probeWords(subject: String?, body: String, count: Int = 24) -> [String] {
        let subjectWords = ArchiveQuery.words(in: subject ?? "").filter { $0.count >= 3 }
        let bodyWords = Set(ArchiveQuery.words(in: body).filter { $0.count >= 5 })
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        var seen: Set<String> = []
        return (subjectWords + bodyWords).filter { seen.insert($0).inserted }.prefix(count).map { $0 }
    }

    static func shingles(_ text: String) -> Set<String> {
        let words = ArchiveQuery.words(in: ArchiveQuery.folded(text))
        guard words.count >= 3 else { return words.isEmpty ? [] : [words.joined(separator: " ")] }
        return Set((0...(words.count - 3)).map { words[$0..<$0 + 3].joined(separator: " ") })
    }

    static func containment(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return Double(small.filter(large.contains).count) / Double(small.count)
    }

    static func subjectSimilarity(_ a: String?, _ b: String?) -> Double? {
        let x = Set(ArchiveQuery.words(in: ArchiveQuery.folded(a ?? ""))), y = Set(ArchiveQuery.words(in: ArchiveQuery.folded(b ?? "")))
        guard !x.isEmpty, !y.isEmpty else { return nil }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    static func isVersion(sharedText: Double, subject: Double?) -> Bool {
        sharedText >= sharedTextThreshold || (sharedText >= sharedTextWithSubject && (subject ?? 0) >= subjectThreshold)
    }
}
