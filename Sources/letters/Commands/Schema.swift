import ArgumentParser
import LetterModel

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the JSON Schema that every output follows.")

    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        print(LetterSchema.json, terminator: "")
    }
}
