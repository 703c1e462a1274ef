import Foundation
import LetterArchive
import LetterModel

/// Deterministic pseudo-random numbers (SplitMix64): the same letters on every run and machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds letter `i` from a real letter: about a sixth of its words swapped for words of the
/// other letters, 2 to 40 signatories drawn with a skew (a few sign very many letters, as in real
/// sign-on campaigns), a date between 2000 and 2024, and its own sha256.
struct LetterGenerator {
    let bases: [Letter]
    let vocabulary: [String]
    let people: [String]

    static func loadBases(from folder: String) throws -> [Letter] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") && !$0.hasPrefix("batch-report") }.sorted()
        return names.compactMap { try? JSONDecoder().decode(Letter.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))) }
            .filter { !$0.body.isEmpty }
    }

    init(bases: [Letter]) {
        precondition(!bases.isEmpty, "no letter JSON in --base")
        self.bases = bases
        let words = bases.flatMap { $0.body.flatMap { $0.text.split(separator: " ").map(String.init) } }.filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) }
        vocabulary = Array(Set(words)).sorted()
        let first = ["Ana", "Ben", "Chiara", "Dmitri", "Ebere", "Fatima", "Gustavo", "Hana", "Ivan", "Jun", "Kofi", "Lucía", "Mehmet",
                     "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sipho", "Tamar", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zanele"]
        let last = ["Abebe", "Bianchi", "Chen", "Dlamini", "Evans", "Fernández", "García", "Haddad", "Ivanova", "Jensen", "Kim", "López",
                    "Mensah", "Nakamura", "Okafor", "Pereira", "Quispe", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Wang", "Yilmaz"]
        let organisations = bases.flatMap { $0.signatories.map(\.name) }
        people = first.flatMap { f in last.map { "\(f) \($0)" } } + organisations
    }

    func letter(_ i: Int) -> Letter {
        var rng = SplitMix64(seed: UInt64(i) &* 7919 &+ 1)
        var letter = bases[i % bases.count]
        letter.source.sha256 = SHA256.hex(Data("archive-benchmark-\(i)".utf8))
        letter.source.file = "bench-\(i).pdf"
        letter.subject = (letter.subject ?? "Open letter") + " \(vocabulary.randomElement(using: &rng)!) \(i)"
        letter.body = letter.body.map { block in
            var b = block
            b.text = block.text.split(separator: " ").map { word in
                Int.random(in: 0..<6, using: &rng) == 0 ? vocabulary.randomElement(using: &rng)! : String(word)
            }.joined(separator: " ")
            return b
        }
        let year = Int.random(in: 2000...2024, using: &rng), month = Int.random(in: 1...12, using: &rng), day = Int.random(in: 1...28, using: &rng)
        letter.date = LetterDate(text: "\(day)/\(month)/\(year)", iso: String(format: "%04d-%02d-%02d", year, month, day), precision: .day)
        let count = Int.random(in: 2...40, using: &rng)
        letter.signatories = (0..<count).map { _ in
            // Squaring a uniform draw skews towards the start of the list: a few frequent signers.
            let u = Double.random(in: 0..<1, using: &rng)
            return Signatory(name: people[Int(u * u * Double(people.count))], kind: .person)
        }
        return letter
    }

    /// Search `n` of a benchmark run: its kind (for the report) and the query.
    func query(_ n: Int, rng: inout SplitMix64) -> (String, ArchiveQuery) {
        let word = vocabulary.randomElement(using: &rng)!
        switch n % 7 {
        case 5:
            // Two neighbouring words of a real letter (generated letters keep most of them).
            let words = bases.randomElement(using: &rng)!.body.flatMap { $0.text.split(separator: " ").map(String.init) }
                .filter { $0.allSatisfy { $0.isLetter } }
            let at = words.count > 1 ? Int.random(in: 0..<(words.count - 1), using: &rng) : 0
            return ("phrase", ArchiveQuery(text: "\"" + words[at...].prefix(2).joined(separator: " ") + "\""))
        case 6: return ("prefix", ArchiveQuery(text: String(word.prefix(4)) + "*"))
        case 0: return ("one word", ArchiveQuery(text: word))
        case 1: return ("two words", ArchiveQuery(text: word + " " + vocabulary.randomElement(using: &rng)!))
        case 2: return ("signatory filter", ArchiveQuery(signatory: people[Int.random(in: 0..<200, using: &rng)]))
        case 3:
            let year = Int.random(in: 2000...2024, using: &rng)
            return ("word + date range", ArchiveQuery(text: word, from: "\(year)", to: "\(year)"))
        default: return ("filters only (date)", ArchiveQuery(from: "2010-01", to: "2010-03"))
        }
    }
}
