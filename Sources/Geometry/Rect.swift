/// A rectangle in PDF points with the origin at the page's top-left corner, y growing down.
///
/// Poppler's text layout already uses this orientation; link areas (bottom-left origin) are
/// flipped on the way in so that every stage works in one coordinate system.
public struct Rect: Equatable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1); self.x1 = max(x0, x1)
        self.y0 = min(y0, y1); self.y1 = max(y0, y1)
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        Rect(x0: Swift.min(x0, other.x0), y0: Swift.min(y0, other.y0), x1: Swift.max(x1, other.x1), y1: Swift.max(y1, other.y1))
    }

    /// Length of the overlap of the two vertical extents (0 when disjoint).
    public func verticalOverlap(_ other: Rect) -> Double { Swift.max(0, Swift.min(y1, other.y1) - Swift.max(y0, other.y0)) }

    /// Length of the overlap of the two horizontal extents (0 when disjoint).
    public func horizontalOverlap(_ other: Rect) -> Double { Swift.max(0, Swift.min(x1, other.x1) - Swift.max(x0, other.x0)) }

    public func intersects(_ other: Rect) -> Bool { verticalOverlap(other) > 0 && horizontalOverlap(other) > 0 }

    public static func union(of rects: some Sequence<Rect>) -> Rect? {
        rects.reduce(nil as Rect?) { $0?.union($1) ?? $1 }
    }
}
