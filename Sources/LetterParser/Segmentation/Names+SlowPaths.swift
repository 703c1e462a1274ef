import Foundation
import Layout

/// Name tests as they were written before their fast paths, kept for the tests that compare.
extension Names {
    /// ``isPersonName(_:)`` with a look-up per list and Characters walked for capitals.
    static func slowIsPersonName(_ s: String) -> Bool {
        let trimmed = s.trimming(charactersIn: " ,;.")
        guard !trimmed.isEmpty, trimmed.characterCount <= 60, trimmed.numberCount == 0 else { return false }
        if trimmed.includes("@") || trimmed.includes("/") || trimmed.includes(":") { return false }
        // "Kristen Laursen, MGSH Class": a full name, then who she is. Only a single word comes
        // before the comma of a name ("Doe, Jane").
        if let comma = trimmed.rangeIfIncluded(of: ", "), tokens(String(trimmed[..<comma.lowerBound])).count >= 2 { return false }
        var words = tokens(trimmed)
        // "The Public Service …": an article opens organisation names, never people's; nor
        // does one follow a comma in a name ("Juriste, La Quadrature du Net").
        if let first = words.first, articles.contains(first.lowercased()) { return false }
        if zip(words, words.dropFirst()).contains(where: { $0.hasSuffix(",") && articles.contains($1.lowercased()) }) { return false }
        while let first = words.first, honorifics.contains(first.lowercased()) { words.removeFirst() }
        if words.count > 2, let last = words.last, offices.contains(last.lowercased().trimming(charactersIn: ",.")) { words.removeLast() }
        guard (1...5).contains(words.count) else { return false }
        if words.count == 1 { return false }
        for w in words {
            let lower = w.lowercased().trimming(charactersIn: ",.()")
            if organizationWords.contains(lower) || roleWords.contains(lower) { return false }
            if particles.contains(lower) { continue }
            guard let c = w.first, c.isUppercase || c == "(" else { return false }
            // All-caps words longer than 4 letters are acronyms of organisations ("UNESCO"),
            // unless every word is capitalised that way (names set in capitals).
        }
        let caps = words.filter { $0.count > 4 && $0.allSatisfy { !$0.isLowercase } }
        if !caps.isEmpty && caps.count < words.count - 1 { return false }
        return true
    }
}
