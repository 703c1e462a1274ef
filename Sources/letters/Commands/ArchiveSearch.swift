import ArgumentParser
import Foundation
import LetterArchive

/// `letters archive search`: full-text search and filters over the archive.
struct ArchiveSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search subject, body, calls to action and footnotes; filter by signatory, addressee, date, language.",
        discussion: """
        QUERY: words (all must occur; case and accents ignored), "a phrase", prefix*, a OR b, \
        -word to leave letters out. Results are ranked, the subject weighing most, with a snippet \
        where the matched words are marked **so**, after a line saying how many letters match. \
        Without QUERY the filters list letters, newest first. Filters combine with AND. Dates: \
        YYYY, YYYY-MM or YYYY-MM-DD. --needs-review keeps the letters with warnings, the ones to \
        open first at the top, each with its warning codes. See docs/archive.md, "Query syntax".
        """
    )

    @OptionGroup var location: ArchiveLocation

    @Argument(help: "Words, \"phrases\", prefix*, OR, -exclude.")
    var query: [String] = []

    @Option(help: "Only letters signed by someone whose name has these whole words (case, punctuation, honorifics ignored).")
    var signatory: String?

    @Option(help: "Only letters whose addressee or cc has these whole words.")
    var addressee: String?

    @Option(help: "Only letters dated on or after this day.")
    var from: String?

    @Option(help: "Only letters dated on or before this day (YYYY means up to 31 December).")
    var to: String?

    @Option(help: "Only letters in this language (en, es, fr, de, pt).")
    var language: String?

    @Flag(help: "Only letters with warnings, the ones to open first at the top (docs/review.md).")
    var needsReview = false

    @Option(help: "At most this many results.")
    var limit = 20

    @Option(help: "Skip this many results first (the next page: --offset 20 with --limit 20).")
    var offset = 0

    @Flag(help: "Print the results as JSON.")
    var json = false

    var request: ArchiveQuery {
        ArchiveQuery(text: query.isEmpty ? nil : query.joined(separator: " "), signatory: signatory,
                     addressee: addressee, from: from, to: to, language: language, needsReview: needsReview,
                     limit: limit, offset: offset)
    }

    /// Every mistake in the filters is a usage error (exit status 64) before the archive is opened.
    func validate() throws {
        if !query.isEmpty, request.hasNoWords {
            throw ValidationError("the query \"\(query.joined(separator: " "))\" has no letters or digits to search for; give words, or only filters to list letters.")
        }
        do { try request.validate() } catch let error as ArchiveError { throw ValidationError(error.message) }
    }

    func run() throws {
        try withArchive(location) { archive in
            let results = try archive.store.find(request)
            if json { try printJSON(results); return }
            let hits = results.hits
            // The count goes to standard error, so standard output stays one letter (and its
            // snippet) per result for scripts.
            let matched = "\(results.total) letter\(results.total == 1 ? "" : "s") match"
            if !hits.isEmpty {
                Verbosity.note("archive: \(matched); \(offset + 1)–\(offset + hits.count) shown")
            } else if results.total > 0 {
                Verbosity.note("archive: \(matched); none after --offset \(offset)")
            }
            for hit in hits {
                writeOut(LetterLine.format(hit.letter) + "\n")
                if needsReview { writeOut("    check: " + hit.letter.review.joined(separator: " ") + "\n") }
                if let snippet = hit.snippet { writeOut("    " + snippet.replacingOccurrences(of: "\n", with: " ") + "\n") }
            }
            if results.total == 0 { Verbosity.note("archive: no letters match") }
        }
    }
}

/// One letter on one line: `ID  DATE  LANG  SUBJECT  (FILE, N signatories)`.
enum LetterLine {
    static func format(_ s: LetterSummary) -> String {
        let id = String(s.id).padding(toLength: max(5, String(s.id).count), withPad: " ", startingAt: 0)
        let date = (s.date ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
        let subject = s.subject ?? s.sender.map { "from \($0)" } ?? "(no subject)"
        return "\(id) \(date)  \(s.language ?? "--")  \(subject)  (\(s.file), \(s.signatoryCount) signator\(s.signatoryCount == 1 ? "y" : "ies"))"
    }
}
