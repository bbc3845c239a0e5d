import StackcatModel
import StackcatQuery

/// A parsed command whose whole job is to print text made from a catalog (`list`, `show`, `graph`,
/// ...). The executable runs one and prints its output; `docs --inject` runs the one a block names
/// and puts its output into the document through `embedded(in:command:)`.
public protocol CatalogCommand {
    /// How the output goes into Markdown, from the command's `--format`.
    var embedding: MarkdownEmbedding { get }
    func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String
}

extension CatalogCommand {
    /// The output as it goes into a Markdown document: plain (no terminal width, no colour) and
    /// fenced as `embedding` says. `command` is how the block wrote it, for messages.
    public func embedded(in catalog: Catalog, command: String) throws(InjectionError) -> String {
        if case .impossible(let hint) = embedding {
            throw InjectionError("'stackcat \(command)' prints what cannot go into Markdown", notes: [hint])
        }
        let text: String
        do {
            text = try output(for: catalog, options: .plain)
        } catch {
            throw InjectionError(error.message, notes: error.note.map { [$0] } ?? [])
        }
        return embedding.embed(text) ?? ""
    }
}
