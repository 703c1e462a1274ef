import LibXML
/// What in an HTML page is not letter text: scripts, navigation, banners, forms.
///
/// Web pages wrap a letter in site chrome that the segmenter would otherwise read as
/// letterhead or signatures. Rules are on element names, ARIA roles and words in `id`/`class`,
/// never on text, so a letter that mentions "cookies" is not dropped.
enum HTMLChrome {
    /// Elements whose content is never letter text, wherever they are.
    static let neverText: Set<String> = [
        "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "canvas", "svg", "math",
        "form", "button", "select", "input", "textarea", "nav", "menu", "dialog", "img", "video", "audio", "map",
    ]
    /// Site header and footer: chrome at page level, but kept inside `<article>`/`<main>`,
    /// where HTML uses them for the letter's own title and sign-off.
    static let pageLevelOnly: Set<String> = ["header", "footer"]
    /// ARIA roles of page regions that are not the document's content.
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"]
    /// Prefixes of `id`/`class` words that name chrome ("cookie-banner", "site-nav", "navbar",
    /// "share-buttons", "sidebar").
    static let chromeWords = ["cookie", "consent", "banner", "nav", "menu", "sidebar", "share", "sharing", "social", "gdpr", "breadcrumb", "skip-link", "skiplink", "popup", "modal"]

    static func isChrome(_ e: HTMLElement, insideContent: Bool) -> Bool {
        if neverText.contains(e.name) { return true }
        if isHidden(e) { return true }
        if pageLevelOnly.contains(e.name) && !insideContent { return true }
        if let role = e.attribute("role")?.lowercased(), chromeRoles.contains(role) {
            // A footer or header inside the article keeps its implicit role out of this.
            return !(insideContent && (role == "banner" || role == "contentinfo"))
        }
        return words(of: e).contains { word in chromeWords.contains { word.hasPrefix($0) } }
    }

    /// `hidden`, `aria-hidden="true"` or an inline `display:none`: not shown, not read.
    static func isHidden(_ e: HTMLElement) -> Bool {
        if e.attribute("hidden") != nil { return true }
        if e.attribute("aria-hidden")?.lowercased() == "true" { return true }
        let style = (e.attribute("style") ?? "").lowercased().replacingOccurrences(of: " ", with: "")
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Lower-case words of `id` and `class`, split on spaces, `-` and `_`, plus the whole
    /// value ("cookieConsent" → "cookieconsent").
    static func words(of e: HTMLElement) -> [String] {
        let values = [e.attribute("id"), e.attribute("class")].compactMap { $0?.lowercased() }
        var out: [String] = []
        for value in values {
            for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                out.append(String(token))
                out += token.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            }
        }
        return out
    }

    /// The element holding the letter: the `<main>` element, else the `<article>` with the
    /// most text, else `<body>` (else the whole document).
    static func contentRoot(_ html: HTMLElement) -> HTMLElement {
        let body = html.first("body") ?? html
        let visible = { (e: HTMLElement) -> Bool in !neverText.contains(e.name) && !isHidden(e) }
        let mains = body.all { $0.name == "main" || $0.attribute("role")?.lowercased() == "main" }.filter(visible)
        if let main = mains.first { return main }
        let articles = body.all { $0.name == "article" }.filter(visible)
        if let best = articles.max(by: { $0.plainText.count < $1.plainText.count }) { return best }
        return body
    }
}
