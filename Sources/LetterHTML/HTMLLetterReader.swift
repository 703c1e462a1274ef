import LibXML
import Foundation
import Layout
import LetterModel

/// An HTML letter read into what the segmenter consumes, plus the page's metadata.
public struct HTMLReading: Sendable {
    public var document: LaidOutDocument
    public var metadata: Source.Metadata
}

/// Reads an HTML letter: libxml2's HTML parser, then ``HTMLLayout``.
public enum HTMLLetterReader {
    /// Throws only when the bytes cannot be read as HTML at all (empty, over the size limit);
    /// broken markup gives a best-effort layout with warnings.
    public static func read(data: Data) throws(HTMLError) -> HTMLReading {
        let document = try HTMLParser.parse(data)
        return HTMLReading(document: HTMLLayout.analyze(document), metadata: HTMLLayout.metadata(document))
    }
}
