import ArgumentParser
import Foundation
import LetterExtractor
import LetterTEI

/// The CMIF header of `archive export --format cmif`: options, a JSON config file, defaults.
///
/// Options win over the file, the file over the defaults. The date is the export's day (UTC)
/// unless `--date` or the file gives one, so tests and reproducible builds can fix it.
struct CMIFHeaderOptions: ParsableArguments {
    @Option(help: "Title of the CMIF file (titleStmt/title).")
    var title: String?

    @Option(help: "The editor responsible for the file (titleStmt/editor).")
    var editor: String?

    @Option(help: "The editor's e-mail address (correspSearch writes to it).")
    var email: String?

    @Option(help: "Publisher: the edition, archive or institution (publicationStmt/publisher).")
    var publisher: String?

    @Option(help: "URL where this CMIF file is published (publicationStmt/idno).")
    var url: String?

    @Option(help: "Publication date, YYYY-MM-DD (default: today, UTC).")
    var date: String?

    @Option(help: "A JSON file with title, editor, email, publisher, url, source_title, source_url (and date).", completion: .file())
    var config: String?

    var isGiven: Bool { [title, editor, email, publisher, url, date, config].contains { $0 != nil } }

    func validate() throws {
        if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil { throw ValidationError("--date must be YYYY-MM-DD.") }
    }

    /// The header: options over the config file over the defaults.
    func header(today: Date = Date()) throws -> CMIFHeader {
        var header = CMIFHeader(date: Self.day(today))
        if let config {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: config)) } catch {
                throw ValidationError("\(config): cannot read the CMIF config: \(FileErrorText.describe(error))")
            }
            let file: ConfigFile
            do { file = try JSONDecoder().decode(ConfigFile.self, from: data) } catch {
                throw ValidationError("\(config): not a CMIF config (a JSON object with title, editor, email, publisher, url, source_title, source_url)")
            }
            header.title = file.title ?? header.title
            header.editor = file.editor ?? header.editor
            header.editorEmail = file.email ?? header.editorEmail
            header.publisher = file.publisher ?? header.publisher
            header.url = file.url ?? header.url
            header.date = file.date ?? header.date
            header.sourceTitle = file.source_title ?? header.sourceTitle
            header.sourceURL = file.source_url ?? header.sourceURL
        }
        header.title = title ?? header.title
        header.editor = editor ?? header.editor
        header.editorEmail = email ?? header.editorEmail
        header.publisher = publisher ?? header.publisher
        header.url = url ?? header.url
        header.date = date ?? header.date
        return header
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    private struct ConfigFile: Decodable {
        var title, editor, email, publisher, url, date, source_title, source_url: String?
    }
}
