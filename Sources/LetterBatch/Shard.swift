import Foundation
import LetterModel

/// One part `K` of `N` of a batch, for splitting a corpus over machines or processes.
///
/// Membership depends only on the input's relative path, through SHA-256 (not Swift's `Hasher`,
/// which is seeded per process), so every run on every machine agrees, and the `N` shards of
/// a corpus are disjoint and together cover it.
public struct Shard: Equatable, Sendable, CustomStringConvertible {
    /// 1-based: `1...count`.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(BatchError) {
        guard count >= 1, (1...count).contains(index) else {
            throw BatchError(.usage, "shard \(index)/\(count): K must be between 1 and N")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, as written on the command line.
    public init(parsing text: String) throws(BatchError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw BatchError(.usage, "shard '\(text)': expected K/N, for example 1/4")
        }
        try self.init(index: k, count: n)
    }

    /// Whether the input at `relativePath` (relative to the folder given on the command line)
    /// belongs to this shard.
    public func contains(relativePath: String) -> Bool {
        let digest = SHA256.digest(Data(relativePath.utf8))
        let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(value % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}
