import Foundation
import LetterExtractor

/// The parent → worker line: convert `input` and write the JSON to `output`.
struct WorkerRequest: Codable, Equatable {
    var input: String
    var output: String
    /// What to write; absent means JSON (a request from an older parent).
    var format: OutputFormat? = nil
}

/// The worker → parent line, sent after the output has been renamed into place.
struct WorkerReply: Codable, Equatable {
    var ok: Bool
    /// SHA-256 of the source bytes (as in the letter's `source.sha256`), when they could be read.
    var sourceSHA256: String?
    /// SHA-256 of the JSON written, so a rerun can tell the file is the one recorded.
    var outputSHA256: String?
    var pages: Int?
    var seconds: Double
    var error: String?
    /// Pages of the document read by OCR (nil: none).
    var ocrPages: Int? = nil
    /// The letter's warning codes, heaviest first, and their ``ReviewPriority`` score.
    var review: [String]? = nil
    var reviewScore: Int? = nil

    enum CodingKeys: String, CodingKey {
        case ok, sourceSHA256 = "source_sha256", outputSHA256 = "output_sha256", pages, seconds, error
        case ocrPages = "ocr_pages", review, reviewScore = "review_score"
    }
}

/// One JSON object per line: newlines inside strings are escaped by the encoder.
enum LineCodec {
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }

    static func decode<T: Decodable>(_ type: T.Type, from line: some DataProtocol) -> T? {
        try? JSONDecoder().decode(type, from: Data(line))
    }
}
