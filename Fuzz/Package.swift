// swift-tools-version:6.0
// libFuzzer targets: the YAML reader and catalog loader, docs --inject, import landscape, the language server's
// JSON-RPC reading. See README.md in this folder.
import PackageDescription

let package = Package(
    name: "StackcatFuzz",
    dependencies: [.package(name: "stackcat", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzCatalog",
            dependencies: ["FuzzDriver", .product(name: "StackcatCore", package: "stackcat")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "FuzzInject",
            dependencies: ["FuzzDriver", .product(name: "StackcatCore", package: "stackcat")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "FuzzImport",
            dependencies: ["FuzzDriver", .product(name: "StackcatCore", package: "stackcat")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "FuzzLsp",
            dependencies: ["FuzzDriver", .product(name: "StackcatCore", package: "stackcat")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
