import ArgumentParser
import LetterExtractor

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how the layout stage reads a PDF: blocks, lines, footnote markers, notes and links.",
        discussion: "For diagnosing an extraction: each block with its page, box, font size and alignment."
    )

    @Argument(help: "A PDF letter.", completion: .file())
    var file: String

    func run() throws {
        do {
            print(try LetterExtractor.layoutDump(path: file), terminator: "")
        } catch {
            Diagnostics.report(file: error.file, reason: error.reason)
            throw ExitCode(1)
        }
    }
}
