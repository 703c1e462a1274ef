import ArgumentParser
import Foundation
import LetterArchive
import LetterModel

/// `letters archive show`: one stored letter, readable or as its canonical JSON.
struct ArchiveShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one letter (by id, or by a prefix of its source SHA-256)."
    )

    @OptionGroup var location: ArchiveLocation

    @Argument(help: "The letter's id (from search) or a SHA-256 prefix of at least 6 digits.")
    var id: String

    @Flag(help: "Print the stored canonical JSON, byte for byte.")
    var json = false

    @Flag(help: "List the letter's revisions: the earlier records that later adds replaced, and the current one.")
    var revisions = false

    @Option(help: "Show this earlier revision (a number from --revisions) instead of the current record.")
    var revision: Int?

    func run() throws {
        try withArchive(location) { archive in
            let number = try archive.resolve(id)
            if revisions {
                let earlier = try archive.store.revisions(id: number)
                if json { try printJSON(earlier); return }
                for r in earlier {
                    let subject = (try? ArchiveRecord.decode(Data(r.json.utf8)))?.subject ?? ""
                    writeOut("revision \(r.revision)  stored \(r.storedAt)  replaced \(r.replacedAt)  \(subject)\n")
                }
                let current = try archive.letter(id: number)
                writeOut("revision \(earlier.count + 1)  current  \(current?.subject ?? "")\n")
                for path in try archive.store.sourcePaths(id: number) { writeOut("added from \(path)\n") }
                return
            }
            if let revision {
                guard let stored = try archive.store.revisions(id: number).first(where: { $0.revision == revision }) else {
                    throw ArchiveError("\(id): no revision \(revision) (see --revisions)", isUsageError: true)
                }
                if json { writeOut(stored.json); return }
                writeOut(Readable.letter(try ArchiveRecord.decode(Data(stored.json.utf8)), id: number))
                return
            }
            if json {
                writeOut(try archive.store.json(id: number) ?? "")
                return
            }
            guard let letter = try archive.letter(id: number) else { throw ArchiveError("\(id): no such letter") }
            writeOut(Readable.letter(letter, id: number))
        }
    }
}

/// `letters archive versions`: the letters that are versions of the same statement.
struct ArchiveVersions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List the letters that are versions of the same statement as this one, by date.",
        discussion: """
        Versions share most of their text (word triples) or a similar subject and a good part of \
        it; the letter asked about is listed too, marked with *. See docs/archive.md.
        """
    )

    @OptionGroup var location: ArchiveLocation

    @Argument(help: "The letter's id or a SHA-256 prefix.")
    var id: String

    @Flag(help: "Print the versions as JSON.")
    var json = false

    func run() throws {
        try withArchive(location) { archive in
            let number = try archive.resolve(id)
            let versions = try archive.versions(of: number)
            if json { try printJSON(versions); return }
            for v in versions {
                let mark = v.letter.id == number ? "*" : " "
                writeOut("\(mark) \(LetterLine.format(v.letter))  shared text \(Int((v.sharedText * 100).rounded()))%\n")
            }
        }
    }
}

/// A letter as text for a terminal: the header fields, the body, calls, footnotes, signatories.
enum Readable {
    static func letter(_ l: Letter, id: Int64) -> String {
        var out = "Letter \(id)  \(l.source.file)  (\(l.source.format.rawValue)\(l.source.pages.map { ", \($0) pages" } ?? ""))  sha256 \(l.source.sha256)\n"
        func field(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { out += name.padding(toLength: 10, withPad: " ", startingAt: 0) + value + "\n" }
        }
        field("Date:", l.date.map { "\($0.text) (\($0.iso))" })
        field("Place:", l.place)
        field("From:", l.sender.map { $0.name ?? $0.lines.joined(separator: ", ") })
        field("To:", l.addressee.map { $0.lines.joined(separator: ", ") })
        field("Cc:", l.cc.isEmpty ? nil : l.cc.joined(separator: "; "))
        field("Subject:", l.subject)
        field("Language:", l.language)
        out += "\n"
        if let salutation = l.salutation { out += salutation + "\n\n" }
        for block in l.body {
            let refs = block.footnoteRefs.isEmpty ? "" : " [" + block.footnoteRefs.joined(separator: ", ") + "]"
            out += (block.kind == .listItem ? "  • " : "") + block.text + refs + "\n\n"
        }
        if let closing = l.closing { out += closing + "\n\n" }
        if !l.callsToAction.isEmpty {
            out += "Calls to action:\n"
            for call in l.callsToAction { out += "  - \(call.text)" + (call.target.map { "  (to: \($0))" } ?? "") + "\n" }
            out += "\n"
        }
        if !l.footnotes.isEmpty {
            out += "Footnotes:\n"
            for note in l.footnotes { out += "  [\(note.label)] \(note.text)\n" }
            out += "\n"
        }
        if !l.signatories.isEmpty {
            out += "Signatories (\(l.signatories.count)):\n"
            for s in l.signatories {
                let details = [s.role, s.organization, s.location].compactMap { $0 }.filter { !$0.isEmpty }
                out += "  \(s.name)" + (details.isEmpty ? "" : " — " + details.joined(separator: ", ")) + "\n"
            }
        }
        return out
    }
}
