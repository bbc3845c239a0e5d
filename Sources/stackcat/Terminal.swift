import StackcatIO
import StackcatCore

/// Where output goes and how it may look there.
enum Terminal {
    /// Data to standard output, byte for byte (JSON, CSV, DOT, SARIF, images: each escapes for its
    /// own syntax). A failed write (a closed pipe) is not an error of the command.
    static func write(_ text: String) {
        _ = SystemCalls.writeAll(SystemCalls.standardOutput, text)
    }

    /// Text for people to standard output, through the one output-safety layer.
    static func writeText(_ text: String) {
        write(TerminalText.safeOutput(text, keepingStyles: colorEnabled(SystemCalls.standardOutput)))
    }

    /// Standard output as the format asks: text through the safety layer, data exact.
    static func write(_ text: String, format: some OutputFormat) {
        format.isText ? writeText(text) : write(text)
    }

    /// Diagnostics, progress and messages: always text for people, always through the safety layer.
    static func writeError(_ text: String) {
        var text = Substring(text)
        var ownPrefix = ""
        // A progress counter rewrites its line on a terminal: its leading CR, and the ESC [K that
        // clears the line, are stackcat's own, never catalog text.
        if text.hasPrefix("\r"), isTerminal(SystemCalls.standardError) {
            ownPrefix = "\r"
            text = text.dropFirst()
            if text.hasPrefix("\u{1B}[K") {
                ownPrefix += "\u{1B}[K"
                text = text.dropFirst(3)
            }
        }
        let safe = TerminalText.safeOutput(String(text), keepingStyles: colorEnabled(SystemCalls.standardError))
        _ = SystemCalls.writeAll(SystemCalls.standardError, ownPrefix + safe)
    }

    static var environment: [String: String] { SystemCalls.environment }

    static func variable(_ name: String) -> String? {
        SystemCalls.environmentVariable(name)
    }

    static func isTerminal(_ fd: Int32) -> Bool { SystemCalls.isTerminal(fd) }

    /// Colour only on a terminal, never with NO_COLOR set, never on a dumb terminal.
    static func colorEnabled(_ fd: Int32) -> Bool {
        guard isTerminal(fd) else { return false }
        if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return false }
        return variable("TERM") != "dumb"
    }

    /// The width of the terminal on standard output, or nil when standard output is not one.
    static var outputWidth: Int? {
        guard isTerminal(SystemCalls.standardOutput) else { return nil }
        if let columns = SystemCalls.terminalColumns(SystemCalls.standardOutput) { return columns }
        if let columns = variable("COLUMNS").flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    static var outputOptions: RenderOptions {
        RenderOptions(terminalWidth: outputWidth, color: colorEnabled(SystemCalls.standardOutput))
    }
}
