import StackcatModel
import StackcatQuery

// Each `--format` renders its own value, so that a command reads parse -> query -> render and never
// switches over formats itself.

extension ListFormat {
    /// A table-shaped result: `table` for people, `json` and `ids` for programs. Only the one the
    /// format needs is made.
    public func render(
        table: @autoclosure () -> Table, json: @autoclosure () -> JSONValue, ids: @autoclosure () -> [String],
        options: RenderOptions
    ) -> String {
        switch self {
        case .json: return json().rendered()
        case .ids: return ids().map { $0 + "\n" }.joined()
        case .table: return TextTableFormat().render(table(), options: options)
        case .markdown: return MarkdownTableFormat().render(table(), options: .plain)
        case .csv: return CSVTableFormat().render(table(), options: .plain)
        }
    }
}

extension RulesFormat {
    /// The rules: a table as `list` shows one, or the reference page.
    public func render(_ rules: [Rule] = Rule.all, options: RenderOptions) -> String {
        guard let listFormat else { return RulesReference.markdown(rules) }
        return listFormat.render(table: Listings.rules(rules), json: Listings.rulesJSON(rules), ids: rules.map(\.id), options: options)
    }
}

extension CompareFormat {
    /// A comparison: on a terminal its long cells wrap within the width (`wrap`), else they keep one line.
    public func render(_ table: Table, json: JSONValue, options: RenderOptions, wrap: Bool) -> String {
        switch self {
        case .json: return json.rendered()
        case .markdown: return MarkdownTableFormat().render(table, options: .plain)
        case .csv: return CSVTableFormat().render(table, options: .plain)
        case .table: return wrap ? WrappedTableFormat().render(table, options: options) : TextTableFormat().render(table, options: options)
        }
    }
}

extension ShowFormat {
    /// A tool's or a stack's page.
    public func render(_ entry: Catalog.Entry, in catalog: Catalog, options: RenderOptions) -> String {
        let renderer = ShowRenderer(catalog: catalog, options: self == .text ? options : .plain)
        switch (entry, self) {
        case (.stack(let stack), .text): return renderer.text(stack)
        case (.stack(let stack), .markdown): return renderer.markdown(stack)
        case (.stack(let stack), .json): return CatalogJSON.stack(stack).rendered()
        case (.tool(let tool), .text): return renderer.text(tool)
        case (.tool(let tool), .markdown): return renderer.markdown(tool)
        case (.tool(let tool), .json): return CatalogJSON.toolDetail(tool, in: catalog).rendered()
        }
    }
}

extension RadarFormat {
    public func render(_ radar: Radar, title: String?) -> String {
        switch self {
        case .svg: return RadarSVGFormat.render(radar, title: title)
        case .csv: return RadarCSVFormat.render(radar)
        case .json: return RadarJSONFormat.render(radar, title: title)
        case .backstage: return RadarBackstageFormat.render(radar)
        }
    }
}

extension GraphFormat {
    /// The graph as text: DOT for `dot`, and for `svg` and `png`, which Graphviz draws from it.
    public func render(_ graph: Graph, direction: DOTFormat.Direction) -> String {
        switch self {
        case .mermaid: return MermaidFormat(direction: direction).render(graph)
        case .json: return GraphJSONFormat.render(graph)
        case .dot, .svg, .png: return DOTFormat(direction: direction).render(graph)
        }
    }

    /// Whether Graphviz turns the DOT text into the output.
    public var isDrawnByGraphviz: Bool { self == .svg || self == .png }
}

/// What `validate` prints: the report on one stream and the closing summary on standard error.
public struct DiagnosticReport: Sendable {
    /// For standard output (JSON, SARIF, GitHub annotations); empty for `text`.
    public var output: String
    /// For standard error: the diagnostics as text (for `text`), what was left out, and the summary.
    public var errorOutput: String
}

extension DiagnosticFormat {
    /// The report of a check. `summary` and `omitted` are the closing lines; `color` colours text on a terminal.
    public func render(
        _ diagnostics: [Diagnostic], sources: [String: SourceText], summary: String, omitted: String,
        color: Bool, toolVersion: String
    ) -> DiagnosticReport {
        switch self {
        case .text:
            DiagnosticReport(output: "", errorOutput: DiagnosticTextFormat(color: color).render(diagnostics, sources: sources) + omitted + summary)
        case .json: DiagnosticReport(output: DiagnosticJSONFormat.render(diagnostics), errorOutput: omitted + summary)
        case .sarif: DiagnosticReport(output: SARIFFormat.render(diagnostics, toolVersion: toolVersion), errorOutput: omitted + summary)
        case .github: DiagnosticReport(output: GitHubFormat.render(diagnostics), errorOutput: omitted + summary)
        }
    }
}
