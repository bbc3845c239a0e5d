import ArgumentParser
import StackcatCore

/// The `--format` values each command accepts.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv, ids
}

enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

enum ValidateFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github
}

extension Lifecycle: ExpressibleByArgument {}

/// Renders a table-shaped result in the chosen format.
func renderListing(_ format: ListFormat, table: @autoclosure () -> Table, json: @autoclosure () -> JSONValue, ids: @autoclosure () -> [String],
                   options: RenderOptions) -> String {
    switch format {
    case .json: return json().rendered()
    case .ids: return ids().map { $0 + "\n" }.joined()
    case .table, .markdown, .csv:
        let renderer = TableFormats.named(format.rawValue)!
        return renderer.render(table(), options: format == .table ? options : .plain)
    }
}

enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, csv, json
}

enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, mermaid, json, svg, png
}

extension DOTFormat.Direction: ExpressibleByArgument {}
