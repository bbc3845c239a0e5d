import StackcatCore

/// Where output goes and how it may look there.
enum Terminal {
    /// To standard output. A failed write (a closed pipe) is not an error of the command.
    static func write(_ text: String) {
        _ = SystemCalls.writeAll(SystemCalls.standardOutput, text)
    }

    static func writeError(_ text: String) {
        _ = SystemCalls.writeAll(SystemCalls.standardError, text)
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
