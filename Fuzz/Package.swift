// swift-tools-version:6.1
// libFuzzer targets for the reading stages, kept apart from the main package so `make test` and
// `make run` never build them: `make fuzz` (scripts/fuzz.sh) builds this package in release with
// AddressSanitizer and libFuzzer's coverage instrumentation (docs/reliability.md#fuzzing). The
// root package is a path dependency, so the targets fuzz the same code the CLI runs.
import PackageDescription

let package = Package(
    name: "LettersFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Letters", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver (see its header).
        .target(name: "CLibFuzzer"),
        // Plain text and Markdown: decoding, the text layout stage and segmentation.
        .executableTarget(name: "FuzzText", dependencies: ["CLibFuzzer", .product(name: "LetterExtractor", package: "Letters")]),
        // HTML: libxml2's parser, the HTML reader and segmentation.
        .executableTarget(name: "FuzzHTML", dependencies: ["CLibFuzzer", .product(name: "LetterExtractor", package: "Letters")]),
        // PDF: bytes through Poppler, the layout stage and the parser (OCR off: Tesseract would
        // spend seconds per page and is not the code under test).
        .executableTarget(name: "FuzzPDF", dependencies: ["CLibFuzzer", .product(name: "LetterExtractor", package: "Letters")]),
    ]
)
