import Foundation
import Layout
import LetterXML
import XCTest

/// The HTML layout stage on small pages written in the test: what becomes a block, a line,
/// a marker, a note, and what is chrome.
final class HTMLLayoutTests: XCTestCase {
    private func layout(_ html: String) throws -> LaidOutDocument {
        try HTMLLetterReader.read(data: Data(html.utf8)).document
    }

    private func texts(_ blocks: [Block]) -> [String] { blocks.map(\.text) }

    func testHeadingsParagraphsListsQuotesGetHints() throws {
        let doc = try layout("""
        <html><body><h2>Our call</h2><p>First   paragraph
        over two source lines.</p><ul><li>One</li><li>Two</li></ul>
        <blockquote><p>Quoted words.</p></blockquote><div>Loose text</div></body></html>
        """)
        XCTAssertEqual(texts(doc.blocks), ["Our call", "First paragraph over two source lines.", "One", "Two", "Quoted words.", "Loose text"])
        XCTAssertEqual(doc.blocks.map(\.hint), [.heading, .paragraph, .listItem, .listItem, .quote, nil])
        XCTAssertEqual(doc.blocks[0].level, 2)
    }

    func testBreaksMakeLinesInsideOneBlock() throws {
        let doc = try layout("<p>Ms Ana Pérez<br>Director<br/>\n  Open Data Institute</p><address>1 Main St<br>Town</address>")
        XCTAssertEqual(doc.blocks.count, 2)
        XCTAssertEqual(doc.blocks[0].lines.map(\.text), ["Ms Ana Pérez", "Director", "Open Data Institute"])
        XCTAssertEqual(doc.blocks[1].lines.map(\.text), ["1 Main St", "Town"])
    }

    func testSupMarkersLeaveTextAndLinkToFootnoteList() throws {
        let doc = try layout("""
        <p>We are dismayed<sup><a href="#fn1" id="r1">1</a></sup>. Also this<a href="#fn2"><sup>2</sup></a> and that.</p>
        <ol class="footnotes"><li id="fn1">First note <a href="#r1">↩</a></li><li id="fn2">Second note: <a href="https://x.org/a">https://x.org/a</a></li></ol>
        """)
        XCTAssertEqual(texts(doc.blocks), ["We are dismayed. Also this and that."])
        XCTAssertEqual(doc.blocks[0].lines[0].markers, [Marker(label: "1", offset: 15), Marker(label: "2", offset: 26)])
        XCTAssertEqual(doc.footnoteBlocks.map(\.text), ["First note", "Second note: https://x.org/a"])
        XCTAssertEqual(doc.footnoteBlocks.map { $0.lines[0].markers }, [[Marker(label: "1", offset: 0)], [Marker(label: "2", offset: 0)]])
        XCTAssertEqual(doc.links.map(\.uri), ["https://x.org/a"])
    }

    func testNotesHeadingFollowedByListAndAsideNotes() throws {
        let list = try layout("""
        <p>Text<sup>1</sup> more<sup>2</sup>.</p><h3>Notes</h3><ol><li>Alpha.</li><li>Beta.</li></ol>
        """)
        XCTAssertEqual(texts(list.blocks), ["Text more."])
        XCTAssertEqual(list.footnoteBlocks.map(\.text), ["Alpha.", "Beta."])
        XCTAssertEqual(list.footnoteBlocks.map(\.footnoteRefs), [["1"], ["2"]])

        let aside = try layout("""
        <article><p>Claim<a href="#n-a">*</a>.</p><aside id="n-a"><p>* Source of the claim.</p></aside></article>
        """)
        XCTAssertEqual(texts(aside.blocks), ["Claim."])
        XCTAssertEqual(aside.footnoteBlocks.map(\.text), ["Source of the claim."])
        XCTAssertEqual(aside.footnoteBlocks.map(\.footnoteRefs), [["*"]])
    }

    func testOrdinalSuperscriptStaysText() throws {
        let doc = try layout("<p>The 4<sup>th</sup> Action Plan and m<sup>2</sup>.</p>")
        XCTAssertEqual(doc.blocks[0].text, "The 4th Action Plan and m.")
        XCTAssertEqual(doc.blocks[0].footnoteRefs, ["2"], "bare digits in <sup> are markers, as superscript digits are in PDFs")
    }

    func testChromeIsSkippedAndMainPreferred() throws {
        let doc = try layout("""
        <body><div class="cookie-banner"><p>We use cookies.</p></div><header><h1>Site</h1></header>
        <nav><a href="/">Home</a></nav><script>var x = "<p>no</p>";</script><style>p{}</style>
        <div id="sidebar"><p>Side</p></div><p>Outside main</p>
        <main><header><h1>Letter title</h1></header><p>Dear all,</p><div class="share-links">Share</div>
        <p hidden>Hidden</p><noscript>Enable JS</noscript><form><input value="x"><p>Form text</p></form></main>
        <footer>© 2024</footer></body>
        """)
        XCTAssertEqual(texts(doc.blocks), ["Letter title", "Dear all,"])
        XCTAssertTrue(doc.links.isEmpty)
    }

    func testLargestArticleWhenNoMain() throws {
        let doc = try layout("<body><article><p>Short teaser.</p></article><article><p>The real letter is the longer one here.</p></article></body>")
        XCTAssertEqual(texts(doc.blocks), ["The real letter is the longer one here."])
    }

    func testSignatoryTableRowsBecomeBlocksWithOneLinePerCell() throws {
        let doc = try layout("""
        <table><thead><tr><th>Name</th><th>Organisation</th></tr></thead>
        <tbody><tr><td>Ana Pérez</td><td>Open Data Institute</td></tr><tr><td>Ben Okafor</td><td>Right2Know<br>Cape Town</td></tr></tbody></table>
        """)
        XCTAssertEqual(doc.blocks.map { $0.lines.map(\.text) }, [["Ana Pérez", "Open Data Institute"], ["Ben Okafor", "Right2Know", "Cape Town"]])
        XCTAssertEqual(doc.blocks.map(\.hint), [.tableCell, .tableCell])
    }

    func testLayoutTableIsReadAsPage() throws {
        let doc = try layout("<table><tr><td><p>Dear friends,</p><p>We write to you.</p></td></tr></table>")
        XCTAssertEqual(texts(doc.blocks), ["Dear friends,", "We write to you."])
    }

    func testEntitiesAndWhitespaceAndPre() throws {
        let doc = try layout("<p>Caf&eacute; &amp; &lt;b&gt;&nbsp;x &#8211; y</p><pre>line one\nline two</pre>")
        XCTAssertEqual(doc.blocks[0].text, "Café & <b> x – y")
        XCTAssertEqual(doc.blocks[1].lines.map(\.text), ["line one", "line two"])
    }

    func testMetadataFromHead() throws {
        let html = """
        <html><head><title> An open letter </title><meta name="author" content="Ana Pérez">
        <meta name="generator" content="WordPress 6.4"><meta name="dcterms.created" content="2020-03-04"></head><body><p>x</p></body></html>
        """
        let meta = try HTMLLetterReader.read(data: Data(html.utf8)).metadata
        XCTAssertEqual(meta.title, "An open letter")
        XCTAssertEqual(meta.author, "Ana Pérez")
        XCTAssertEqual(meta.producer, "WordPress 6.4")
        XCTAssertEqual(meta.created, "2020-03-04")
    }

    func testUndeclaredUTF8IsReadAsUTF8AndLatin1Fallback() throws {
        XCTAssertEqual(try layout("<p>México – São Paulo</p>").blocks[0].text, "México – São Paulo")
        let latin1 = Data("<p>M".utf8) + Data([0xE9]) + Data("xico</p>".utf8)
        XCTAssertEqual(try HTMLLetterReader.read(data: latin1).document.blocks[0].text, "México")
    }
}

/// Footnotes as the common HTML generators write them.
final class HTMLFootnoteFlavourTests: XCTestCase {
    private func layout(_ html: String) throws -> LaidOutDocument {
        try HTMLLetterReader.read(data: Data(html.utf8)).document
    }

    func testWordFilteredHTML() throws {
        let doc = try layout("""
        <div class=WordSection1><p class=MsoNormal>We object to the plan.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"
        title=""><span class=MsoFootnoteReference><span style='font-size:11.0pt'>[1]</span></span></a> More text.<o:p></o:p></p></div>
        <div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
        <div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1"
        name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Ministry report, 2019.</p></div></div>
        """)
        XCTAssertEqual(doc.blocks.map(\.text), ["We object to the plan. More text."])
        XCTAssertEqual(doc.blocks[0].footnoteRefs, ["1"])
        XCTAssertEqual(doc.footnoteBlocks.map(\.text), ["Ministry report, 2019."])
        XCTAssertEqual(doc.footnoteBlocks.map(\.footnoteRefs), [["1"]])
    }

    func testGoogleDocsExport() throws {
        let doc = try layout("""
        <p class="c1"><span>Dear Minister, we write</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span>.</span></p>
        <hr class="c5"><div><p class="c3"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c2">&nbsp;See the annex.</span></p></div>
        """)
        XCTAssertEqual(doc.blocks.map(\.text), ["Dear Minister, we write."])
        XCTAssertEqual(doc.blocks[0].lines[0].markers, [Marker(label: "1", offset: 23)])
        XCTAssertEqual(doc.footnoteBlocks.map(\.text), ["See the annex."])
    }

    func testMammothDocxConversion() throws {
        let doc = try layout("""
        <p>We call on you<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>
        <ol><li id="footnote-1"><p>The 2020 treaty. <a href="#footnote-ref-1">↑</a></p></li></ol>
        """)
        XCTAssertEqual(doc.blocks.map(\.text), ["We call on you."])
        XCTAssertEqual(doc.footnoteBlocks.map(\.text), ["The 2020 treaty."])
        XCTAssertEqual(doc.footnoteBlocks.map(\.footnoteRefs), [["1"]])
    }
}

extension HTMLFootnoteFlavourTests {
    func testMarkersPointingAtTheWholeNotesSection() throws {
        let doc = try HTMLLetterReader.read(data: Data("""
        <p>First<sup><a href="#notes">1</a></sup> and second<sup><a href="#notes">2</a></sup>.</p>
        <section id="notes"><h2>Sources</h2><ol><li>Report A.</li><li>Report B.</li></ol></section>
        """.utf8)).document
        XCTAssertEqual(doc.blocks.map(\.text), ["First and second."])
        XCTAssertEqual(doc.blocks[0].footnoteRefs, ["1", "2"])
        XCTAssertEqual(doc.footnoteBlocks.map(\.text), ["Report A.", "Report B."])
        XCTAssertEqual(doc.footnoteBlocks.map(\.footnoteRefs), [["1"], ["2"]])
    }
}
