import Foundation
import Layout
import LetterModel
import LetterParser
import LetterXML

extension LetterExtractor {
    /// Extracts the letter in the file at `path` and writes it as TEI P5 XML.
    ///
    /// Footnote references go where their markers stood, which ``Letter`` does not record, so
    /// they are located in the same layout the letter was segmented from (``FootnoteAnchors``).
    public static func extractTEI(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> Data {
        let (data, name) = try read(path: path)
        let (laidOut, source) = try layout(data: data, name: name, format: SourceFormat.detect(name: name, data: data),
                                           options: options, displayPath: path)
        let letter = LetterSegmenter().segment(laidOut, source: source)
        return TEIWriter.write(letter, anchors: FootnoteAnchors.locate(body: letter.body, in: laidOut))
    }
}
