import Foundation

/// Progress of a batch on standard error.
///
/// On a terminal, one line redrawn in place (`\r`, then erase to end of line) at most five times
/// a second: done/total, rate, ETA and failures. Elsewhere (a log, a pipe), no control characters:
/// a plain line every 30 seconds while documents remain, so a long CI run shows life.
final class Progress {
    private let total: Int
    private let terminal: Bool
    private let write: (String) -> Void
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    init(total: Int, terminal: Bool, write: @escaping (String) -> Void) {
        self.total = total
        self.terminal = terminal
        self.write = write
    }

    /// `done` counts every input settled (skipped ones too), `worked` those converted or failed
    /// in this run: the rate and ETA come from the latter.
    func update(done: Int, worked: Int, failed: Int, ocrPages: Int = 0) {
        let now = ContinuousClock.now
        let interval: Duration = terminal ? .milliseconds(200) : .seconds(30)
        if let lastDrawn, now - lastDrawn < interval { return }
        if lastDrawn == nil && !terminal { lastDrawn = now; return }
        lastDrawn = now
        let line = Self.line(done: done, total: total, worked: worked, failed: failed, elapsed: (now - start).seconds, ocrPages: ocrPages)
        if terminal {
            write("\r" + line + "\u{1B}[K")
            drawn = true
        } else if done < total {
            write(line + "\n")
        }
    }

    /// Clears the progress line before the summary.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    /// `batch: 120/1000 (12%), 35.2 docs/s, ETA 0:25, 14 pages OCR'd, 2 failed`
    static func line(done: Int, total: Int, worked: Int, failed: Int, elapsed: Double, ocrPages: Int = 0) -> String {
        let percent = total == 0 ? 100 : done * 100 / total
        let rate = elapsed > 0 ? Double(worked) / elapsed : 0
        var text = "batch: \(done)/\(total) (\(percent)%)"
        text += ", " + String(format: "%.1f", rate) + " docs/s"
        if rate > 0 {
            let remaining = Int((Double(total - done) / rate).rounded(.up))
            text += ", ETA \(remaining / 60):" + String(format: "%02d", remaining % 60)
        } else {
            text += ", ETA --:--"
        }
        if ocrPages > 0 { text += ", \(ocrPages) page\(ocrPages == 1 ? "" : "s") OCR'd" }
        if failed > 0 { text += ", \(failed) failed" }
        return text
    }
}
