import Foundation
import LetterExtractor
import LetterModel

/// The outcome of a second path to a file already converted in this run (a symbolic or hard
/// link: archives often build folder-per-year views from links).
///
/// The file is converted once, under its first path; every other path gets a copy of that
/// output at its own place and its own report entry with `same_as` naming the first path, so no
/// input goes missing from the outputs or the report.
enum SameFile {
    static func settle(
        _ input: BatchInput, like first: BatchDocument, folder: String, force: Bool, journal: inout ResumeJournal
    ) throws(BatchError) -> BatchDocument {
        func document(_ status: BatchDocument.Status, error: String? = nil) -> BatchDocument {
            BatchDocument(input: input.path, output: input.outputPath, status: status, sha256: first.sha256, pages: first.pages,
                          error: error, sameAs: first.input, review: first.review, reviewScore: first.reviewScore)
        }
        guard first.status != .failed else {
            return document(.failed, error: "same file as \(first.input), which failed: \(first.error ?? "failed")")
        }
        if !force, journal.upToDate(input, version: LetterExtractor.version) != nil { return document(.skipped) }
        let source = (folder as NSString).appendingPathComponent(first.output)
        let target = (folder as NSString).appendingPathComponent(input.outputPath)
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: source))
            try FileErrorText.createFolder((target as NSString).deletingLastPathComponent)
        } catch {
            return document(.failed, error: "same file as \(first.input); cannot copy its output: \(FileErrorText.describe(error))")
        }
        try AtomicWrite.write(bytes, to: target)
        try journal.append(ResumeJournal.Record(
            output: input.outputPath, sourceSHA256: first.sha256 ?? "", outputSHA256: SHA256.hex(bytes),
            extractorVersion: LetterExtractor.version, pages: first.pages,
            review: first.review, reviewScore: first.reviewScore))
        return document(.converted)
    }
}
