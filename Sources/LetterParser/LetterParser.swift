import Layout
import LetterModel

/// Turns laid-out blocks into a ``Letter``: labels each block as a letter part.
public struct LetterSegmenter: Sendable {
    public init() {}

    public func segment(_ document: LaidOutDocument, source: Source) -> Letter {
        Letter(source: source)
    }
}
