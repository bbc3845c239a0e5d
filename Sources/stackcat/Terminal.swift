import StackcatCore
import StackcatIO

/// Where output goes and how it may look there: the console (StackcatIO) behind the one
/// output-safety layer (`TerminalText`).
enum Terminal {
    /// Data to standard output, byte for byte (JSON, CSV, DOT, SARIF, images: each escapes for its
    /// own syntax). A failed write (a closed pipe) is not an error of the command.
    static func write(_ text: String) {
        Console.write(text, to: Console.output)
    }

    /// Text for people to standard output, through the one output-safety layer.
    static func writeText(_ text: String) {
        write(TerminalText.safeOutput(text, keepingStyles: colorEnabled(Console.output)))
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
        if text.hasPrefix("\r"), isTerminal(Console.error) {
            ownPrefix = "\r"
            text = text.dropFirst()
            if text.hasPrefix("\u{1B}[K") {
                ownPrefix += "\u{1B}[K"
                text = text.dropFirst(3)
            }
        }
        let safe = TerminalText.safeOutput(String(text), keepingStyles: colorEnabled(Console.error))
        Console.write(ownPrefix + safe, to: Console.error)
    }

    static var environment: [String: String] { Console.environment }

    static func variable(_ name: String) -> String? { Console.variable(name) }

    static func isTerminal(_ fd: Int32) -> Bool { Console.isTerminal(fd) }

    static func colorEnabled(_ fd: Int32) -> Bool { Console.colorEnabled(fd) }

    static var outputWidth: Int? { Console.outputWidth }

    static var outputOptions: RenderOptions {
        RenderOptions(terminalWidth: outputWidth, color: colorEnabled(Console.output))
    }
}
