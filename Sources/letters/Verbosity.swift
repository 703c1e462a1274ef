import ArgumentParser
import Foundation

/// `-q` and `-v`, on every command.
///
/// Quiet: errors only (no progress line, summary or notes); verbose: a line per file with its
/// time and notes. Errors are never silenced: a script that passes `-q` still learns why a file
/// failed. The level is process-wide (``Verbosity/level``) so helpers far from the command's
/// options can ask for it.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Errors only: no progress, summary or notes on standard error.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Say more: each file's time, pages and warnings on standard error.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("Give at most one of --quiet and --verbose.") }
        Verbosity.level = quiet ? .quiet : verbose ? .verbose : .normal
    }
}

enum Verbosity: Int, Comparable, Sendable {
    case quiet, normal, verbose

    nonisolated(unsafe) static var level = Verbosity.normal

    static func < (a: Verbosity, b: Verbosity) -> Bool { a.rawValue < b.rawValue }

    /// A note on standard error (`letters: …`), shown unless `-q`.
    static func note(_ text: String) {
        guard level >= .normal else { return }
        FileHandle.standardError.write(Data("letters: \(text)\n".utf8))
    }

    /// A detail on standard error, shown only with `-v`.
    static func detail(_ text: String) {
        guard level >= .verbose else { return }
        FileHandle.standardError.write(Data("letters: \(text)\n".utf8))
    }
}
