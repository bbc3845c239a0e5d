import ArgumentParser
import StackcatCore

// The `--format` values of each command are core types (`OutputFormat`); here they become arguments.
extension ListFormat: ExpressibleByArgument {}
extension ShowFormat: ExpressibleByArgument {}
extension CompareFormat: ExpressibleByArgument {}
extension GraphFormat: ExpressibleByArgument {}
extension RadarFormat: ExpressibleByArgument {}
extension GraphCollapse: ExpressibleByArgument {}
extension DiagnosticFormat: ExpressibleByArgument {}
extension Lifecycle: ExpressibleByArgument {}
extension DOTFormat.Direction: ExpressibleByArgument {}

/// Renders a table-shaped result in the chosen format.
func renderListing(_ format: ListFormat, table: @autoclosure () -> Table, json: @autoclosure () -> JSONValue, ids: @autoclosure () -> [String],
                   options: RenderOptions) -> String {
    switch format {
    case .json: return json().rendered()
    case .ids: return ids().map { $0 + "\n" }.joined()
    case .table: return TextTableFormat().render(table(), options: options)
    case .markdown: return MarkdownTableFormat().render(table(), options: .plain)
    case .csv: return CSVTableFormat().render(table(), options: .plain)
    }
}
