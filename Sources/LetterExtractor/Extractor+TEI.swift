import Foundation
import Layout
import LetterModel
import LetterParser
import LetterTEI

extension LetterExtractor {
    /// Extracts the letter in the file at `path` and writes it as TEI P5 XML.
    ///
    /// Footnote references go where their markers stood, which ``Letter`` does not record, so
    /// they are located in the same layout the letter was segmented from (``FootnoteAnchors``).
    public static func extractTEI(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> Data {
        try convert(path: path, to: .tei, options: options).output
    }
}
