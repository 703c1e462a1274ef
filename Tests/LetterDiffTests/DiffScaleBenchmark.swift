@testable import LetterDiff
import Foundation
import LetterModel
import XCTest

/// Figures for docs/diff.md, run by scripts/bench-reliability.sh one case per process (so the
/// peak memory is the case's own); skipped in a normal test run. LETTERS_BENCH_DIFF=N[:full]
/// aligns two N-paragraph letters (the generated pair of LargeLetterDiffTests); `full` forces
/// the full old × new table, which is what every size used before the linear-space alignment.
final class DiffScaleBenchmark: XCTestCase {
    func testBenchmark() throws {
        guard let spec = ProcessInfo.processInfo.environment["LETTERS_BENCH_DIFF"] else {
            throw XCTSkip("benchmark: set LETTERS_BENCH_DIFF=N or N:full (scripts/bench-reliability.sh)")
        }
        let parts = spec.split(separator: ":")
        let count = Int(parts[0]) ?? 1000
        let full = parts.count > 1
        let p = LargeLetterDiffTests.pair(count)
        let interner = Interner()
        let a = p.old.map { PreparedText($0, interner: interner) }, b = p.new.map { PreparedText($0, interner: interner) }
        let started = Date()
        let links = ParagraphAlignment.align(old: a, new: b, cellBudget: full ? .max : ParagraphAlignment.exactCellBudget)
        let seconds = Date().timeIntervalSince(started)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "diff %d paragraphs (%@): %.2f s, peak RSS %.0f MB, %d links", count, full ? "full table" : "anchors + linear space",
                     seconds, Double(usage.ru_maxrss) / 1024, links.count))
    }
}
