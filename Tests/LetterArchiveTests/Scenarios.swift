import Foundation
@testable import LetterArchive
import LetterModel
import XCTest

/// The archive scenarios, written once and run against each backend (SQLiteArchiveTests,
/// PostgresArchiveTests), so both stores are held to the same answers.
struct Scenarios {
    let backend: Backend

    /// A fresh archive loaded with the sample (and corpus) letters; deleted after `body`.
    func withLoadedArchive(_ body: (Archive, [Letter], StatementLog) throws -> Void) throws {
        try withArchive { archive, log in
            let letters = try Fixtures.letters()
            for letter in try Fixtures.allLetters() { try archive.add(letter) }
            try body(archive, letters, log)
        }
    }

    func withArchive(_ body: (Archive, StatementLog) throws -> Void) throws {
        let (location, cleanup) = try backend.makeLocation()
        defer { cleanup() }
        let log = StatementLog()
        let archive = try Archive(location: location, trace: log.trace)
        defer { archive.close() }
        try body(archive, log)
    }

    func ids(_ hits: [SearchHit]) -> Set<String> { Set(hits.map(\.letter.file)) }

    // MARK: - Adding

    func addStoresEveryLetterAndItsRows() throws {
        try withArchive { archive, log in
            let letters = try Fixtures.letters()
            log.reset()
            var outcomes: [AddOutcome] = []
            for letter in try Fixtures.allLetters() { outcomes.append(try archive.add(letter)) }
            let unique = letters.count
            XCTAssertEqual(outcomes.filter { if case .added = $0 { true } else { false } }.count, unique)
            let stats = try archive.store.stats()
            XCTAssertEqual(stats.letters, unique)
            XCTAssertEqual(stats.signatures, letters.reduce(0) { $0 + $1.signatories.count })
            XCTAssertEqual(stats.footnotes, letters.reduce(0) { $0 + $1.footnotes.count })
            XCTAssertEqual(stats.callsToAction, letters.reduce(0) { $0 + $1.callsToAction.count })
            // Each letter is one transaction: the first letter's statements sit between BEGIN and COMMIT.
            let statements = log.all.map { $0.uppercased() }
            let begin = try XCTUnwrap(statements.firstIndex { $0.hasPrefix("BEGIN") })
            let commit = try XCTUnwrap(statements.firstIndex { $0.hasPrefix("COMMIT") })
            XCTAssertTrue(statements[begin..<commit].contains { $0.contains("INSERT INTO LETTERS") })
            XCTAssertTrue(statements[begin..<commit].contains { $0.contains("INSERT INTO SIGNATORIES") } || letters[0].signatories.isEmpty)
            // The stored letter is the letter, and its JSON is the canonical bytes.
            for (letter, outcome) in zip(try Fixtures.allLetters(), outcomes).prefix(5) {
                XCTAssertEqual(try archive.letter(id: outcome.id), letter)
                XCTAssertEqual(try archive.store.json(id: outcome.id), String(decoding: try CanonicalJSON.encode(letter), as: UTF8.self))
            }
            XCTAssertNil(try archive.letter(id: 999_999))
        }
    }

    func reAddingStoresNothingTwice() throws {
        try withLoadedArchive { archive, letters, log in
            let before = try archive.store.stats()
            log.reset()
            for letter in letters {
                guard case .alreadyArchived(let id) = try archive.add(letter) else { return XCTFail("\(letter.source.file) added twice") }
                XCTAssertEqual(try archive.store.id(sha256: letter.source.sha256), id)
            }
            XCTAssertEqual(try archive.store.stats(), before)
            XCTAssertFalse(log.all.contains { $0.uppercased().contains("INSERT INTO SIGNATORIES") }, "no child rows written for a known letter")
        }
    }

    // MARK: - Search

    func searchByWordRanksAndHighlights() throws {
        try withLoadedArchive { archive, letters, log in
            log.reset()
            let hits = try archive.store.search(ArchiveQuery(text: "solidarity Mexican", limit: 100))
            XCTAssertTrue(Fixtures.seedFiles.isSubset(of: ids(hits)), "\(ids(hits))")
            let expected = letters.filter { l in
                let text = ([l.subject ?? ""] + l.body.map(\.text) + l.callsToAction.map(\.text) + l.footnotes.map(\.text)).joined(separator: " ")
                let words = Set(ArchiveQuery.words(in: text))
                return words.contains("solidarity") && words.contains("mexican")
            }
            XCTAssertEqual(ids(hits), Set(expected.map(\.source.file)))
            for hit in hits {
                XCTAssertNotNil(hit.rank)
                XCTAssertTrue(hit.snippet?.lowercased().contains("**solidarity**") == true || hit.snippet?.lowercased().contains("**mexican**") == true,
                              hit.snippet ?? "no snippet")
            }
            let ranks = hits.compactMap(\.rank)
            XCTAssertEqual(ranks, ranks.sorted(by: >), "best first")
            let sql = log.all.joined(separator: "\n")
            XCTAssertTrue(sql.contains(backend.name == "sqlite" ? "letters_fts MATCH" : "@@ to_tsquery"), sql)

            // Accents and case are ignored; syntax characters are only text; nonsense finds nothing.
            XCTAssertTrue(Fixtures.seedFiles.isSubset(of: ids(try archive.store.search(ArchiveQuery(text: "NUCLEO", limit: 100)))))
            XCTAssertEqual(try archive.store.search(ArchiveQuery(text: "\"OGP\" -- (solidarity): AND OR *", limit: 100)).isEmpty, false)
            XCTAssertTrue(try archive.store.search(ArchiveQuery(text: "xylophonequartz")).isEmpty)
            XCTAssertEqual(try archive.store.search(ArchiveQuery(text: "solidarity", limit: 2)).count, 2)
        }
    }

    func searchBySignatoryMatchesSpellings() throws {
        try withLoadedArchive { archive, letters, _ in
            let expected = Set(letters.filter { $0.signatories.contains { " \(NameKey.normalize($0.name)) ".contains(" black sash ") } }.map(\.source.file))
            XCTAssertTrue(Fixtures.seedFiles.isSubset(of: expected))
            for spelling in ["Black Sash", "the BLACK  sash.", "black-sash"] {
                XCTAssertEqual(ids(try archive.store.search(ArchiveQuery(signatory: spelling, limit: 100))), expected, spelling)
            }
            // With words too: the filter narrows the search.
            XCTAssertEqual(ids(try archive.store.search(ArchiveQuery(text: "solidarity", signatory: "Black Sash", limit: 100))), expected)
            XCTAssertTrue(try archive.store.search(ArchiveQuery(signatory: "Nobody Ofthisname")).isEmpty)
        }
    }

    /// `--needs-review`: only letters with warnings, the heaviest score first, each with its codes;
    /// with words, the matching flagged letters in the same order of scores.
    func needsReviewListsFlaggedLettersHeaviestFirst() throws {
        try withLoadedArchive { archive, letters, _ in
            // Two letters of our own with known warnings, so the order is tested whatever the
            // samples' warnings are.
            var heavy = Fixtures.synthetic(71)
            heavy.warnings = [LetterWarning(.unsignedTemplate, field: "signatories", "placeholders"),
                              LetterWarning(.noDate, field: "date", "no date"), LetterWarning(.noStructure, "no structure")]
            var light = Fixtures.synthetic(72)
            light.warnings = [LetterWarning(.lowConfidence, field: "closing", "low")]
            let all = letters + [heavy, light]
            try archive.add(heavy)
            try archive.add(light)
            let bySHA = Dictionary(all.map { ($0.source.sha256, $0) }, uniquingKeysWith: { a, _ in a })
            let flagged = Set(all.filter { ReviewPriority.score($0.warnings) > 0 }.map(\.source.sha256))

            let hits = try archive.store.search(ArchiveQuery(needsReview: true, limit: 1000))
            XCTAssertEqual(Set(hits.map(\.letter.sha256)), flagged, "every letter with warnings, and no other")
            let scores = hits.map { ReviewPriority.score(bySHA[$0.letter.sha256]!.warnings) }
            XCTAssertEqual(scores, scores.sorted(by: >), "heaviest first")
            XCTAssertEqual(hits.first?.letter.sha256, heavy.source.sha256)
            XCTAssertEqual(hits.first?.letter.review, ["no_structure", "unsigned_template", "no_date"])
            for hit in hits {
                XCTAssertEqual(hit.letter.review, ReviewPriority.codes(bySHA[hit.letter.sha256]!.warnings), hit.letter.file)
            }
            // Paging keeps the order; the total counts the flagged letters.
            let results = try archive.store.find(ArchiveQuery(needsReview: true, limit: 1, offset: 1))
            XCTAssertEqual(results.total, flagged.count)
            XCTAssertEqual(results.hits.map(\.letter.sha256), [hits[1].letter.sha256])
            // With words: only flagged letters that match, ordered by score before rank.
            let worded = try archive.store.search(ArchiveQuery(text: "zebrafish71 OR zebrafish72", needsReview: true))
            XCTAssertEqual(worded.map(\.letter.sha256), [heavy.source.sha256, light.source.sha256])
            // Without the flag, a summary still carries its codes.
            let plain = try archive.store.search(ArchiveQuery(text: "zebrafish72"))
            XCTAssertEqual(plain.map(\.letter.review), [["low_confidence"]])
        }
    }

    func filtersWithoutQuery() throws {
        try withLoadedArchive { archive, letters, _ in
            let all = try archive.store.search(ArchiveQuery(limit: 1000))
            XCTAssertEqual(all.count, Set(letters.map(\.source.sha256)).count)
            XCTAssertTrue(all.allSatisfy { $0.rank == nil && $0.snippet == nil })
            let dates = all.map(\.letter.date)
            let dated = dates.compactMap { $0 }
            XCTAssertEqual(dated, dated.sorted(by: >), "newest first")
            XCTAssertEqual(Array(dates.suffix(dates.count - dated.count)), Array(repeating: nil, count: dates.count - dated.count), "undated last")

            let english = Set(letters.filter { $0.language == "en" }.map(\.source.file))
            XCTAssertEqual(ids(try archive.store.search(ArchiveQuery(language: "en", limit: 1000))), english)

            let toOGP = Set(letters.filter { l in
                ([(l.addressee?.lines ?? []).joined(separator: "\n")] + l.cc).contains {
                    NameKey.padded(NameKey.plainWords($0)).contains(" open government partnership ")
                }
            }.map(\.source.file))
            XCTAssertTrue(Fixtures.seedFiles.isSubset(of: toOGP))
            XCTAssertEqual(ids(try archive.store.search(ArchiveQuery(addressee: "OPEN Government Partnership", limit: 1000))), toOGP)
        }
    }

    func dateRanges() throws {
        try withLoadedArchive { archive, letters, _ in
            func expected(_ from: String, _ to: String) -> Set<String> {
                Set(letters.filter { l in
                    guard let start = l.date.flatMap({ DateBounds.of(iso: $0.iso).0 }) else { return false }
                    return start >= from && start <= to
                }.map(\.source.file))
            }
            let june = try archive.store.search(ArchiveQuery(from: "2017-06", to: "2017-06-30", limit: 1000))
            XCTAssertTrue(Fixtures.seedFiles.isSubset(of: ids(june)))
            XCTAssertEqual(ids(june), expected("2017-06-01", "2017-06-30"))
            XCTAssertTrue(ids(try archive.store.search(ArchiveQuery(to: "2017-06-13", limit: 1000))).isDisjoint(with: Fixtures.seedFiles))
            XCTAssertTrue(ids(try archive.store.search(ArchiveQuery(from: "2017-06-15", limit: 1000))).isDisjoint(with: Fixtures.seedFiles))
            XCTAssertEqual(ids(try archive.store.search(ArchiveQuery(from: "2017", to: "2017", limit: 1000))), expected("2017-01-01", "2017-12-31"))
            XCTAssertEqual(ids(try archive.store.search(ArchiveQuery(text: "solidarity", from: "2017-06-14", to: "2017-06-14", limit: 1000))),
                           Fixtures.seedFiles.intersection(expected("2017-06-14", "2017-06-14")))
            XCTAssertThrowsError(try archive.store.search(ArchiveQuery(from: "June 2017"))) {
                XCTAssertTrue(($0 as? ArchiveError)?.isUsageError == true, "\($0)")
            }
        }
    }

    // MARK: - Versions, signatories, export

    func versionsOfTheSeedStatement() throws {
        try withLoadedArchive { archive, letters, _ in
            let memo = try XCTUnwrap(try archive.store.id(sha256: try XCTUnwrap(letters.first { $0.source.file == "seed-memo.pdf" }).source.sha256))
            let versions = try archive.versions(of: memo)
            XCTAssertEqual(Set(versions.map(\.letter.file)), Fixtures.seedFiles)
            XCTAssertTrue(versions.allSatisfy { $0.sharedText >= 0.5 }, "\(versions.map(\.sharedText))")
            let dates = versions.map { $0.letter.date ?? "9999" }
            XCTAssertEqual(dates, dates.sorted())
            // An unrelated letter is a version of itself only.
            let other = try XCTUnwrap(try archive.store.id(sha256: Fixtures.synthetic(1).source.sha256) ?? {
                try archive.add(Fixtures.synthetic(1)).id
            }())
            XCTAssertEqual(try archive.versions(of: other).map(\.letter.id), [other])
        }
    }

    func signatoriesMergeSpellings() throws {
        try withArchive { archive, _ in
            try archive.add(Fixtures.synthetic(1, signer: "Dr. Jane Smith"))
            try archive.add(Fixtures.synthetic(2, signer: "JANE SMITH,"))
            try archive.add(Fixtures.synthetic(3, signer: "Jane Smith"))
            try archive.add(Fixtures.synthetic(4, signer: "John Doe"))
            let list = try archive.store.signatories(minLetters: 2)
            let jane = try XCTUnwrap(list.first { $0.nameKey == "jane smith" })
            XCTAssertEqual(jane.letters, 3)
            XCTAssertEqual(Set(jane.spellings), ["Dr. Jane Smith", "JANE SMITH,", "Jane Smith"])
            XCTAssertFalse(list.contains { $0.nameKey == "john doe" }, "below --min-letters")
            XCTAssertEqual(list.map(\.letters), list.map(\.letters).sorted(by: >))
            XCTAssertTrue(try archive.store.signatories(minLetters: 1).contains { $0.name == "John Doe" && $0.letters == 1 })
        }
    }

    func exportJSONLinesAndCSV() throws {
        try withLoadedArchive { archive, letters, _ in
            var jsonl = ""
            try ArchiveExport.run(archive, format: .jsonl) { jsonl += $0 }
            let lines = jsonl.split(separator: "\n")
            XCTAssertEqual(lines.count, Set(letters.map(\.source.sha256)).count)
            let decoded = try lines.map { try ArchiveRecord.decode(Data($0.utf8)) }
            XCTAssertEqual(Set(decoded.map(\.source.sha256)), Set(letters.map(\.source.sha256)))
            for letter in decoded { XCTAssertEqual(letter, letters.first { $0.source.sha256 == letter.source.sha256 }) }

            var csv = ""
            try ArchiveExport.run(archive, format: .csv) { csv += $0 }
            let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            XCTAssertEqual(records.first, ArchiveExport.csvColumns.joined(separator: ","))
            XCTAssertGreaterThanOrEqual(records.count, lines.count + 1, "one row per letter (a quoted field may hold a line break)")
            XCTAssertTrue(csv.contains("seed-memo.pdf"))
            XCTAssertEqual(ArchiveExport.csvLine(["a,b", "say \"hi\"", "plain"]), "\"a,b\",\"say \"\"hi\"\"\",plain\r\n")
        }
    }
}
