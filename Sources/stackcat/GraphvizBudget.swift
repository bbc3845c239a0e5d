import ArgumentParser
import StackcatCore
import StackcatIO

/// How long Graphviz may take over one graph (`site`, `graph --format svg|png`):
/// `$STACKCAT_GRAPHVIZ_TIMEOUT` seconds, 10 by default, 0 for no limit.
enum GraphvizBudget {
    static let variable = "STACKCAT_GRAPHVIZ_TIMEOUT"

    static func fromEnvironment() throws -> Duration? {
        guard let text = Terminal.variable(variable), !text.isEmpty else { return Graphviz.defaultBudget }
        guard let seconds = Double(text), seconds.isFinite, seconds >= 0, seconds <= 86_400 else {
            throw ValidationError("\(variable) is a number of seconds from 0 (no limit) to 86400, not '\(TerminalText.sanitize(text))'")
        }
        return seconds == 0 ? nil : .milliseconds(Int64((seconds * 1000).rounded(.up)))
    }

    /// "10 s", "0.5 s".
    static func describe(_ budget: Duration?) -> String {
        guard let budget else { return "no limit" }
        let ms = budget.components.seconds * 1000 + budget.components.attoseconds / 1_000_000_000_000_000
        return ms % 1000 == 0 ? "\(ms / 1000) s" : "\(Double(ms) / 1000) s"
    }
}
