import Foundation
import PackagePlugin

/// Compiles the repository's `catalog/` and `schema/` into the `stackcat` executable as generated Swift
/// source, so that a binary copied alone still knows the built-in catalogue and can write the schemas.
/// With the files goes their digest, which tells whether the committed compiled catalog
/// (`Sources/stackcat/BuiltinCatalog+Compiled.swift`) was made from them.
@main
struct EmbedCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let catalog = context.package.directoryURL.appending(path: "catalog")
        let schemas = context.package.directoryURL.appending(path: "schema")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinCatalog.swift")
        return [
            .buildCommand(
                displayName: "Embedding the built-in catalog",
                executable: try context.tool(named: "EmbedCatalog").url,
                arguments: [
                    catalog.path(percentEncoded: false), schemas.path(percentEncoded: false),
                    output.path(percentEncoded: false)
                ],
                // Every file below both directories: which of them the catalog reads is CatalogLayout's
                // decision, made by the tool; an extra input only costs a rebuild.
                inputFiles: files(under: catalog) + files(under: schemas),
                outputFiles: [output]
            )
        ]
    }

    private func files(under directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
            .filter { !$0.hasDirectoryPath }
            .sorted { $0.path < $1.path }
    }
}
