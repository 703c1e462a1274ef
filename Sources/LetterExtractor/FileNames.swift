import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names that are not valid UTF-8 (a Latin-1 "José.txt" copied from an old disk).
///
/// Swift strings hold only Unicode, so such a name cannot be opened through one: Foundation
/// lists it with its bad bytes replaced (a name that then does not exist), and a command-line
/// argument arrives repaired the same way. Rather than skip the file without a word or call it
/// "no such file", the tools name it with its bad bytes escaped (`Jos\xE9.txt`) and say why.
public enum FileNames {
    /// The reason given for such a file.
    public static let notUTF8 = notUTF8(kind: "file")

    public static func notUTF8(kind: String) -> String {
        "\(kind) name is not valid UTF-8, which letters cannot open; rename it (for example convmv -f latin1 -t utf8 --notest NAME)"
    }

    /// One entry of a folder: its name when it is valid UTF-8, and how to show it either way.
    public struct Entry: Sendable {
        public var name: String?
        public var display: String
        /// From the entry's type (`d_type`), so a folder whose name cannot be opened is known.
        public var isFolder: Bool
    }

    /// The folder's entries (without `.` and `..`) from readdir(3), with their raw names checked;
    /// `nil` when the folder cannot be read.
    public static func entries(of folder: String) -> [Entry]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var result: [Entry] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == Array(".".utf8) || bytes == Array("..".utf8) { continue }
            let name = String(validating: bytes, as: UTF8.self)
            result.append(Entry(name: name, display: name ?? display(bytes), isFolder: Int32(entry.pointee.d_type) == Int32(DT_DIR)))
        }
        return result
    }

    /// Bytes as text, each byte that is not part of valid UTF-8 as `\xHH`.
    public static func display(_ bytes: [UInt8]) -> String {
        var out = ""
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.unicodeScalars.append(UTF8.decode(encoded))
                position += encoded.count
            case .error(let length):
                for byte in bytes[position..<(position + length)] { out += String(format: "\\x%02X", byte) }
                position += length
            case .emptyInput:
                break loop
            }
        }
        return out
    }

    /// Command-line arguments that were not valid UTF-8: the repaired form Swift hands the
    /// program (bad bytes as U+FFFD) → the escaped form for messages.
    public static let invalidArguments: [String: String] = {
        var found: [String: String] = [:]
        for i in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            if String(validating: bytes, as: UTF8.self) == nil {
                found[String(decoding: bytes, as: UTF8.self)] = display(bytes)
            }
        }
        return found
    }()

    /// For a path that does not exist: the path to show and the reason, which is the UTF-8 one
    /// when the path came from an argument that was not valid UTF-8.
    public static func missing(_ path: String, reason: String = "no such file") -> (path: String, reason: String) {
        if path.contains("\u{FFFD}"), let shown = invalidArguments[path] { return (shown, notUTF8) }
        return (path, reason)
    }
}
