import Foundation
import LetterModel

/// The largest input taken per format, checked from the file's size before it is read, so an
/// oversized file gives one line instead of exhausting memory or time.
///
/// Defaults: text and Markdown 20 MB (a letter of 20 MB of text is some ten thousand pages),
/// HTML 50 MB (the limit the HTML reader always had), PDF 500 MB. Each can be changed with an
/// environment variable in MB (`LETTERS_MAX_TEXT_MB`, `LETTERS_MAX_MARKDOWN_MB`,
/// `LETTERS_MAX_HTML_MB`, `LETTERS_MAX_PDF_MB`), or all at once with `LETTERS_MAX_INPUT_MB`
/// (what `--max-input-mb` sets; worker processes inherit it). 0 means no limit.
public struct InputLimits: Sendable, Equatable {
    public static let defaultMB: [Source.Format: Double] = [.text: 20, .markdown: 20, .html: 50, .pdf: 500]

    /// Bytes per format; a missing entry is no limit.
    public var bytes: [Source.Format: Int]

    public init(bytes: [Source.Format: Int]) { self.bytes = bytes }

    /// The defaults, overridden by the environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> InputLimits {
        var bytes: [Source.Format: Int] = [:]
        let all = environment["LETTERS_MAX_INPUT_MB"].flatMap(Double.init)
        for (format, mb) in defaultMB {
            let own = environment["LETTERS_MAX_\(format.rawValue.uppercased())_MB"].flatMap(Double.init)
            let limit = own ?? all ?? mb
            if limit > 0 { bytes[format] = Int(limit * 1_000_000) }
        }
        return InputLimits(bytes: bytes)
    }

    /// The reason a file of `size` bytes in `format` is refused, or nil.
    public func refusal(size: Int, format: Source.Format) -> String? {
        guard let limit = bytes[format], size > limit else { return nil }
        func mb(_ n: Int) -> String { String(format: "%.1f MB", Double(n) / 1_000_000) }
        let variable = "LETTERS_MAX_\(format.rawValue.uppercased())_MB"
        return "too large for a \(format.rawValue) letter (\(mb(size)); the limit is \(mb(limit)), raise it with --max-input-mb or \(variable))"
    }
}
