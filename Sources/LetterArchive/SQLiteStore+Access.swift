import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SQLiteStore {
    /// Opens an existing archive for a command that only reads, leaving nothing behind.
    ///
    /// An archive is in WAL mode, and SQLite's `mode=ro` still creates `-wal` and `-shm` files
    /// that a read-only connection cannot remove on close. So:
    /// - when the file and its folder can be written, the connection is read-write without
    ///   create and without migration, every access goes through GRDB's `read` (which runs under
    ///   `PRAGMA query_only`) and the store refuses `add`: as the last connection to close it
    ///   removes the `-wal` and `-shm` files as any writer would;
    /// - when the file or its folder cannot be written (permissions without any write bit, a
    ///   read-only mount, or `access(2)` says so), `immutable=1`: no locks, no `-wal`, no `-shm`.
    ///   Nobody can be writing to such a file, which is what `immutable` requires.
    static func openForReading(path: String, trace: (@Sendable (String) -> Void)?) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ArchiveError("\(path): no archive there (`letters archive add` creates one)")
        }
        let immutable = !SQLiteFileCheck.isWritable(path) || !SQLiteFileCheck.isWritable((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        var config = Configuration()
        config.label = "letters-archive"
        config.busyMode = .timeout(60)
        config.readonly = immutable
        config.prepareDatabase { db in
            if let trace { db.trace(options: .statement) { trace($0.expandedDescription) } }
        }
        let opened = immutable ? SQLiteFileCheck.uri(path, query: "immutable=1") : path
        do {
            let queue = try DatabaseQueue(path: opened, configuration: config)
            let isArchive = try queue.read { try $0.tableExists("letters") }
            guard isArchive else {
                try? queue.close()
                throw ArchiveError("\(path): not a letters archive (no letters table)")
            }
            return queue
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("\(path): \(message(error))", code: (error as? DatabaseError).map { Int($0.extendedResultCode.rawValue) })
        }
    }
}

/// Checks on an SQLite file before the archive writes to it.
enum SQLiteFileCheck {
    /// Whether `path` can be written: `access(2)` (which sees read-only mounts, even for root)
    /// and at least one write permission bit (so a folder chmod'd `a-w` counts as read-only for
    /// root too, whom permissions do not stop).
    static func isWritable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return access(path, W_OK) == 0 && (info.st_mode & 0o222) != 0
    }

    /// `file:PATH?QUERY` with the path percent-encoded as SQLite's URI filenames require.
    static func uri(_ path: String, query: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?" + query
    }

    /// Refuses a file that is not an archive (other tables, none of ours) unless `force`, and a
    /// damaged one (`PRAGMA quick_check`), before anything is written to it.
    static func checkBeforeWriting(path: String, force: Bool) throws {
        guard FileManager.default.fileExists(atPath: path),
              let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else { return }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(60)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw ArchiveError("\(path): cannot open: \(SQLiteStore.message(error))", code: (error as? DatabaseError).map { Int($0.extendedResultCode.rawValue) })
        }
        defer { try? queue.close() }
        do {
            let tables = try queue.read {
                try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            }
            if !tables.isEmpty, !tables.contains("grdb_migrations"), !tables.contains("letters"), !force {
                let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
                throw ArchiveError("\(path): not a letters archive (it holds other tables: \(shown)); give --force to add the archive's tables to it",
                                   isUsageError: true)
            }
            let problems = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
            if problems != ["ok"] {
                throw ArchiveError("\(path): archive damaged (SQLite quick_check: \(problems.prefix(3).joined(separator: "; "))); restore it from a copy or re-ingest into a new file",
                                   code: Int(ResultCode.SQLITE_CORRUPT.rawValue))
            }
        } catch let error as ArchiveError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw ArchiveError("\(path): archive damaged or not an SQLite file (\(SQLiteStore.message(error)))", code: Int(error.extendedResultCode.rawValue))
        } catch {
            throw ArchiveError("\(path): \(SQLiteStore.message(error))", code: (error as? DatabaseError).map { Int($0.extendedResultCode.rawValue) })
        }
    }
}
