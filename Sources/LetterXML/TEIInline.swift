/// Writes a run of text with point and range markup placed by character offset: footnote
/// `<ref>`s at the points where markers stood, calls to action as `<seg>` ranges and their
/// targets as `<rs>` ranges inside them.
struct TEIInline {
    struct Span {
        var range: Range<Int>
        var target: Range<Int>?
    }

    var text: String
    /// (offset, label, xml:id of the note) in order of offset.
    var refs: [(offset: Int, label: String, id: String)] = []
    var calls: [Span] = []

    /// Adds a call to action when its sentence is found in the text and does not overlap one
    /// already placed; its target is marked when found inside it.
    mutating func addCall(_ sentence: String, target: String?) {
        guard !sentence.isEmpty, let r = text.range(of: sentence) else { return }
        let start = text.distance(from: text.startIndex, to: r.lowerBound)
        let range = start..<(start + sentence.count)
        guard !calls.contains(where: { $0.range.overlaps(range) }) else { return }
        var targetRange: Range<Int>? = nil
        if let target, !target.isEmpty, let t = sentence.range(of: target) {
            let s = start + sentence.distance(from: sentence.startIndex, to: t.lowerBound)
            targetRange = s..<(s + target.count)
        }
        calls.append(Span(range: range, target: targetRange))
    }

    func write(to w: XMLWriter) {
        let chars = Array(text)
        let clampedRefs = refs.map { (offset: Swift.min(Swift.max(0, $0.offset), chars.count), label: $0.label, id: $0.id) }
        var points = Set(clampedRefs.map(\.offset))
        for call in calls {
            points.insert(call.range.lowerBound); points.insert(call.range.upperBound)
            if let t = call.target { points.insert(t.lowerBound); points.insert(t.upperBound) }
        }
        points.insert(chars.count)
        var position = 0
        for point in points.sorted() {
            if point > position { w.text(String(chars[position..<point])); position = point }
            for call in calls {
                if call.target?.upperBound == point { w.end() }
            }
            for call in calls where call.range.upperBound == point { w.end() }
            for ref in clampedRefs where ref.offset == point {
                w.start("ref", ["target": "#" + ref.id, "type": "noteAnchor"], mixed: true)
                w.text(ref.label)
                w.end()
            }
            for call in calls where call.range.lowerBound == point {
                w.start("seg", ["type": "call-to-action"], mixed: true)
                if call.target?.lowerBound == point { w.start("rs", ["type": "call-target"], mixed: true) }
            }
            for call in calls where call.range.lowerBound != point && call.target?.lowerBound == point {
                w.start("rs", ["type": "call-target"], mixed: true)
            }
        }
    }
}
