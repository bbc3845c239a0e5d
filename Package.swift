// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "stackcat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stackcat", targets: ["stackcat"]),
        .library(name: "StackcatCore", targets: ["StackcatCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "CatalogLayout"
        ),
        // The only target that talks to the operating system: system calls, files, processes.
        .target(
            name: "StackcatIO",
            dependencies: ["CGraphvizWorker"]
        ),
        // Graphviz workers for `site`: libgvc is opened at run time, so nothing links against Graphviz.
        .target(
            name: "CGraphvizWorker"
        ),
        // The pipeline's layers, lowest first; each names only the layers below it, so a cycle is a
        // build error (ARCHITECTURE.md draws them).
        .target(
            name: "StackcatModel",
            dependencies: ["CatalogLayout", "StackcatIO"],
            plugins: ["RuleRegistryPlugin"]
        ),
        .target(
            name: "StackcatYAML",
            dependencies: ["CLibYAML", "StackcatModel"]
        ),
        .target(
            name: "StackcatLoading",
            dependencies: ["CatalogLayout", "StackcatModel", "StackcatYAML", "StackcatIO"]
        ),
        .target(
            name: "StackcatValidation",
            dependencies: ["StackcatModel", "StackcatYAML", "StackcatLoading", "StackcatIO"]
        ),
        .target(
            name: "StackcatQuery",
            dependencies: ["StackcatModel", "StackcatIO"]
        ),
        .target(
            name: "StackcatRendering",
            dependencies: ["StackcatIO", "StackcatModel", "StackcatQuery"],
            // The site's templates, style and script: compiled in by EmbedSiteTemplatesPlugin, so that
            // a binary copied alone has them (a resource bundle would stay behind).
            exclude: ["Site/Templates"],
            plugins: ["EmbedSiteTemplatesPlugin"]
        ),
        .target(
            name: "StackcatInterop",
            dependencies: ["StackcatModel", "StackcatYAML", "StackcatLoading", "StackcatQuery"]
        ),
        .target(
            name: "StackcatScaffold",
            dependencies: ["StackcatModel", "StackcatYAML", "StackcatLoading", "StackcatValidation", "StackcatQuery",
                           "StackcatRendering"]
        ),
        // The language server and `rename`: JSON-RPC framing, the id index, edits (IO only for `Parallel`).
        .target(
            name: "StackcatEditing",
            dependencies: ["CatalogLayout", "StackcatModel", "StackcatYAML", "StackcatLoading", "StackcatValidation",
                           "StackcatQuery", "StackcatRendering", "StackcatIO"]
        ),
        // Every layer as one module, for the executable, the tests and the fuzzers.
        .target(
            name: "StackcatCore",
            dependencies: ["StackcatModel", "StackcatYAML", "StackcatLoading", "StackcatValidation", "StackcatQuery",
                           "StackcatRendering", "StackcatInterop", "StackcatScaffold", "StackcatEditing"]
        ),
        // Build-time code: EmbedCatalog embeds the built-in catalog's files, the schemas and the site's
        // templates as string literals and lists the rules; EmbedSupport is what it shares with the test
        // that keeps the compiled built-in catalog current (`CompiledCatalog`).
        .target(
            name: "EmbedSupport",
            dependencies: ["CatalogLayout"]
        ),
        .executableTarget(
            name: "EmbedCatalog",
            dependencies: ["EmbedSupport"],
            path: "Sources/EmbedCatalog"
        ),
        .plugin(
            name: "EmbedCatalogPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedCatalog"]
        ),
        .plugin(
            name: "RuleRegistryPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedCatalog"]
        ),
        .plugin(
            name: "EmbedSiteTemplatesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedCatalog"]
        ),
        .executableTarget(
            name: "stackcat",
            dependencies: [
                "StackcatCore",
                "StackcatIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedCatalogPlugin"]
        ),
        .testTarget(
            name: "StackcatCoreTests",
            dependencies: ["StackcatCore", "CatalogLayout", "StackcatIO", "StackcatModel", "StackcatYAML", "StackcatLoading",
                           "StackcatValidation", "StackcatQuery", "StackcatRendering", "StackcatInterop", "StackcatScaffold",
                           "StackcatEditing", "EmbedSupport"],
            path: "Tests/StackcatCoreTests",
            exclude: ["Golden"]
        ),
        // The built-in catalog's facts, apart from the code's tests: a change to catalog/ that breaks
        // one of these is a matter of editing, not of code.
        .testTarget(
            name: "CatalogTests",
            dependencies: ["CatalogLayout", "StackcatModel", "StackcatYAML", "StackcatLoading", "StackcatValidation",
                           "StackcatQuery"],
            path: "Tests/CatalogTests"
        ),
        .testTarget(
            name: "StackcatIOTests",
            dependencies: ["StackcatIO"],
            path: "Tests/StackcatIOTests"
        ),
        .testTarget(
            name: "StackcatEndToEndTests",
            dependencies: ["StackcatCore"],
            path: "Tests/StackcatEndToEndTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
