import LibXML
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

    /// One pass over the sorted points where markup starts or ends: linear in the text and
    /// the markup, however many refs a block carries.
    func write(to w: XMLWriter) {
        let chars = Array(text)
        var refsAt: [Int: [(label: String, id: String)]] = [:]
        for ref in refs { refsAt[Swift.min(Swift.max(0, ref.offset), chars.count), default: []].append((ref.label, ref.id)) }
        var callsStarting: [Int: Span] = [:], callsEnding: Set<Int> = [], targetsStarting: Set<Int> = [], targetsEnding: Set<Int> = []
        for call in calls {
            callsStarting[call.range.lowerBound] = call
            callsEnding.insert(call.range.upperBound)
            if let t = call.target { targetsStarting.insert(t.lowerBound); targetsEnding.insert(t.upperBound) }
        }
        var points = Set(refsAt.keys).union(callsStarting.keys).union(callsEnding).union(targetsStarting).union(targetsEnding)
        points.insert(chars.count)
        var position = 0
        for point in points.sorted() {
            if point > position { w.text(String(chars[position..<point])); position = point }
            if targetsEnding.contains(point) { w.end() }
            if callsEnding.contains(point) { w.end() }
            for ref in refsAt[point] ?? [] {
                w.start("ref", ["target": "#" + ref.id, "type": "noteAnchor"], mixed: true)
                w.text(ref.label)
                w.end()
            }
            if callsStarting[point] != nil { w.start("seg", ["type": "call-to-action"], mixed: true) }
            if targetsStarting.contains(point) { w.start("rs", ["type": "call-target"], mixed: true) }
        }
    }
}
