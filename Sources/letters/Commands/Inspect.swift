import ArgumentParser
import LetterExtractor

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a letter is read: the layout stage's blocks, or with --labels the segmenter's label for each block.",
        discussion: """
            For diagnosing an extraction. Without options (PDF only): each block with its page, box, font size and \
            alignment, its lines and footnote markers, the notes and the links. With --labels (PDF, text, Markdown or \
            HTML): each block with its label, the score of that label, the margin over the best other part, the \
            probability of that part over every labelling in the letter's order, and the \
            evidence (named rules with their weights) that decided it.
            """
    )

    @Flag(help: "Print the label the segmenter gave each block, with its score and evidence.")
    var labels = false

    /// For scripts/fit_parts.py: every block's evidence for every part, as JSON Lines.
    @Flag(help: .hidden)
    var features = false

    @Argument(help: "A letter (PDF; with --labels also text, Markdown or HTML).", completion: .file())
    var file: String

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        do {
            let dump = features ? try LetterExtractor.featureDump(path: file)
                : labels ? try LetterExtractor.labelDump(path: file) : try LetterExtractor.layoutDump(path: file)
            print(dump, terminator: "")
        } catch {
            Diagnostics.report(file: error.file, reason: error.reason)
            throw ExitCode(1)
        }
    }
}
