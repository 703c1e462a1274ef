import Foundation
import LetterModel
import XCTest

/// FIPS 180-2 / NIST CSRC example vectors for SHA-256.
final class SHA256Tests: XCTestCase {
    func testEmptyMessage() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testABC() {
        XCTAssertEqual(SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func test448BitMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        XCTAssertEqual(message.utf8.count * 8, 448)
        XCTAssertEqual(SHA256.hex(Data(message.utf8)), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func test896BitMessage() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        XCTAssertEqual(message.utf8.count * 8, 896)
        XCTAssertEqual(SHA256.hex(Data(message.utf8)), "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testOneMillionA() {
        XCTAssertEqual(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testDigestIs32BytesMatchingHex() {
        let digest = SHA256.digest(Data("abc".utf8))
        XCTAssertEqual(digest.count, 32)
        XCTAssertEqual(Array(digest.prefix(4)), [0xba, 0x78, 0x16, 0xbf])
        XCTAssertEqual(digest.map { String(format: "%02x", $0) }.joined(), SHA256.hex(Data("abc".utf8)))
    }

    /// Every length from 0 to 200 bytes (crossing the 55/56/64-byte padding edges three times),
    /// checked against Python's hashlib.
    func testPaddingEdgesAgainstHashlib() throws {
        let run = try runProgram(["python3", "-c", """
        import hashlib
        for n in range(201):
            print(hashlib.sha256(bytes((i * 7 + 3) % 256 for i in range(n))).hexdigest())
        """])
        guard run.status == 0 else { return XCTFail("python3 failed (\(run.status)): \(run.err)") }
        let expected = run.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(expected.count, 201)
        for (n, hex) in expected.enumerated() {
            let data = Data((0..<n).map { UInt8(($0 * 7 + 3) % 256) })
            XCTAssertEqual(SHA256.hex(data), hex, "length \(n)")
        }
    }
}
