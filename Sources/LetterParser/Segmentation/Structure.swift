/// Where the parts of a letter begin and end, as block indices, read off the decoded parts.
struct Structure: Equatable {
    var salutation: Int?
    var closing: Int?
    /// Blocks before `headerEnd` form the heading part.
    var headerEnd: Int
    var bodyStart: Int
    var bodyEnd: Int
    /// First block of the signature part.
    var signatureStart: Int
    /// First block after the signatures (annexes, postscripts, afterwords); the block count
    /// when there is none.
    var annexStart: Int

    /// The boundaries of a labelling whose parts come in the letter's order (as the decoder
    /// guarantees).
    init(parts: [LetterPart]) {
        let n = parts.count
        func first(_ test: (LetterPart) -> Bool) -> Int { parts.firstIndex(where: test) ?? n }
        salutation = parts.firstIndex(of: .salutation)
        closing = parts.firstIndex(of: .closing)
        headerEnd = first { $0 > .heading }
        bodyStart = first { $0 > .salutation }
        bodyEnd = first { $0 > .body }
        signatureStart = first { $0 > .closing }
        annexStart = first { $0 == .annex }
    }
}
