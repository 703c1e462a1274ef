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

    @Argument(help: "PDF, text (.txt), Markdown (.md) or HTML (.html) letters.", completion: .file())
    var files: [String]

    @Option(name: .shortAndLong, help: "Folder for NAME.json outputs (created if missing).", completion: .directory)
    var output: String?

    @Option(help: "Output format: json (canonical JSON) or tei (TEI P5 XML, written as NAME.xml).")
    var format: OutputFormat = .json

    @OptionGroup var ocrOptions: OCROptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, tei
    }

    @Option(name: .customLong("max-input-mb"), help: "Largest input in MB for every format (default: text and Markdown 20, HTML 50, PDF 500); 0 for none.")
    var maxInputMB: Double?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one FILE.") }
    }

    func run() throws {
        if let maxInputMB { InputLimitOption.apply(maxInputMB) }
        let toStdout = output == nil && files.count == 1
        let directory = output ?? "."
        if !toStdout {
            do {
                try FileErrorText.createFolder(directory)
            } catch {
                throw ValidationError("cannot create output folder \(directory): \(error)")
            }
        }
        var options = ocrOptions.extractionOptions
        // Restarting repeats the files already done: allowed only while nothing was printed.
        let printed = OnceFlag()
        options.beforeOCR = OCROptions.restartWithOneOpenMPThread { !printed.isSet }
        var failures = 0
        var written: [String: String] = [:]  // output name → the input that wrote it
        for file in files {
            let jsonName = OutputName.json(for: file)
            let name = format == .tei ? (jsonName as NSString).deletingPathExtension + ".xml" : jsonName
            if !toStdout, let first = written[name] {
                // a/x.pdf and b/x.pdf, or x.pdf and x.txt: the second would silently replace the first.
                failures += 1
                printed.set()
                Diagnostics.report(file: file, reason: "same output \(name) as \(first); convert it separately or use `letters batch`")
                continue
            }
            do {
                let bytes = format == .tei
                    ? try LetterExtractor.extractTEI(path: file, options: options)
                    : try CanonicalJSON.encode(LetterExtractor.extract(path: file, options: options))
                if toStdout {
                    printed.set()
                    FileHandle.standardOutput.write(bytes)
                } else {
                    try AtomicFile.write(bytes, to: (directory as NSString).appendingPathComponent(name))
                    written[name] = file
                }
            } catch let error as ExtractionError {
                printed.set()
                failures += 1
                Diagnostics.report(file: error.file, reason: error.reason)
            } catch {
                printed.set()
                failures += 1
                Diagnostics.report(file: file, reason: "\(error)")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
