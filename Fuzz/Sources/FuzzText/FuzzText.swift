import Foundation
import LetterExtractor
import LetterModel

/// One libFuzzer input: the bytes as a text letter, then as a Markdown letter. Any result is
/// fine (a letter, or an `ExtractionError` for an empty file); a crash, a trap or a hang is the
/// finding. The first byte is not used to choose the format so that every seed exercises both.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let options = ExtractionOptions(limits: InputLimits(bytes: [:]), ocr: .never)
    for format in [Source.Format.text, .markdown] {
        _ = try? LetterExtractor.extract(data: bytes, name: "fuzz", format: format, options: options)
    }
    return 0
}
