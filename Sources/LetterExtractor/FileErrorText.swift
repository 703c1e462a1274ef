import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system failures in the system's words ("no such file or directory", "read-only file
/// system"), never Foundation's "NSCocoaErrorDomain error 512": one place for every module that
/// creates folders or writes files.
public enum FileErrorText {
    /// The reason behind a Foundation file error: the POSIX error it wraps when it says, else
    /// what its Cocoa code means.
    public static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return errnoText(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return errnoText(Int32(underlying.code))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or directory"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on device"
            case NSFileWriteVolumeReadOnlyError: return "read-only file system"
            case NSFileWriteFileExistsError: return "a file of that name exists"
            default: return "cannot read or write there (file error \(ns.code))"
            }
        }
        // Never Foundation's "The operation could not be completed": the domain and code say
        // more to whoever has to look it up.
        return "\(ns.domain) error \(ns.code)"
    }

    /// The POSIX error number behind a Foundation file error, when it says.
    public static func posixCode(of error: Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        switch (ns.domain, ns.code) {
        case (NSCocoaErrorDomain, NSFileNoSuchFileError), (NSCocoaErrorDomain, NSFileReadNoSuchFileError): return ENOENT
        case (NSCocoaErrorDomain, NSFileReadNoPermissionError), (NSCocoaErrorDomain, NSFileWriteNoPermissionError): return EACCES
        default: return nil
        }
    }

    /// strerror(3) in lower case, with the number: "no such file or directory (errno 2)".
    public static func errnoText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return (text.prefix(1).lowercased() + text.dropFirst()) + " (errno \(code))"
    }

    /// Creates `path` and its missing parents; on failure, the reason from mkdir(2) itself for
    /// the first folder that could not be made (Foundation reports only "error 512").
    public static func createFolder(_ path: String) throws -> Void {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            var prefix = path.hasPrefix("/") ? "" : "."
            for component in path.split(separator: "/") {
                prefix += "/" + component
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder) {
                    if isFolder.boolValue { continue }
                    throw FolderError(reason: "\(prefix) is a file, not a folder")
                }
                if mkdir(prefix, 0o777) != 0 { throw FolderError(reason: errnoText(errno)) }
            }
            throw FolderError(reason: describe(error))
        }
    }

    public struct FolderError: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }
}
