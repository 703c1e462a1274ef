import ArgumentParser
import Foundation
import LetterExtractor
import LetterModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract letters (PDF, text, Markdown, HTML) into canonical JSON, TEI, Markdown or text.",
        discussion: """
        FILE is a PDF, text, Markdown or HTML letter, `-` for standard input (the format is read \
        from the content: PDF, HTML, letter JSON, Markdown, else text), or a letter JSON written \
        by `letters extract`, which is checked and written again in canonical form (never read \
        as a text letter).

        Without --output, one FILE goes to standard output; several FILEs go there too, as JSON \
        Lines (one canonical letter per line) with --format json, one after the other with md or \
        text (tei needs --output). With --output DIR each FILE becomes DIR/NAME.json (.xml, .md, \
        .txt), written atomically. A file that cannot be read is reported as `letters: FILE: \
        reason` on standard error; the others are still converted, and the exit status is 1.
        """
    )

    @Argument(help: "PDF, text (.txt), Markdown (.md), HTML (.html) or letter JSON (.json) files; - for standard input.", completion: .file())
    var files: [String]

    @Option(name: .shortAndLong, help: "Folder for NAME.json (or .xml, .md, .txt) outputs (created if missing).", completion: .directory)
    var output: String?

    @Option(help: "Output format: json (canonical JSON), tei (TEI P5 XML, NAME.xml), md (Markdown, NAME.md) or text (plain text, NAME.txt).")
    var format: OutputFormat = .json

    @OptionGroup var ocrOptions: OCROptions

    @Option(name: .customLong("max-input-mb"), help: "Largest input in MB for every format (default: text and Markdown 20, HTML 50, PDF 500); 0 for none.")
    var maxInputMB: Double?

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one FILE.") }
        if files.count(where: { $0 == LetterExtractor.standardInputPath }) > 1 { throw ValidationError("Standard input (-) can be read only once.") }
        if format == .tei && output == nil && files.count > 1 {
            throw ValidationError("--format tei with several files needs --output DIR (one XML document per file).")
        }
    }

    func run() throws {
        if let maxInputMB { InputLimitOption.apply(maxInputMB) }
        let destination: Destination = output.map { .folder($0) } ?? (files.count == 1 ? .single : .stream)
        if case .folder(let directory) = destination {
            do {
                try FileErrorText.createFolder(directory)
            } catch {
                throw ValidationError("cannot create output folder \(directory): \(error)")
            }
        }
        var options = ocrOptions.extractionOptions
        // Restarting repeats the files already done: allowed only while nothing was printed,
        // and never once standard input has been read (it cannot be read again).
        let printed = OnceFlag()
        let readsStandardInput = files.contains(LetterExtractor.standardInputPath)
        options.beforeOCR = OCROptions.restartWithOneOpenMPThread { !printed.isSet && !readsStandardInput }
        var failures = 0
        var written: [String: String] = [:]  // output name → the input that wrote it
        for (index, file) in files.enumerated() {
            let start = ContinuousClock.now
            let name = OutputName.name(for: file == LetterExtractor.standardInputPath ? LetterExtractor.standardInputName : file, format: format)
            var target: String?
            if case .folder(let directory) = destination {
                if let first = written[name] {
                    // a/x.pdf and b/x.pdf, or x.pdf and x.txt: the second would silently replace the first.
                    failures += 1
                    printed.set()
                    Diagnostics.report(file: file, reason: "same output \(name) as \(first); convert it separately or use `letters batch`")
                    continue
                }
                let path = (directory as NSString).appendingPathComponent(name)
                if OutputName.isSameFile(path, file) {
                    failures += 1
                    printed.set()
                    Diagnostics.report(file: file, reason: "its output \(path) is the input itself; choose another --output folder")
                    continue
                }
                target = path
            }
            do {
                let conversion = try LetterExtractor.convert(path: file, to: format, options: options)
                printed.set()
                switch destination {
                case .single:
                    FileHandle.standardOutput.write(conversion.output)
                case .stream:
                    FileHandle.standardOutput.write(try streamed(conversion, first: index == 0, file: file))
                case .folder:
                    try AtomicFile.write(conversion.output, to: target!)
                    written[name] = file
                }
                let letter = conversion.letter
                Verbosity.detail("\(file): \(Seconds.format(ContinuousClock.now - start))"
                    + (letter.source.pages.map { ", \($0) page\($0 == 1 ? "" : "s")" } ?? "")
                    + (letter.source.ocr.map { ", \($0.count) read by OCR" } ?? "")
                    + ", \(letter.warnings.count) warning\(letter.warnings.count == 1 ? "" : "s")"
                    + (target.map { " -> \($0)" } ?? ""))
            } catch let error as ExtractionError {
                printed.set()
                failures += 1
                Diagnostics.report(file: error.file, reason: error.reason)
            } catch let error as AtomicFile.Failure {
                printed.set()
                failures += 1
                Diagnostics.report(file: file, reason: error.description)
            } catch {
                printed.set()
                failures += 1
                Diagnostics.report(file: file, reason: "\(error)")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Where the outputs go: one file's to standard output, several files' to standard output
    /// one after the other, or files in a folder.
    private enum Destination {
        case single, stream, folder(String)
    }

    /// One letter of several on standard output: JSON as one line (JSON Lines), Markdown
    /// separated by a rule, text by a blank line.
    private func streamed(_ conversion: LetterExtractor.Conversion, first: Bool, file: String) throws -> Data {
        switch format {
        case .json:
            do { return try CanonicalJSON.encodeLine(conversion.letter) } catch {
                throw ExtractionError(file: file, reason: "cannot encode the letter as JSON: \(error)")
            }
        case .md: return (first ? Data() : Data("\n---\n\n".utf8)) + conversion.output
        case .text: return (first ? Data() : Data("\n".utf8)) + conversion.output
        case .tei: return conversion.output  // refused in validate()
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Durations for people: `0.123 s`.
enum Seconds {
    static func format(_ duration: Duration) -> String {
        let parts = duration.components
        let seconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        return String(format: "%.3f s", seconds)
    }
}
