import Layout

/// A person's entry in a signature block: the name and the lines attached to it.
///
/// Word processors often set the name on a line of its own (bold, or with more space around
/// it) and the role and organisation below, and the layout stage then gives two blocks
/// ("Lizzie O’Shea" / "Chair, Digital Rights Watch"). Read apart, the name looks like a group
/// heading and the role like a signer. A one-line name directly above a block that opens with
/// no name (same page, same left edge, less than a line apart) is one entry with it.
enum SignatureEntries {
    static func attachingRoles(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var i = 0
        while i < blocks.count {
            var block = blocks[i]
            if i + 1 < blocks.count, attaches(blocks[i + 1], below: block) {
                block.lines += blocks[i + 1].lines
                i += 1
            }
            result.append(block)
            i += 1
        }
        return result
    }

    static func attaches(_ lower: Block, below upper: Block) -> Bool {
        guard upper.lines.count == 1, (1...4).contains(lower.lines.count), upper.page == lower.page,
              lower.hint != .listItem,  // each bullet is an entry of its own
              let u = upper.box, let l = lower.box else { return false }
        let size = max(upper.fontSize, 1)
        guard abs(u.x0 - l.x0) < size, l.y0 >= u.y1 - 0.5 * size, l.y0 - u.y1 < 1.2 * size else { return false }
        let name = upper.text.trimmingBlanks()
        guard SignatoryParser.personHead(Names.withoutPostNominals(name)) != nil else { return false }
        // The lines below are the person's role or organisation, not another person.
        let first = lower.lines.first?.text.trimmingBlanks() ?? ""
        if SignatoryParser.personHead(Names.withoutPostNominals(first)) != nil { return false }
        return !BlockTraits.isContactLine(first) || Names.isRole(first)
    }
}
