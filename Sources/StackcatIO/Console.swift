/// The process's standard output and error, and what its surroundings say about them: whether each
/// is a terminal, whether colour is wanted, how wide the terminal is. Text goes out exactly as given;
/// making catalog text safe to show is the caller's business.
public enum Console {
    public static let output = SystemCalls.standardOutput
    public static let error = SystemCalls.standardError

    /// Writes every byte; a failed write (a closed pipe) is not an error of the command.
    public static func write(_ text: String, to fd: Int32) {
        _ = SystemCalls.writeAll(fd, text)
    }

    public static var environment: [String: String] { SystemCalls.environment }

    public static func variable(_ name: String) -> String? {
        SystemCalls.environmentVariable(name)
    }

    public static func isTerminal(_ fd: Int32) -> Bool { SystemCalls.isTerminal(fd) }

    /// Colour only on a terminal, never with NO_COLOR set, never on a dumb terminal.
    public static func colorEnabled(_ fd: Int32) -> Bool {
        guard isTerminal(fd) else { return false }
        if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return false }
        return variable("TERM") != "dumb"
    }

    /// The width of the terminal on standard output, or nil when standard output is not one.
    public static var outputWidth: Int? {
        guard isTerminal(output) else { return nil }
        if let columns = SystemCalls.terminalColumns(output) { return columns }
        if let columns = variable("COLUMNS").flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
