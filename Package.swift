// swift-tools-version:6.2
import PackageDescription

/// Our own targets treat every warning as an error (dependencies keep their own settings).
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
        // Benchmarks for BENCHMARKS.md, a tool of their own that the `hearth` binary does not carry.
        .executable(name: "hearth-bench", targets: ["HearthBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.32.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.10.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
    ],
    targets: [
        .target(name: "CareModel", swiftSettings: strict),
        .target(name: "Forecasting", dependencies: ["CareModel"], swiftSettings: strict),
        .target(
            name: "Interchange",
            dependencies: ["CareModel", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(name: "Synthetic", dependencies: ["CareModel", "Interchange"], swiftSettings: strict),
        .target(
            name: "Storage",
            dependencies: [
                "CareModel",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                // SHA-256 for the audit log's hash chain (AuditChain).
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        // The council's tasks that both front ends call: importing, the budget monitor report, accounts
        // and tokens, choosing an authority.
        .target(
            name: "CouncilTasks",
            dependencies: [
                "CareModel", "Forecasting", "Interchange", "Storage",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                // TOTP for two-factor sign-in (issue 11): hummingbird-auth's, not a second OTP library.
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
            ],
            swiftSettings: strict),
        .target(
            name: "WebApp",
            dependencies: [
                "CareModel", "Forecasting", "Interchange", "Storage", "CouncilTasks",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "CareModel", "Forecasting", "Interchange", "Synthetic", "Storage", "CouncilTasks", "WebApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // Benchmarks for BENCHMARKS.md: `swift run -c release hearth-bench …`; not part of the product.
        .executableTarget(
            name: "HearthBench",
            dependencies: [
                "CareModel", "Forecasting", "Interchange", "Synthetic", "Storage", "CouncilTasks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict),
        .testTarget(name: "CareModelTests", dependencies: ["CareModel"], swiftSettings: strict),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting"], swiftSettings: strict),
        .testTarget(
            name: "InterchangeTests",
            dependencies: ["Interchange", "Synthetic", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .testTarget(
            name: "SyntheticTests", dependencies: ["Synthetic", "Interchange", "Forecasting"], swiftSettings: strict),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Interchange"], swiftSettings: strict),
        .testTarget(
            name: "CouncilTasksTests",
            dependencies: ["CouncilTasks", "Storage", "Interchange", "CareModel", "Forecasting"],
            swiftSettings: strict),
        // Runs the built `hearth` and `hearth-bench` binaries end to end; depending on them makes `swift test`
        // build them first. WebApp too: the browser test checks its walk covers every page route.
        .testTarget(
            name: "HearthCommandTests", dependencies: ["hearth", "HearthBench", "WebApp", "Storage"],
            swiftSettings: strict),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "Storage", "CouncilTasks",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
