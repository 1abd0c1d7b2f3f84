// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Bitext",
    products: [
        .library(name: "Bitext", targets: ["Bitext"]),
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
        .target(
            name: "Bitext",
            dependencies: ["CICUShim", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources")]
        ),
        // The review server (HTTP edges only; the editing itself is in Bitext/Review).
        .target(
            name: "BitextReview",
            dependencies: [
                "Bitext",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "BitextCLI",
            dependencies: [
                "Bitext",
                "BitextReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BitextTests",
            dependencies: ["Bitext"]
        ),
        .testTarget(
            name: "BitextReviewTests",
            dependencies: ["Bitext", "BitextReview", .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        .testTarget(
            name: "BitextCLITests",
            // Depends on the executable so that `swift test` builds the binary it runs.
            dependencies: ["Bitext", "BitextCLI"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
