/// An HTML document copied out of libxml2 into plain Swift values.
///
/// The layout stage works on this tree only, so it is pure Swift, testable on trees built in
/// code, and never holds a libxml2 pointer.
public struct HTMLDocument: Equatable, Sendable {
    /// The `<html>` element (libxml2 always implies one), or `nil` for an empty parse.
    public var root: HTMLElement?
    /// Content dropped because it was nested deeper than ``HTMLLimits/maxDepth``.
    public var truncatedDepth: Bool

    public init(root: HTMLElement?, truncatedDepth: Bool = false) {
        self.root = root
        self.truncatedDepth = truncatedDepth
    }
}

/// A node: an element or a run of text (entities already decoded, whitespace as in the file).
public enum HTMLNode: Equatable, Sendable {
    case element(HTMLElement)
    case text(String)
}

/// An element with lower-case name, attributes in file order and children.
public struct HTMLElement: Equatable, Sendable {
    public var name: String
    public var attributes: [(name: String, value: String)]
    public var children: [HTMLNode]
    /// Position in document order, unique within one document: lets later passes refer to an
    /// element (a note, a chrome block) without pointers.
    public var index: Int

    public init(name: String, attributes: [(name: String, value: String)] = [], children: [HTMLNode] = [], index: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.index = index
    }

    public static func == (a: HTMLElement, b: HTMLElement) -> Bool {
        a.name == b.name && a.index == b.index && a.children == b.children
            && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }

    /// The value of attribute `name` (lower-case), if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Child elements, text skipped.
    public var elements: [HTMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// All text below this element, in order, without any normalization.
    public var rawText: String {
        var out = ""
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): out += e.rawText
            }
        }
        return out
    }

    /// Text with whitespace collapsed to single spaces and trimmed.
    public var plainText: String {
        rawText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The first descendant element (pre-order, self included) named `name`.
    public func first(_ name: String) -> HTMLElement? {
        if self.name == name { return self }
        for e in elements { if let hit = e.first(name) { return hit } }
        return nil
    }

    /// Every descendant element (self included), pre-order.
    public func all(where predicate: (HTMLElement) -> Bool) -> [HTMLElement] {
        var out: [HTMLElement] = []
        func visit(_ e: HTMLElement) {
            if predicate(e) { out.append(e) }
            for c in e.elements { visit(c) }
        }
        visit(self)
        return out
    }
}
