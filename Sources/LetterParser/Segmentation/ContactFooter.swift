import Layout

/// The sender's contact footer after the last paragraph of a letter with no closing (a press
/// release's "Contact presse : …", a flyer's address and social links): details of the sender,
/// signed by no one.
///
/// Read as such when most of its lines (`minContactShare`) are contact details or carry a
/// number (an address, a registration, a telephone), and no line names someone on its own: a
/// person's name, or an organisation's name with no digit and no contact detail. "Amnesty
/// International" over its web address and telephone is a signer; "Association Adikia — Rollee,
/// 35380 Maxent" over "Site Internet : www.adikia.fr" is a footer.
enum ContactFooter {
    static let minContactShare = 0.6

    /// The footer's lines, or nil when `blocks` are not a contact footer.
    static func lines(_ blocks: [Block]) -> [String]? {
        let lines = blocks.flatMap { $0.lines.map { $0.text.trimmingBlanks() } }.filter { !$0.isEmpty }
        guard !lines.isEmpty, !blocks.contains(where: { $0.hint == .listItem }) else { return nil }
        var details = 0
        for line in lines {
            let detail = BlockTraits.isContactLine(line) || line.contains(where: \.isNumber)
            if detail { details += 1; continue }
            if SignatoryParser.isPersonLine(line) || Patterns.isSignatoryHeading(line) { return nil }
            if line.split(separator: " ").count <= 6, Names.isOrganization(line) { return nil }
        }
        return Double(details) >= minContactShare * Double(lines.count) ? lines : nil
    }

    static func isFooter(_ blocks: [Block]) -> Bool { lines(blocks) != nil }
}
