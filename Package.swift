// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Letters",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "letters", targets: ["letters"]),
        .library(name: "LetterExtractor", targets: ["LetterExtractor"]),
        .library(name: "LetterModel", targets: ["LetterModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already in the graph through postgres-nio; LetterModel uses it for SHA-256.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The archive's read-only web view (`letters archive serve`). No traits: the view needs
        // neither swift-configuration nor the extra Foundation support.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already in the graph through postgres-nio and Hummingbird; the web view sets its log level.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Hummingbird's header types (its dependency; the web view names header fields).
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // All C and unsafe code lives behind these two targets.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Boxes in page coordinates, shared by the PDF reader, the layout stage and the parser
        // (which thus never imports the PDF module).
        .target(name: "Geometry"),
        .target(name: "PDFText", dependencies: ["CPoppler", "Geometry"]),
        // Tesseract's C API, behind one module like Poppler: scanned pages read into PDFText words.
        // Not linked: opened with dlopen when a page needs OCR (Sources/CTesseract/include), so
        // a typed PDF's process never loads Tesseract and the libraries it pulls in.
        .target(name: "CTesseract", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "OCRText", dependencies: ["CTesseract", "PDFText"]),
        // libxml2 likewise stays behind one system target and one small wrapper module (HTML
        // parsed into Swift values, XML written, RELAX NG validation); HTML in and TEI/CMIF out
        // are pure Swift modules over it. LetterXML re-exports the three for older imports.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        .target(name: "LetterHTML", dependencies: ["LibXML", "Layout", "LetterModel"]),
        .target(name: "LetterTEI", dependencies: ["LibXML", "Layout", "LetterModel"]),
        .target(name: "LetterXML", dependencies: ["LibXML", "LetterHTML", "LetterTEI"]),

        // Pure stages.
        .target(name: "Layout", dependencies: ["PDFText"]),
        .target(name: "LetterModel", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "LetterParser", dependencies: ["Geometry", "Layout", "LetterModel"]),
        .target(name: "LetterExtractor", dependencies: ["PDFText", "OCRText", "Layout", "LetterParser", "LetterModel", "LetterHTML", "LetterTEI"]),
        .target(name: "LetterBatch", dependencies: ["LetterExtractor", "LetterModel"]),
        // Comparing two versions of a letter: pure, on the model only.
        .target(name: "LetterDiff", dependencies: ["LetterModel"]),
        // The archive: one store protocol, SQLite (GRDB) by default, PostgreSQL at scale.
        .target(
            name: "LetterArchive",
            dependencies: [
                "LetterModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The archive in a browser: search, letters, signatories, versions; read-only. Pages are
        // built by `WebSite` (no HTTP in it, so tests call it directly too); `WebServer` serves it
        // with Hummingbird.
        .target(
            name: "LetterWeb",
            dependencies: [
                "LetterArchive", "LetterModel", "LetterDiff", "LetterTEI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Ingest and search figures for both archive backends (scripts/bench-archive.sh).
        .executableTarget(name: "ArchiveBenchmark", dependencies: ["LetterArchive", "LetterModel", "LetterWeb"]),
        // Per-stage extraction cost and a byte-for-byte output check (scripts/bench-stages.sh);
        // it leaves the archive out so a release build for profiling stays quick.
        .executableTarget(
            name: "ExtractBenchmark",
            dependencies: ["LetterExtractor", "LetterModel", "LetterParser", "Layout", "PDFText"]
        ),

        // Calls to action found on the gold letters' own bodies, scored by scripts/score-calls.py
        // (docs/calls.md): call detection measured apart from segmentation.
        .executableTarget(name: "CallsBenchmark", dependencies: ["LetterParser", "LetterModel"]),

        .executableTarget(
            name: "letters",
            dependencies: [
                "LetterExtractor", "LetterModel",
                "LetterBatch",
                "LetterDiff",
                "LetterArchive",
                "LetterTEI",
                "LetterWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Helpers for the suites that run programs (the built binary, python3's jsonschema).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PDFTextTests", dependencies: ["PDFText"]),
        .testTarget(name: "OCRTextTests", dependencies: ["OCRText", "PDFText"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "PDFText"]),
        .testTarget(name: "LetterParserTests", dependencies: ["LetterParser", "Layout", "LetterModel", "PDFText"]),
        .testTarget(name: "LetterModelTests", dependencies: ["LetterModel", "TestSupport"]),
        .testTarget(name: "LettersCLITests", dependencies: ["LetterExtractor", "LetterModel", "TestSupport"]),
        .testTarget(name: "LetterBatchTests", dependencies: ["LetterBatch", "LetterModel", "TestSupport"]),
        .testTarget(name: "LetterDiffTests", dependencies: ["LetterDiff", "LetterExtractor", "LetterModel", "TestSupport"]),
        .testTarget(name: "LetterXMLTests", dependencies: ["LibXML", "LetterHTML", "LetterTEI", "LetterXML", "LetterExtractor", "Layout", "LetterModel", "TestSupport"]),
        .testTarget(name: "LetterArchiveTests", dependencies: [
            "LetterArchive", "LetterExtractor", "LetterModel", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "LetterWebTests", dependencies: ["LetterWeb", "LetterArchive", "LetterModel", "TestSupport"]),
        // Issue 14's "nothing lost" property: input words traced through layout into the JSON.
        .testTarget(
            name: "NothingLostTests",
            dependencies: ["LetterExtractor", "LetterModel", "LetterHTML", "Layout", "PDFText", "TestSupport"]
        ),
    ]
)
