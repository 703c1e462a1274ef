import Crypto
import Foundation

/// SHA-256 (FIPS 180-4), used to identify a source by its bytes.
///
/// Every extraction hashes its whole input (outputs, batch resume, archive deduplication), so the
/// digest comes from swift-crypto (BoringSSL, which uses the CPU's SHA instructions where there
/// are some): a portable Swift loop cost a tenth of a millisecond per page. swift-crypto is in
/// the build anyway, through postgres-nio. This wrapper keeps the one call the package needs.
public enum SHA256 {
    /// The lower-case hex digest of `data`.
    public static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest(data) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32-byte digest of `data`.
    public static func digest(_ data: Data) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }
}
