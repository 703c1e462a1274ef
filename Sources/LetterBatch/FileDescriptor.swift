import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all of `data` to `fd`, retrying short writes; false on error (see `errno`).
func writeAll(_ fd: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}

/// `close(2)`, callable from types that have a `close()` of their own.
func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

/// Whether standard error is a terminal (progress is then drawn in place).
public func standardErrorIsTerminal() -> Bool {
    isatty(STDERR_FILENO) == 1
}
