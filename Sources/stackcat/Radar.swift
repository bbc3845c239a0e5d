import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Radar: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "radar",
            abstract: "Draw a stack's tech radar as SVG, or write it for Build Your Own Radar (CSV) or Zalando's tech-radar (JSON).",
            discussion: """
            One numbered blip per component (in-house ones included) in its ring (adopt, trial, assess, \
            hold) and in the quadrant of its top-level category. Quadrants come from the 'radar:' section of \
            categories.yaml; without one, the three top-level categories with the most tools get a quadrant \
            each and the fourth holds the rest. --baseline marks blips new or moved since another stack, --since since the same stack at a git \
            revision (in the SVG's markers, Build Your Own Radar's isNew and status columns, Zalando's moved). \
            Example: stackcat radar --stack mercari-2018 > radar.svg
            """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("The stack to draw.", valueName: "id"))
        var stack: String

        @Option(name: .long, help: ArgumentHelp("Mark blips new or moved since this stack.", valueName: "id"))
        var baseline: String?

        @Option(name: .long, help: ArgumentHelp("Mark blips new or moved since the stack at this git revision.", valueName: "rev"))
        var since: String?

        @Option(name: .long, help: "Output format.")
        var format: RadarFormat = .svg

        @Option(name: .long, help: ArgumentHelp("The title (svg, json); default: the stack's name and date.", valueName: "text"))
        var title: String?

        var embedding: MarkdownEmbedding { format.embedding }

        func validate() throws {
            if since != nil && baseline != nil { throw ValidationError("give --since or --baseline, not both") }
        }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            let stack = try catalog.requireStack(stack)
            let baseline = try baseline.map { id throws(UnknownIDError) in try catalog.requireStack(id) }
            let history = since.map { CatalogHistory.radarHistory(since: $0, options: catalogOptions) }
            let radar = StackcatCore.Radar(stack: stack, in: catalog, baseline: history?.baseline(for: stack) ?? baseline,
                                           baselineLabel: history?.label)
            return format.render(radar, title: title)
        }
    }
}
