import Foundation
import LetterExtractor
import LetterModel

/// One libFuzzer input read as a PDF: Poppler, the layout stage (lines, blocks, reading order,
/// furniture, footnotes) and the parser. OCR is off: pages without a text layer give an error,
/// which is an accepted outcome. Crashes and hangs are findings, in our code or in Poppler's.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let options = ExtractionOptions(limits: InputLimits(bytes: [:]), ocr: .never)
    _ = try? LetterExtractor.extract(data: bytes, name: "fuzz.pdf", format: .pdf, options: options)
    return 0
}
