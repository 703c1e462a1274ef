import XCTest

/// The scenarios against an SQLite file.
final class SQLiteArchiveTests: XCTestCase {
    let scenarios = Scenarios(backend: .sqlite)

    func testAddStoresEveryLetterAndItsRows() throws { try scenarios.addStoresEveryLetterAndItsRows() }
    func testReAddingStoresNothingTwice() throws { try scenarios.reAddingStoresNothingTwice() }
    func testSearchByWordRanksAndHighlights() throws { try scenarios.searchByWordRanksAndHighlights() }
    func testSearchBySignatoryMatchesSpellings() throws { try scenarios.searchBySignatoryMatchesSpellings() }
    func testFiltersWithoutQuery() throws { try scenarios.filtersWithoutQuery() }
    func testNeedsReviewListsFlaggedLettersHeaviestFirst() throws { try scenarios.needsReviewListsFlaggedLettersHeaviestFirst() }
    func testDateRanges() throws { try scenarios.dateRanges() }
    func testVersionsOfTheSeedStatement() throws { try scenarios.versionsOfTheSeedStatement() }
    func testSignatoriesMergeSpellings() throws { try scenarios.signatoriesMergeSpellings() }
    func testExportJSONLinesAndCSV() throws { try scenarios.exportJSONLinesAndCSV() }
    func testConcurrentAddFromTwoProcesses() throws { try CLIScenarios(backend: .sqlite).concurrentAdd() }
    func testKillDuringAddThenRerun() throws { try CLIScenarios(backend: .sqlite).killDuringAddThenRerun() }
    func testDocumentsStoredAsConvertedThenSkipped() throws { try CLIScenarios(backend: .sqlite).documentsStoredAsConvertedThenSkipped() }
    func testCommandLine() throws { try CLIScenarios(backend: .sqlite).commandLine() }
}

/// The same scenarios against PostgreSQL (LETTERS_TEST_POSTGRES_URL; skipped with a message when unset).
final class PostgresArchiveTests: XCTestCase {
    func scenarios() throws -> Scenarios { Scenarios(backend: try Backend.requirePostgres()) }
    func cli() throws -> CLIScenarios { CLIScenarios(backend: try Backend.requirePostgres()) }

    func testAddStoresEveryLetterAndItsRows() throws { try scenarios().addStoresEveryLetterAndItsRows() }
    func testReAddingStoresNothingTwice() throws { try scenarios().reAddingStoresNothingTwice() }
    func testSearchByWordRanksAndHighlights() throws { try scenarios().searchByWordRanksAndHighlights() }
    func testSearchBySignatoryMatchesSpellings() throws { try scenarios().searchBySignatoryMatchesSpellings() }
    func testFiltersWithoutQuery() throws { try scenarios().filtersWithoutQuery() }
    func testNeedsReviewListsFlaggedLettersHeaviestFirst() throws { try scenarios().needsReviewListsFlaggedLettersHeaviestFirst() }
    func testDateRanges() throws { try scenarios().dateRanges() }
    func testVersionsOfTheSeedStatement() throws { try scenarios().versionsOfTheSeedStatement() }
    func testSignatoriesMergeSpellings() throws { try scenarios().signatoriesMergeSpellings() }
    func testExportJSONLinesAndCSV() throws { try scenarios().exportJSONLinesAndCSV() }
    func testConcurrentAddFromTwoProcesses() throws { try cli().concurrentAdd() }
    func testKillDuringAddThenRerun() throws { try cli().killDuringAddThenRerun() }
    func testDocumentsStoredAsConvertedThenSkipped() throws { try cli().documentsStoredAsConvertedThenSkipped() }
    func testCommandLine() throws { try cli().commandLine() }
}
