import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Categories: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "categories", abstract: "The category tree, with the number of tools in each.",
            discussion: "Categories with no tool, in them or below them, are left out unless --show-empty is given.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Flag(name: .long, help: "List categories with no tool too.")
        var showEmpty = false

        @Option(name: .long, help: "Output format.")
        var format: ListFormat = .table

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            format.render(
                table: Listings.categories(catalog, indent: format == .table, showsEmpty: showEmpty),
                json: Listings.categoriesJSON(catalog, showsEmpty: showEmpty),
                ids: Listings.shownCategories(catalog, showsEmpty: showEmpty).map(\.category.id.value), options: options)
        }
    }

    struct Roles: CatalogOutput {
        static let configuration = CommandConfiguration(commandName: "roles", abstract: "The roles tools play, with the number of tools in each.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: "Output format.")
        var format: ListFormat = .table

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            format.render(
                table: Listings.roles(catalog), json: Listings.rolesJSON(catalog),
                ids: catalog.roles.map(\.id.value), options: options)
        }
    }

    struct Relations: CatalogOutput {
        static let configuration = CommandConfiguration(commandName: "relations", abstract: "The relation types, with their inverse labels and edge counts.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: "Output format.")
        var format: ListFormat = .table

        var embedding: MarkdownEmbedding { format.embedding }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            format.render(
                table: Listings.relations(catalog), json: Listings.relationsJSON(catalog),
                ids: catalog.relationTypes.map(\.id.value), options: options)
        }
    }
}
