import ArgumentParser
import Foundation
import LetterArchive
import LetterWeb

/// `letters archive serve`: the archive in a browser, read-only.
struct ArchiveServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Browse the archive in a web browser (read-only): search, letters, signatories, versions.",
        discussion: """
        Serves http://HOST:PORT/ until interrupted. Nothing can be changed through it: only GET \
        and HEAD are answered, and the archive is opened read-only. It listens on 127.0.0.1 unless \
        --host says otherwise (--host 0.0.0.0 shows the archive to the whole network). See \
        docs/archive.md, "Web view".
        """
    )

    @OptionGroup var location: ArchiveLocation

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port, printed at start).")
    var port = 8080

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535.") }
    }

    /// The rest of the CLI is synchronous: the server runs in a task while this thread waits.
    func run() throws {
        let archive = try location.open(.readOnly)
        defer { archive.close() }
        let site = WebSite(archive: archive)
        let shown = host.contains(":") ? "[\(host)]" : host
        let display = location.resolvedForDisplay
        let (host, port) = (host, port)
        let outcome = ServeOutcome()
        Task {
            do {
                try await WebServer.run(site: site, host: host, port: port, untilSignal: true) { bound in
                    FileHandle.standardError.write(Data("letters: archive: serving \(display) at http://\(shown):\(bound)/ (read-only; Ctrl-C stops)\n".utf8))
                }
            } catch {
                outcome.failure = "\(error)"
            }
            outcome.done.signal()
        }
        outcome.done.wait()
        if let failure = outcome.failure {
            Diagnostics.report(file: "archive serve", reason: failure)
            throw ExitCode(2)
        }
    }
}

private final class ServeOutcome: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var failure: String?
}
