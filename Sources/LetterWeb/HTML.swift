import Foundation

/// Text made safe for HTML: every page is built from these, so what a letter says (a `<script>`,
/// quotes, a `javascript:` link) is shown, never run.
enum HTML {
    /// Escapes text for element content and for attribute values in double quotes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Schemes a letter's link may keep as a link; any other (`javascript:`, `data:`, `file:`)
    /// is shown as text only.
    static let linkSchemes: Set<String> = ["http", "https", "mailto"]

    /// `<a href>` for a URL a letter gives, or the escaped text when its scheme is not a safe one.
    static func externalLink(_ uri: String, text: String? = nil) -> String {
        let label = escape(text ?? uri)
        guard let url = URLComponents(string: uri.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased(),
              linkSchemes.contains(scheme) else { return "<span class=\"unsafe-link\">\(label)</span>" }
        return "<a href=\"\(escape(uri.trimmingCharacters(in: .whitespaces)))\" rel=\"nofollow noopener noreferrer\">\(label)</a>"
    }

    /// A value for a URL's query or path segment.
    static func component(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// `?a=1&b=2` from the non-empty pairs, in order.
    static func query(_ pairs: [(String, String?)]) -> String {
        let kept = pairs.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : "\(key)=\(component($0))" } }
        return kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
    }

    /// The whole page around `body`: one stylesheet inline, no scripts.
    static func page(title: String, query: String = "", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Letters archive</title>
        <style>\(css)</style>
        </head>
        <body>
        <header class="top"><a class="home" href="/">Letters archive</a>
        <form class="quick" action="/" method="get" role="search"><input type="search" name="q" value="\(escape(query))" aria-label="Search letters" placeholder="Search letters"><button type="submit">Search</button></form></header>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let css = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafaf7}
        header.top{display:flex;gap:1em;align-items:center;padding:.6em 1.2em;background:#23395b;color:#fff}
        header.top a.home{color:#fff;font-weight:600;text-decoration:none}
        header.top form{margin-left:auto}
        main{max-width:70em;margin:0 auto;padding:1em 1.2em}
        a{color:#1d4e89}
        input,select,button{font:inherit}
        .layout{display:grid;grid-template-columns:1fr 16em;gap:2em}
        @media (max-width:50em){.layout{grid-template-columns:1fr}}
        form.filters{display:flex;flex-wrap:wrap;gap:.5em 1em;margin-bottom:1em}
        form.filters label{display:flex;flex-direction:column;font-size:.85em;color:#555}
        form.filters input[name=q]{min-width:20em}
        ol.hits{list-style:none;padding:0}
        ol.hits li{margin:0 0 1.1em}
        .meta{color:#555;font-size:.9em}
        mark{background:#ffe58a;padding:0 .1em}
        mark.call{background:#d8f0d2}
        aside h2{font-size:1em;margin:1em 0 .3em}
        aside ul{list-style:none;padding:0;margin:0}
        aside li{display:flex;justify-content:space-between;gap:.5em}
        aside li.on{font-weight:600}
        .pages{display:flex;gap:1em;margin:1em 0}
        dl.fields{display:grid;grid-template-columns:8em 1fr;gap:.2em 1em}
        dl.fields dt{color:#555}
        .body p,.body blockquote,.body li{max-width:42em}
        .body h3{font-size:1.05em}
        ol.notes li:target{background:#fff4c2}
        .downloads a{margin-right:1em}
        .unsafe-link{color:#7a4a00}
        table{border-collapse:collapse}
        td,th{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
        iframe.diff{width:100%;height:40em;border:1px solid #ccc;background:#fff}
        p.error{background:#fde2e1;padding:.6em 1em;border-left:4px solid #b3261e}
        """
}
