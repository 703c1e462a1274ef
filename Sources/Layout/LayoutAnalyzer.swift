import PDFText

/// Turns a PDF's words into lines and blocks in reading order, with page zones labelled.
public struct LayoutAnalyzer: Sendable {
    public var parameters: LayoutParameters

    public init(parameters: LayoutParameters = LayoutParameters()) {
        self.parameters = parameters
    }

    public func analyze(_ document: PDFDocumentText) -> LaidOutDocument {
        LaidOutDocument(blocks: [])
    }
}
