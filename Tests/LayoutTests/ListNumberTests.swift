import Layout
import PDFText
import XCTest

/// When a number at the start of a line starts a numbered list item.
final class ListNumberTests: XCTestCase {
    private let opening = "We write on behalf of the tenants of the valley, who have seen rents rise faster than wages for six years and who now ask for a hearing."

    /// A paragraph, then a full-width line `first`, then on the next line `second`.
    private func blocks(_ first: String, then second: String) -> LaidOutDocument {
        var page = PageBuilder(1)
        let y = page.paragraph(opening, y: 100) + 14
        page.line(first, y: y, justifyTo: PageBuilder.right)
        page.line(second, y: y + 13.2)
        return analyze([page])
    }

    /// A line that opens with a number inside a running sentence ("… shown in Figure / 1. To
    /// get …") is the sentence's; after a colon the same line starts a numbered item.
    func testANumberOpeningALineInsideASentenceIsNoListNumber() {
        let second = "1. To get the interval to overlap with the bounds, the sample must be small."
        let running = blocks("Consider the example in Figure 6 where there is no overlap in the way there is in Figure", then: second)
        XCTAssertEqual(running.blocks.count, 2, "\(running.texts)")
        XCTAssertNil(running.blocks.last?.hint)
        XCTAssertTrue(running.texts.last?.hasSuffix("in Figure 1. To get the interval to overlap with the bounds, the sample must be small.") == true)
        let listed = blocks("Consider the example in Figure 6; we therefore ask the authors to do the following:", then: second)
        XCTAssertEqual(listed.blocks.count, 3, "\(listed.texts)")
        XCTAssertEqual(listed.blocks.last?.hint, .listItem)
    }

    /// A dash opening a line inside a running sentence, even before a capital, is an aside
    /// wrapped to the line start ("… el Centro Cibernético Policial / – CCP, el Equipo …");
    /// after a colon it opens an item.
    func testADashOpeningALineInsideASentenceIsNoBullet() {
        let second = "– CCP, the incident response team of the national police, and the ministry."
        let running = blocks("The unit is made of the cyber command, the emergency response group and the police centre", then: second)
        XCTAssertEqual(running.blocks.count, 2, "\(running.texts)")
        XCTAssertNil(running.blocks.last?.hint)
        let listed = blocks("The unit is made of the cyber command and of the following bodies of the state, among others:", then: second)
        XCTAssertEqual(listed.blocks.count, 3, "\(listed.texts)")
        XCTAssertEqual(listed.blocks.last?.hint, .listItem)
    }
}
