/// One document of a batch and where its JSON goes.
public struct BatchInput: Equatable, Sendable {
    /// The path as reached from the command-line argument (`corpus/2019/a.pdf`).
    public var path: String
    /// Relative to the folder given on the command line (`2019/a.pdf`); a file given directly
    /// is relative to its own folder (`a.pdf`). Shards are drawn on this path.
    public var relativePath: String
    /// Where the JSON goes, relative to the output folder (`2019/a.json`).
    public var outputPath: String
    /// Why the input cannot be converted at all (a file name that is not valid UTF-8, shown
    /// with its bad bytes escaped): reported as failed without starting a worker.
    public var problem: String?

    public init(path: String, relativePath: String, outputExtension: String = "json") {
        self.path = path
        self.relativePath = relativePath
        self.outputPath = BatchInput.outputPath(for: relativePath, extension: outputExtension)
    }

    /// `a/b.pdf` → `a/b.json` (`a/b.xml`, … for the other formats).
    static func outputPath(for relativePath: String, extension outputExtension: String = "json") -> String {
        var parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let name = parts.popLast() ?? relativePath
        let base = name.lastIndex(of: ".").map { $0 == name.startIndex ? name : String(name[..<$0]) } ?? name
        return (parts + [base + "." + outputExtension]).joined(separator: "/")
    }
}

extension String {
    /// Orders by UTF-8 bytes, which does not depend on locale or Unicode tables.
    func utf8Precedes(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}
