// swift-tools-version:6.1
import PackageDescription
import class Foundation.ProcessInfo

let package = Package(
    name: "Bitext",
    products: [
        // The whole library; the modules below are products of their own for programs that need less.
        .library(name: "Bitext", targets: ["Bitext"]),
        .library(name: "BitextAlignment", targets: ["BitextAlignment"]),
        .library(name: "BitextMemory", targets: ["BitextMemory"]),
        .executable(name: "bitext", targets: ["BitextCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The translation memory's SQLite store (migrations, WAL, transactions).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // The review editor's local web server.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // The review server's connection limit is a NIO channel handler.
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        // DOCX input: the ZIP container of word/document.xml.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // System ICU behind a header that exposes no ICU types: Foundation on Linux
        // bundles its own ICU module, and importing both sets of headers clashes.
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // Each library target below may use only the targets listed before it: SwiftPM refuses a cycle.
        // libxml2's HTML parser and its reading of a DOCTYPE, loaded at run time (libxml2 is there wherever
        // FoundationXML is; its headers need not be): a header that exposes no libxml2 type.
        .target(name: "CXMLShim", linkerSettings: [.linkedLibrary("dl")]),
        // The C library's heap: free pages handed back after a long document's temporaries.
        .target(name: "CHeapShim"),
        // Text: language codes, scripts, decoding, files, ICU, documents and their sentences, the resources.
        .target(name: "BitextText", dependencies: ["CICUShim", "CXMLShim"], resources: [.copy("Resources")]),
        // Names: transliteration, name similarity, Han readings, the name-like spans of a sentence.
        .target(name: "BitextNames", dependencies: ["BitextText"]),
        // The entity glossary: entries, the TSV file, matching in text, exchange formats, the bundled glossary.
        .target(name: "BitextGlossary", dependencies: ["BitextText", "BitextNames"], resources: [.copy("Resources")]),
        // Alignment: sentence features and anchors, the bead scorer and dynamic program, evaluation.
        .target(name: "BitextAlignment", dependencies: ["BitextText", "BitextNames", "BitextGlossary", "CHeapShim"]),
        // Entities in aligned texts: name QA and glossary proposals.
        .target(name: "BitextEntities", dependencies: ["BitextText", "BitextNames", "BitextGlossary", "BitextAlignment"]),
        // The reviewed alignment: edits, history, highlights, the page.
        .target(name: "BitextReview", dependencies: ["BitextText", "BitextNames", "BitextGlossary", "BitextAlignment", "BitextEntities"]),
        // Files in and out: TMX, JSON, JSONL, TSV and the other exports.
        .target(name: "BitextFormats", dependencies: ["BitextText", "BitextGlossary", "BitextAlignment", "BitextReview"]),
        // The translation memory: the only target that links SQLite.
        .target(
            name: "BitextMemory",
            dependencies: ["BitextText", "BitextNames", "BitextGlossary", "BitextAlignment", "BitextFormats",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Input formats: HTML article pages, DOCX, XLIFF, read into paragraphs.
        .target(
            name: "BitextReaders",
            dependencies: ["BitextText", "CXMLShim", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Many pairs on every core, with a report and resumable output.
        .target(name: "BitextBatch", dependencies: ["BitextText", "BitextAlignment", "BitextFormats"]),
        .target(
            name: "Bitext",
            dependencies: ["BitextText", "BitextNames", "BitextGlossary", "BitextAlignment", "BitextEntities",
                           "BitextReview", "BitextFormats", "BitextMemory", "BitextBatch", "BitextReaders"]
        ),
        // The review server (HTTP edges only; the editing itself is in BitextReview).
        .target(
            name: "BitextReviewServer",
            dependencies: [
                "Bitext",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "BitextCLI",
            dependencies: [
                "Bitext",
                "BitextReviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BitextTests",
            dependencies: ["Bitext", "BitextText", "BitextNames", "BitextGlossary", "BitextAlignment", "BitextEntities",
                           "BitextReview", "BitextFormats", "BitextMemory", "BitextBatch"]
        ),
        .testTarget(
            name: "BitextReviewServerTests",
            // A live server on loopback and URLSession: HummingbirdTesting would build an HTTP client stack and TLS.
            dependencies: ["Bitext", "BitextReviewServer", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(
            name: "BitextCLITests",
            // Depends on the executable so that `swift test` builds the binary it runs.
            dependencies: ["Bitext", "BitextCLI", "BitextReviewServer"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Micro-benchmarks of the inner loops (ordo-one/benchmark), only when asked for, so that building and testing
// Bitext never resolves or builds the benchmark tooling:
//   BITEXT_BENCHMARKS=1 swift package --scratch-path .build-bench benchmark
if ProcessInfo.processInfo.environment["BITEXT_BENCHMARKS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(.executableTarget(
        name: "BitextBenchmarks",
        dependencies: ["Bitext", .product(name: "Benchmark", package: "benchmark")],
        path: "Benchmarks/BitextBenchmarks",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ))
}

// Coverage-guided fuzz targets (libFuzzer), one executable per parser of outside input, only when asked for:
//   scripts/fuzz.sh SECONDS   (builds them with -sanitize=fuzzer,address into .build-fuzz and runs each)
if ProcessInfo.processInfo.environment["BITEXT_FUZZ"] != nil {
    package.targets.append(.target(name: "CFuzzing", path: "Fuzz/CFuzzing"))
    for name in ["TextDecoder", "Segmenter", "LanguageSplitter", "Glossary", "TMX", "AlignmentJSON", "Manifest"] {
        package.targets.append(.executableTarget(
            name: "Fuzz\(name)",
            dependencies: ["Bitext", "CFuzzing"],
            path: "Fuzz/Fuzz\(name)"
        ))
    }
}
