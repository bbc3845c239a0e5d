import Foundation
import PackagePlugin

/// Compiles the site's templates, style sheet and script (`Site/Templates/` of the target) into
/// the target as generated Swift source (`enum SiteTemplateFiles`), so that `stackcat site` works from a
/// binary copied alone: a SwiftPM resource bundle lives beside the binary and would be left behind.
@main
struct EmbedSiteTemplatesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Sources/\(target.name)/Site/Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "SiteTemplateFiles.swift")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path(percentEncoded: false))) ?? []
        let inputs = names.filter { !$0.hasPrefix(".") }.sorted().map { templates.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "Embedding the site templates",
                executable: try context.tool(named: "EmbedCatalog").url,
                arguments: [
                    "--files", templates.path(percentEncoded: false), "SiteTemplateFiles",
                    output.path(percentEncoded: false)
                ],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
