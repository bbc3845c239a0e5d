import StackcatIO
import StackcatModel
import StackcatYAML

/// One file's share of a catalog, read on its own: what `stackcat lsp` keeps per file, so that after
/// an edit only the edited file is read again and the catalog is assembled from the kept shares.
/// `assemble(_:)` of every file's share gives what `load(_:)` gives for the files together.
public struct LoadedFile: Sendable {
    var state: LoadState
    var tool: Tool?
}

extension CatalogLoader {
    /// Reads each file into its own share, on every core.
    package static func loadFiles(_ files: [CatalogFile], reader: YAMLReader = YAMLReader()) -> [LoadedFile] {
        let slots = ParallelResults<LoadedFile>(count: files.count)
        _ = Parallel.fold(files.count, initial: { 0 }) { _, index in
            var state = LoadState(perFile: .max)
            let tool = state.load(files[index], reader: reader)
            // The text was needed only while reading; positions are in the values.
            state.text = SourceText(path: "", bytes: [])
            slots.set(index, LoadedFile(state: state, tool: tool))
        }
        return slots.takeValues()
    }

    /// The catalog and the loading diagnostics of the shares together, as `load(_:)` merges them.
    package static func assemble(_ parts: [LoadedFile]) -> (catalog: Catalog, diagnostics: [Diagnostic]) {
        var state = LoadState(perFile: .max)
        var tools: [Tool] = []
        tools.reserveCapacity(parts.count)
        for part in parts {
            state.categories += part.state.categories
            state.roles += part.state.roles
            state.relationTypes += part.state.relationTypes
            state.stacks += part.state.stacks
            state.radar = state.radar ?? part.state.radar
            state.teams += part.state.teams
            state.diagnostics.merge(part.state.diagnostics)
            state.unreadableToolIDs.formUnion(part.state.unreadableToolIDs)
            if let tool = part.tool { tools.append(tool) }
        }
        var catalog = Catalog(
            categories: state.categories, roles: state.roles, relationTypes: state.relationTypes,
            tools: tools, stacks: state.stacks, teams: state.teams, fileCount: parts.count)
        catalog.unreadableToolIDs = state.unreadableToolIDs
        catalog.radar = state.radar
        return (catalog, state.diagnostics.items)
    }
}
