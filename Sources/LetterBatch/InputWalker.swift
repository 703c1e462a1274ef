import Foundation
import LetterExtractor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the documents of a batch: the files named on the command line, and in the folders
/// named there every file with a known extension, recursively.
///
/// Folder walks skip hidden entries (names starting with `.`), do not follow symbolic links to
/// folders (no loops), and skip the output folder when it lies inside an input folder. Files named
/// directly are taken whatever their extension, as `letters extract` does. A path reached twice
/// (a file named and inside a named folder, or named twice) counts once; two different paths to
/// one file (symbolic or hard links: folder-per-year views of one archive) are both inputs, and
/// ``BatchPlan`` converts the file once for both.
enum InputWalker {
    /// Extensions taken from folders: those the extractor knows (`pdf`, `txt`, `md`, `html`, …).
    static let extensions = Set(SourceFormat.extensions.keys)

    /// The documents under `arguments`, ordered by path (UTF-8 bytes).
    static func walk(_ arguments: [String], excluding outputFolder: String, outputExtension: String = "json") throws(BatchError) -> [BatchInput] {
        let excluded = resolved(outputFolder)
        var found: [BatchInput] = []
        for argument in arguments {
            switch kind(of: argument, followingLinks: true) {
            case .file:
                found.append(BatchInput(path: argument, relativePath: (argument as NSString).lastPathComponent))
            case .folder:
                walkFolder(argument, relative: "", excluded: excluded, into: &found)
            case .other:
                throw BatchError(.usage, "\(argument): not a file or folder")
            case .missing:
                let (shown, reason) = FileNames.missing(argument, reason: "no such file or folder")
                throw BatchError(.usage, "\(shown): \(reason)")
            }
        }
        // A path reached twice (named and inside a named folder, or named twice) is one input.
        var seen: Set<String> = []
        return found.filter { seen.insert(URL(fileURLWithPath: $0.path).standardizedFileURL.path).inserted }
            .map { input in
                var input = input
                if outputExtension != "json" {
                    input.outputPath = BatchInput.outputPath(for: input.relativePath, extension: outputExtension)
                }
                return input
            }
            .sorted { $0.path.utf8Precedes($1.path) }
    }

    private static func walkFolder(_ folder: String, relative: String, excluded: String, into found: inout [BatchInput]) {
        if resolved(folder) == excluded { return }
        guard let entries = FileNames.entries(of: folder) else { return }
        for entry in entries {
            guard let name = entry.name else {
                // Not valid UTF-8: cannot be opened, but not skipped without a word either.
                if !entry.display.hasPrefix("."),
                   entry.isFolder || extensions.contains((entry.display as NSString).pathExtension.lowercased()) {
                    let shown = (folder as NSString).appendingPathComponent(entry.display)
                    var input = BatchInput(path: shown, relativePath: relative.isEmpty ? entry.display : relative + "/" + entry.display)
                    input.problem = entry.isFolder ? FileNames.notUTF8(kind: "folder") + "; its files were not converted" : FileNames.notUTF8
                    found.append(input)
                }
                continue
            }
            guard !name.hasPrefix(".") else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch kind(of: path, followingLinks: false) {
            case .folder:
                walkFolder(path, relative: relativePath, excluded: excluded, into: &found)
            case .file where extensions.contains((name as NSString).pathExtension.lowercased()):
                found.append(BatchInput(path: path, relativePath: relativePath))
            case .other where extensions.contains((name as NSString).pathExtension.lowercased()):
                // A symbolic link: taken when it points to a file.
                if kind(of: path, followingLinks: true) == .file {
                    found.append(BatchInput(path: path, relativePath: relativePath))
                }
            default:
                break
            }
        }
    }

    private enum Kind { case file, folder, other, missing }

    private static func kind(of path: String, followingLinks: Bool) -> Kind {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The file a path leads to (device and inode, after symbolic links), or nil when it cannot
    /// be read: two paths with one identity are one file.
    static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// One file on disk, whatever the path to it.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}
