import ArgumentParser
import Foundation
import LetterExtractor
import LetterModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract letters into canonical JSON.",
        discussion: """
        With one file and no --output, the JSON goes to standard output. With several files or
        --output DIR, each FILE becomes DIR/NAME.json (written atomically). A file that cannot be
        read is reported as `letters: FILE: reason` on standard error; the others are still
        converted, and the exit status is 1.
        """
    )

    @Argument(help: "PDF, text (.txt) or Markdown (.md) letters.", completion: .file())
    var files: [String]

    @Option(name: .shortAndLong, help: "Folder for NAME.json outputs (created if missing).", completion: .directory)
    var output: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one FILE.") }
    }

    func run() throws {
        let toStdout = output == nil && files.count == 1
        let directory = output ?? "."
        if !toStdout {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("cannot create output folder \(directory): \(error.localizedDescription)")
            }
        }
        var failures = 0
        for file in files {
            do {
                let letter = try LetterExtractor.extract(path: file)
                let json = try CanonicalJSON.encode(letter)
                if toStdout {
                    FileHandle.standardOutput.write(json)
                } else {
                    let target = (directory as NSString).appendingPathComponent(OutputName.json(for: file))
                    try AtomicFile.write(json, to: target)
                }
            } catch let error as ExtractionError {
                failures += 1
                Diagnostics.report(file: error.file, reason: error.reason)
            } catch {
                failures += 1
                Diagnostics.report(file: file, reason: "\(error)")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
