import Foundation

/// The weights the decoder gives each piece of evidence, in place of the hand-set ones where a
/// table has them.
///
/// Why a table: the hand-set weights were chosen while looking at some letters; fitting them on
/// gold-labelled blocks (`scripts/fit_parts.py`, an averaged structured perceptron) and scoring
/// each fold on letters it was not fitted on says whether they generalise. Entries are keyed
/// `part/rule/hand-weight` (`body/prose/3`), because one rule can carry different hand weights
/// in different shapes ("closing-phrase" is 5 for "Thank you." and 8 for "Sincerely,"), and a
/// rule missing from the table keeps its hand weight, so a new rule needs no refit to work.
struct PartWeights: Sendable {
    var table: [String: Double]

    static func key(_ part: LetterPart, _ evidence: Evidence) -> String {
        "\(part)/\(evidence.rule)/\(String(format: "%g", evidence.weight))"
    }

    /// The evidence with each weight the table has replaced.
    func apply(_ evidence: [Evidence]?, for part: LetterPart) -> [Evidence]? {
        guard !table.isEmpty, let evidence else { return evidence }
        return evidence.map { e in Evidence(rule: e.rule, weight: table[Self.key(part, e)] ?? e.weight) }
    }

    /// The table extraction uses: the file named by `LETTERS_PART_WEIGHTS` (a JSON object of
    /// key → weight) when that is set, for fitting and cross-validation only; else none, so the
    /// hand-set weights decide. An unreadable file is an error the fitting script must see, so
    /// it stops the process rather than silently scoring the hand-set weights.
    static let current: PartWeights = {
        guard let path = ProcessInfo.processInfo.environment["LETTERS_PART_WEIGHTS"], !path.isEmpty else {
            return PartWeights(table: [:])
        }
        guard let data = FileManager.default.contents(atPath: path),
              let table = try? JSONDecoder().decode([String: Double].self, from: data) else {
            FileHandle.standardError.write(Data("letters: LETTERS_PART_WEIGHTS=\(path): not a JSON object of weights\n".utf8))
            exit(2)
        }
        return PartWeights(table: table)
    }()
}
