/// Every threshold the layout stage uses, in one validated value (after pdfminer's `LAParams`).
///
/// All values are ratios: of the font size (`em`) or of the median line height of the page's
/// body text, so the same parameters work for 9 pt footnotes and 14 pt letterheads.
public struct LayoutParameters: Equatable, Sendable {
    /// Two words are on one line when their vertical extents overlap by at least this share of
    /// the smaller height.
    public var lineOverlap: Double
    /// A horizontal gap wider than this many em splits a line into separate segments (columns,
    /// side-by-side signature blocks).
    public var columnGap: Double
    /// A vertical gap larger than this many line heights between two lines starts a new block.
    public var paragraphGap: Double
    /// A font size ratio below this (marker size / line size) makes a short raised word a
    /// superscript marker.
    public var superscriptSize: Double
    /// A raise of the marker's bottom above the line's by at least this many em makes it raised.
    public var superscriptRaise: Double
    /// Share of the page height at the top and bottom searched for running headers and footers.
    public var marginBand: Double
    /// Footnote text is at most this ratio of the body font size.
    public var footnoteSize: Double
    /// A first-line indent of at least this many em starts a new paragraph even without a gap.
    public var indentStart: Double
    /// Two runs of text are in the same size when their sizes differ by less than this share of
    /// the size (a block breaks at a size change; a paragraph resumes across a page only in its
    /// own size).
    public var sameSizeTolerance: Double

    public init(
        lineOverlap: Double = 0.5, columnGap: Double = 1.5, paragraphGap: Double = 0.3,
        superscriptSize: Double = 0.85, superscriptRaise: Double = 0.15, marginBand: Double = 0.12,
        footnoteSize: Double = 0.92, indentStart: Double = 1.0, sameSizeTolerance: Double = 0.15
    ) {
        precondition((0...1).contains(lineOverlap), "lineOverlap is a share in 0...1")
        precondition(columnGap > 0, "columnGap must be positive (em)")
        precondition(paragraphGap > 0, "paragraphGap must be positive (line heights)")
        precondition((0...1).contains(superscriptSize), "superscriptSize is a ratio in 0...1")
        precondition(superscriptRaise >= 0, "superscriptRaise must be non-negative (em)")
        precondition((0...0.5).contains(marginBand), "marginBand is a share of the page height in 0...0.5")
        precondition((0...1).contains(footnoteSize), "footnoteSize is a ratio in 0...1")
        precondition(indentStart > 0, "indentStart must be positive (em)")
        precondition((0...1).contains(sameSizeTolerance), "sameSizeTolerance is a share in 0...1")
        self.lineOverlap = lineOverlap
        self.columnGap = columnGap
        self.paragraphGap = paragraphGap
        self.superscriptSize = superscriptSize
        self.superscriptRaise = superscriptRaise
        self.marginBand = marginBand
        self.footnoteSize = footnoteSize
        self.indentStart = indentStart
        self.sameSizeTolerance = sameSizeTolerance
    }
}
