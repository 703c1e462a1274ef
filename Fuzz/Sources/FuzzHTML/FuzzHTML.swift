import Foundation
import LetterExtractor
import LetterModel

/// One libFuzzer input read as an HTML letter: libxml2's HTML parser, the reader that turns the
/// tree into blocks (chrome, notes, tables) and segmentation. Errors are fine; crashes and hangs
/// are findings.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let options = ExtractionOptions(limits: InputLimits(bytes: [:]), ocr: .never)
    _ = try? LetterExtractor.extract(data: bytes, name: "fuzz.html", format: .html, options: options)
    return 0
}
