// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.32.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.13.0"),
    ],
    targets: [
        .target(name: "CareModel"),
        .target(name: "Forecasting", dependencies: ["CareModel"]),
        .target(name: "Interchange", dependencies: ["CareModel"]),
        .target(name: "Storage", dependencies: [
            "CareModel",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
            .product(name: "PostgresKit", package: "postgres-kit"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "WebApp", dependencies: [
            "CareModel", "Forecasting", "Interchange", "Storage",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "hearth", dependencies: [
            "CareModel", "Forecasting", "Interchange", "Storage", "WebApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "CareModelTests", dependencies: ["CareModel"]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting"]),
        .testTarget(name: "InterchangeTests", dependencies: ["Interchange"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Interchange"]),
        // Runs the built `hearth` binary end to end; depending on it makes `swift test` build it first.
        // WebApp too: the browser test checks its walk covers every page route in RouteAccess.
        .testTarget(name: "HearthCommandTests", dependencies: ["hearth", "WebApp", "Storage"]),
        .testTarget(name: "WebAppTests", dependencies: [
            "WebApp", "Storage",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
