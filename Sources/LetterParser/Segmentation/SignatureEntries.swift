import Geometry
import Layout

/// A person's entry in a signature block: the name and the lines attached to it.
///
/// Word processors often set the name on a line of its own (bold, or with more space around
/// it) and the role and organisation below, and the layout stage then gives two blocks
/// ("Lizzie O’Shea" / "Chair, Digital Rights Watch"). Read apart, the name looks like a group
/// heading and the role like a signer. A one-line name directly above a block that opens with
/// no name (same page, same left edge or both centred on one axis, less than a line apart) is
/// one entry with it.
enum SignatureEntries {
    static func attachingRoles(_ blocks: [Block]) -> [Block] {
        let blocks = joiningRows(blocks)
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
        // Set at one left edge, or both centred on one axis (a council's signature page).
        let centred = upper.alignment == .center && lower.alignment == .center && abs((u.x0 + u.x1) - (l.x0 + l.x1)) / 2 < size
        guard abs(u.x0 - l.x0) < size || centred, l.y0 >= u.y1 - 0.5 * size, l.y0 - u.y1 < 1.2 * size else { return false }
        let name = upper.text.trimmingBlanks()
        guard SignatoryParser.isPersonLine(name) else { return false }
        // The lines below are the person's role or organisation, not another person.
        let first = lower.lines.first?.text.trimmingBlanks() ?? ""
        if SignatoryParser.isPersonLine(first) { return false }
        return !BlockTraits.isContactLine(first) || Names.isRole(first)
    }

    /// One signer's line set with wide gaps (tab stops, a memo's signature row) comes out of the
    /// layout stage as blocks side by side on one row: "Andrew Hastie MP, Chair," |
    /// "Parliamentary Joint Committee" | "on Intelligence and Security". A one-line block that
    /// opens with a person's name and a comma, and the one-line blocks right of it on the same
    /// row that open with no name, are one entry. Two names on a row stay two signers (columns
    /// of signatures), and a grid of organisations is left alone.
    static func joiningRows(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var i = 0
        while i < blocks.count {
            var block = blocks[i]
            if block.lines.count == 1, let first = block.lines.first?.text.trimmingBlanks(),
               SignatoryParser.isPersonLine(first) || SignatoryParser.leadingName(first) != nil {
                while i + 1 < blocks.count, let piece = blocks[i + 1].lines.first, blocks[i + 1].lines.count == 1,
                      sameRow(blocks[i + 1], rightOf: block),
                      !SignatoryParser.isPersonLine(piece.text.trimmingBlanks()),
                      // An entry's shape ("Name, role, …", or a phrase running on in lower
                      // case), not a grid of names where a company reads like a person.
                      block.lines[0].text.contains(",") || piece.text.trimmingBlanks().first?.isLowercase == true {
                    var line = block.lines[0]
                    let left = line.text.trimmingBlanks(), right = piece.text.trimmingBlanks()
                    // A comma already there, or a lower-case word going on: the line runs on.
                    let glue = left.hasSuffix(",") || right.first?.isLowercase == true ? " " : ", "
                    line.text = left + glue + right
                    if let a = line.box, let b = piece.box { line.box = Rect.union(of: [a, b]) }
                    block = Block(lines: [line], hint: block.hint, alignment: block.alignment)
                    i += 1
                }
            }
            result.append(block)
            i += 1
        }
        return result
    }

    static func sameRow(_ piece: Block, rightOf block: Block) -> Bool {
        guard piece.page == block.page, let a = block.box, let b = piece.box else { return false }
        let size = max(block.fontSize, 1)
        return abs(a.y0 - b.y0) < 0.5 * size && abs(a.y1 - b.y1) < 0.5 * size && b.x0 > a.x1 && abs(piece.fontSize - block.fontSize) < 0.5
    }
}
