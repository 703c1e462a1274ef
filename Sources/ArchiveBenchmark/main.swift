import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LetterArchive
import LetterModel
import LetterWeb

// Ingest and search figures for both archive backends (scripts/bench-archive.sh runs this).
//
// usage: ArchiveBenchmark --base DIR --count N [--sqlite PATH] [--postgres URL] [--searches N] [--web N]
//
// DIR holds letter JSON (real letters converted by `letters batch`); N letters are generated from
// them in memory with varied words, signatories and dates, each with its own sha256, so the
// figures measure the archive, not the extractor. Figures are printed, never asserted.

struct Arguments {
    var base = "", count = 10_000, sqlite: String?, postgres: String?, searches = 300, web = 0

    init() {
        var it = CommandLine.arguments.dropFirst().makeIterator()
        while let flag = it.next() {
            switch flag {
            case "--base": base = it.next() ?? ""
            case "--count": count = Int(it.next() ?? "") ?? count
            case "--sqlite": sqlite = it.next()
            case "--postgres": postgres = it.next()
            case "--searches": searches = Int(it.next() ?? "") ?? searches
            case "--web": web = Int(it.next() ?? "") ?? web
            default: fatalError("unknown argument \(flag)")
            }
        }
    }
}

let arguments = Arguments()
let bases = try LetterGenerator.loadBases(from: arguments.base)
let generator = LetterGenerator(bases: bases)
print("bases: \(bases.count) letters from \(arguments.base); generating \(arguments.count) letters")

func measure(_ name: String, location: String) throws {
    let archive = try Archive(location: location)
    defer { archive.close() }
    let start = ContinuousClock.now
    var added = 0
    for i in 0..<arguments.count {
        if case .added = try archive.add(generator.letter(i)) { added += 1 }
    }
    let seconds = (ContinuousClock.now - start).seconds
    print(String(format: "%@: ingest %d letters (%d new) in %.1f s = %.0f letters/s (one transaction each)",
                 name, arguments.count, added, seconds, Double(arguments.count) / seconds))

    var rng = SplitMix64(seed: 42)
    var latencies: [String: [Double]] = [:]
    for n in 0..<arguments.searches {
        let (kind, query) = generator.query(n, rng: &rng)
        let t = ContinuousClock.now
        _ = try archive.store.search(query)
        latencies[kind, default: []].append((ContinuousClock.now - t).seconds * 1000)
    }
    for (kind, values) in latencies.sorted(by: { $0.key < $1.key }) {
        let sorted = values.sorted()
        func p(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
        let label = kind.padding(toLength: 20, withPad: " ", startingAt: 0)
        print(String(format: "%@: search %@ p50 %7.2f ms  p99 %7.2f ms  (%d queries)", name, label, p(0.5), p(0.99), values.count))
    }
    if arguments.web > 0 { try measureWeb(name, location: location) }
    let t = ContinuousClock.now
    let versions = try archive.versions(of: 1)
    print(String(format: "%@: versions of letter 1: %d found in %.1f ms", name, versions.count, (ContinuousClock.now - t).seconds * 1000))
    let stats = try archive.store.stats()
    print("\(name): \(stats.letters) letters, \(stats.signatures) signatures, \(stats.distinctSignatories) distinct signatories")
}

/// The web view's search page through the real server (`archive serve`'s code, on a free
/// loopback port, archive opened read-only): each request a search with its count and facets,
/// one at a time, so the figure is the latency one reader sees.
func measureWeb(_ name: String, location: String) throws {
    let archive = try Archive(location: location, access: .readOnly)
    defer { archive.close() }
    let site = WebSite(archive: archive)
    let port = PortWait()
    let server = Task { try await WebServer.run(site: site, host: "127.0.0.1", port: 0) { port.set($0) } }
    defer { server.cancel() }
    let bound = port.wait()
    var rng = SplitMix64(seed: 7)
    var latencies: [String: [Double]] = [:]
    for n in 0..<arguments.web {
        let (kind, query) = generator.query(n, rng: &rng)
        var items: [URLQueryItem] = []
        if let text = query.text { items.append(URLQueryItem(name: "q", value: text)) }
        if let s = query.signatory { items.append(URLQueryItem(name: "signatory", value: s)) }
        if let f = query.from { items.append(URLQueryItem(name: "from", value: f)) }
        if let t = query.to { items.append(URLQueryItem(name: "to", value: t)) }
        var url = URLComponents(string: "http://127.0.0.1:\(bound)/")!
        url.queryItems = items
        let t = ContinuousClock.now
        let (status, size) = fetch(url.url!)
        let ms = (ContinuousClock.now - t).seconds * 1000
        guard status == 200, size > 0 else { print("\(name): web \(url) answered \(status)"); continue }
        latencies[kind, default: []].append(ms)
        latencies["all kinds", default: []].append(ms)
    }
    for (kind, values) in latencies.sorted(by: { $0.key < $1.key }) {
        let sorted = values.sorted()
        func p(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
        print(String(format: "%@: web search page %@ p50 %7.2f ms  p99 %7.2f ms  (%d requests)", name,
                     kind.padding(toLength: 20, withPad: " ", startingAt: 0), p(0.5), p(0.99), values.count))
    }
}

/// One GET, waited for: (status, body bytes).
func fetch(_ url: URL) -> (Int, Int) {
    let status = PortWait(), size = PortWait()
    let task = URLSession.shared.dataTask(with: url) { data, response, _ in
        size.set(data?.count ?? 0)
        status.set((response as? HTTPURLResponse)?.statusCode ?? 0)
    }
    task.resume()
    return (status.wait(), size.wait())
}

final class PortWait: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int?
    func set(_ v: Int) { lock.withLock { value = v } }
    func wait() -> Int {
        while true {
            if let v = lock.withLock({ value }) { return v }
            usleep(10_000)
        }
    }
}

if let path = arguments.sqlite { try measure("sqlite", location: path) }
if let url = arguments.postgres { try measure("postgres", location: url) }

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
