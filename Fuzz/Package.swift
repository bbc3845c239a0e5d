// swift-tools-version:6.0
// A libFuzzer target over the YAML reader and the catalog loader. See README.md in this folder.
import PackageDescription

let package = Package(
    name: "StackcatFuzz",
    dependencies: [.package(name: "stackcat", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzCatalog",
            dependencies: [.product(name: "StackcatCore", package: "stackcat")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
