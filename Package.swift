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
        .executableTarget(
            name: "BitextCLI",
            dependencies: [
                "Bitext",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BitextTests",
            dependencies: ["Bitext"]
        ),
        .testTarget(
            name: "BitextCLITests",
            // Depends on the executable so that `swift test` builds the binary it runs.
            dependencies: ["Bitext", "BitextCLI"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
