import Foundation
import PackagePlugin

/// Generates `Rule.declared`, the list of every rule, from the rule files in `Rules/` of the target
/// (one rule a file, `Rule+Name.swift` declaring `static let name = Rule(...)`), so that adding a rule is
/// adding its file: there is no second, hand-kept list to forget.
@main
struct RuleRegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Sources/\(target.name)/Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "RuleRegistry.swift")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rules.path(percentEncoded: false))) ?? []
        let inputs = names.filter { $0.hasSuffix(".swift") }.sorted().map { rules.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "Listing the rules",
                executable: try context.tool(named: "EmbedCatalog").url,
                arguments: ["--rules", rules.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
