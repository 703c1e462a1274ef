import ArgumentParser
import Foundation
import LetterArchive

/// `letters archive search`: full-text search and filters over the archive.
struct ArchiveSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search subject, body, calls to action and footnotes; filter by signatory, addressee, date, language.",
        discussion: """
        Every word of QUERY must occur (case and accents ignored); results are ranked, the subject \
        weighing most, with a snippet where the words are marked **so**. Without QUERY the filters \
        list letters, newest first. Filters combine with AND. Dates: YYYY, YYYY-MM or YYYY-MM-DD.
        """
    )

    @OptionGroup var location: ArchiveLocation

    @Argument(help: "Words to search for.")
    var query: [String] = []

    @Option(help: "Only letters signed by someone whose name contains this (case, punctuation, honorifics ignored).")
    var signatory: String?

    @Option(help: "Only letters whose addressee or cc contains this text.")
    var addressee: String?

    @Option(help: "Only letters dated on or after this day.")
    var from: String?

    @Option(help: "Only letters dated on or before this day (YYYY means up to 31 December).")
    var to: String?

    @Option(help: "Only letters in this language (en, es, fr, de, pt).")
    var language: String?

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "Print the results as JSON.")
    var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if !query.isEmpty, ArchiveQuery(text: query.joined(separator: " ")).hasNoWords {
            throw ValidationError("the query \"\(query.joined(separator: " "))\" has no letters or digits to search for; give words, or only filters to list letters.")
        }
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, DateBounds.of(iso: value).0 == nil {
                throw ValidationError("\(flag) \(value): give a date as YYYY, YYYY-MM or YYYY-MM-DD.")
            }
        }
    }

    func run() throws {
        let request = ArchiveQuery(text: query.isEmpty ? nil : query.joined(separator: " "), signatory: signatory,
                                   addressee: addressee, from: from, to: to, language: language, limit: limit)
        try withArchive(location) { archive in
            let hits = try archive.store.search(request)
            if json { try printJSON(hits); return }
            for hit in hits {
                writeOut(LetterLine.format(hit.letter) + "\n")
                if let snippet = hit.snippet { writeOut("    " + snippet.replacingOccurrences(of: "\n", with: " ") + "\n") }
            }
            if hits.isEmpty { Verbosity.note("archive: no letters match") }
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
