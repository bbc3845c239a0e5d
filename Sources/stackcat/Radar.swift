import ArgumentParser
import StackcatCore

extension Stackcat {
    struct Radar: CatalogOutput {
        static let configuration = CommandConfiguration(
            commandName: "radar",
            abstract:
                "Draw a stack's tech radar as SVG, or write it for Build Your Own Radar (CSV), Zalando's tech-radar (JSON) or Backstage's tech-radar plugin.",
            discussion: """
                One numbered blip per component (in-house ones included) in its ring (adopt, trial, assess, \
                hold) and in the quadrant of its top-level category. Quadrants come from the 'radar:' section of \
                categories.yaml; without one, the three top-level categories with the most tools get a quadrant \
                each and the fourth holds the rest. --baseline marks blips new or moved since another stack, --since since the same stack at a git \
                revision (in the SVG's markers, Build Your Own Radar's isNew and status columns, Zalando's moved, \
                Backstage's timeline). --format backstage writes the TechRadarLoaderResponse JSON that \
                @backstage-community/plugin-tech-radar loads, each entry dated by its component's reviewed date \
                or the stack's as_of. \
                Example: stackcat radar --stack mercari-2018 > radar.svg
                """
        )

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .long, help: ArgumentHelp("The stack to draw; without it, radar lists the stacks.", valueName: "id"))
        var stack: String?

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

        func run() throws {
            if let stack, format == .backstage { try checkDates(stack) }
            guard stack == nil else { return try printOutput() }
            // Which stacks there are, with their dates, so that the next command names one.
            let catalog = try catalogOptions.load()
            Terminal.writeError("stackcat: error: radar draws one stack: give --stack ID\n")
            Terminal.writeError(Self.stackList(catalog))
            throw ExitCode(64)
        }

        /// Backstage's tech radar dates every entry: refuses a stack without `as_of` whose components
        /// are not all `reviewed`, naming the file and what to add.
        func checkDates(_ id: String) throws {
            let catalog = try catalogOptions.load()
            guard let stack = catalog.stack(id) else { return }
            let undated = RadarBackstageFormat.undated(StackcatCore.Radar(stack: stack, in: catalog))
            guard !undated.isEmpty else { return }
            var named = undated.prefix(5).joined(separator: ", ")
            if undated.count > 5 { named += ", ..." }
            Terminal.writeError(
                "stackcat: error: Backstage's tech radar dates every entry, and stack '\(TerminalText.sanitize(id))' has no as_of "
                    + "and no reviewed date on \(TerminalText.sanitize(named))\n")
            Terminal.writeError("stackcat: note: add 'as_of: YYYY-MM-DD' to \(TerminalText.sanitize(stack.path))\n")
            throw ExitCode(1)
        }

        /// The stacks as a note: id, date (`as_of`) and name, by id.
        static func stackList(_ catalog: Catalog) -> String {
            guard !catalog.stacks.isEmpty else {
                return "stackcat: note: the catalog has no stacks; add one with 'stackcat new stack ID --component TOOL=RING'\n"
            }
            let stacks = catalog.stacks.sorted { $0.id.utf8Precedes($1.id) }
            let width = stacks.map(\.id.count).max() ?? 0
            var text = "stackcat: note: the stacks, with the date each describes:\n"
            for stack in stacks {
                let id = TerminalText.sanitize(stack.id)
                let date = stack.asOf ?? "(no date)"
                text +=
                    "  " + id + String(repeating: " ", count: width - stack.id.count + 2) + date
                    + String(repeating: " ", count: max(1, 12 - date.count)) + TerminalText.sanitize(stack.name) + "\n"
            }
            text += "stackcat: note: for example: stackcat radar --stack \(TerminalText.sanitize(stacks[0].id))\n"
            return text
        }

        func output(for catalog: Catalog, options: RenderOptions) throws(UnknownIDError) -> String {
            // Without --stack (in a docs --inject block), the unknown-id error lists the stacks.
            let stack = try catalog.requireStack(stack ?? "")
            let baseline = try baseline.map { id throws(UnknownIDError) in try catalog.requireStack(id) }
            let history = since.map { CatalogHistory.radarHistory(since: $0, options: catalogOptions) }
            let radar = StackcatCore.Radar(
                stack: stack, in: catalog, baseline: history?.baseline(for: stack) ?? baseline,
                baselineLabel: history?.label)
            return format.render(radar, title: title)
        }
    }
}
