/// Lays out plain-text and Markdown letters as blocks, so they enter the same segmenter as PDFs.
public enum TextLayout {
    public static func analyze(_ text: String, markdown: Bool) -> LaidOutDocument {
        LaidOutDocument(blocks: [])
    }
}
