import ArgumentParser
import StackcatCore

// The `--format` values of each command are core types (`OutputFormat`); here they become arguments.
extension ListFormat: ExpressibleByArgument {}
extension ShowFormat: ExpressibleByArgument {}
extension CompareFormat: ExpressibleByArgument {}
extension RulesFormat: ExpressibleByArgument {}
extension SchemaFormat: ExpressibleByArgument {}
extension GraphFormat: ExpressibleByArgument {}
extension RadarFormat: ExpressibleByArgument {}
extension GraphCollapse: ExpressibleByArgument {}
extension DiagnosticFormat: ExpressibleByArgument {}
extension Lifecycle: ExpressibleByArgument {}
extension DOTFormat.Direction: ExpressibleByArgument {}
