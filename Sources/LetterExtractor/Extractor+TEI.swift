import Foundation
import Layout
import LetterModel
import LetterXML
import PDFText

extension LetterExtractor {
    /// Extracts the letter in the file at `path` and writes it as TEI P5 XML.
    ///
    /// Footnote references go where their markers stood, which ``Letter`` does not record, so
    /// the file's layout is computed a second time to find them (``FootnoteAnchors``); TEI
    /// export costs about twice a JSON extraction.
    public static func extractTEI(path: String, options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> Data {
        let letter = try extract(path: path, options: options)
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) else {
            return TEIWriter.write(letter)
        }
        let format = SourceFormat.detect(name: (path as NSString).lastPathComponent, data: data)
        let anchors = laidOut(data: data, format: format, options: options)
            .map { FootnoteAnchors.locate(body: letter.body, in: $0) } ?? []
        return TEIWriter.write(letter, anchors: anchors)
    }

    /// The layout stage's view of a document, as ``extract(data:name:format:options:displayPath:)``
    /// computes it; `nil` when the file cannot be laid out (then extraction failed already).
    static func laidOut(data: Data, format: Source.Format, options: ExtractionOptions) -> LaidOutDocument? {
        switch format {
        case .pdf:
            guard let document = try? PDFTextReader.read(data: data, name: "") else { return nil }
            return LayoutAnalyzer(parameters: options.layout).analyze(document)
        case .text, .markdown:
            guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else { return nil }
            return TextLayout.analyze(text, markdown: format == .markdown)
        case .html:
            return try? HTMLLetterReader.read(data: data).document
        }
    }
}
