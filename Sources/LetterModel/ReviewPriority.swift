/// Which letters a person should open first, from their warnings.
///
/// `batch-report.json`'s `needs_review` and `archive search --needs-review` both order letters by
/// this one score, so a team triaging a batch and one triaging an archive see the same order.
/// Weights follow what a wrong field costs an archive: a letter with no content, no structure
/// or placeholders instead of names is wrong almost everywhere (3); a missing date or signer, a
/// sender that reads as a title or an OCR page that stopped or found nothing loses a field a
/// search depends on (2); a closing placed by position, a field of low confidence, a page of
/// poor OCR or a guessed encoding may be right and is worth a look (1). `docs/review.md` gives
/// how often each code is right on the corpus.
public enum ReviewPriority {
    public static func weight(_ code: LetterWarning.Code) -> Int {
        switch code {
        case .noContent, .noStructure, .unsignedTemplate: 3
        case .noDate, .noSignatories, .senderReadsAsTitle, .ocrIncomplete, .ocrNoText: 2
        case .closingByPosition, .lowConfidence, .ocrLowConfidence, .encodingAssumed, .nestingTooDeep, .note: 1
        }
    }

    /// The sum of the warnings' weights: 0 when nothing needs a look.
    public static func score(_ warnings: [LetterWarning]) -> Int {
        warnings.reduce(0) { $0 + weight($1.code) }
    }

    /// The distinct codes, heaviest first, then by name: what a listing shows beside the letter.
    public static func codes(_ warnings: [LetterWarning]) -> [String] {
        Set(warnings.map(\.code)).sorted {
            weight($0) != weight($1) ? weight($0) > weight($1) : $0.rawValue < $1.rawValue
        }.map(\.rawValue)
    }
}
