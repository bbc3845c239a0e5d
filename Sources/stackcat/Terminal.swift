#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StackcatCore

/// Where output goes and how it may look there.
enum Terminal {
    static func write(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    static func writeError(_ text: String) {
        writeAll(text, to: STDERR_FILENO)
    }

    private static func writeAll(_ text: String, to fd: Int32) {
        // Straight from the string's own storage: no copy of a many-megabyte output.
        var text = text
        var offset = 0
        text.withUTF8 { buffer in
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }

    static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                result[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }

    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Colour only on a terminal, never with NO_COLOR set, never on a dumb terminal.
    static func colorEnabled(_ fd: Int32) -> Bool {
        guard isTerminal(fd) else { return false }
        if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return false }
        return variable("TERM") != "dumb"
    }

    /// The width of the terminal on standard output, or nil when standard output is not one.
    static var outputWidth: Int? {
        guard isTerminal(STDOUT_FILENO) else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = variable("COLUMNS").flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// Ends the process now. Output is written with write(2), so nothing is buffered; skipping the
    /// release of a catalog of 100,000 tools saves a noticeable share of the run (as compilers do).
    static func exitNow(_ status: Int32 = 0) -> Never {
        exit(status)
    }

    /// Keeps a large value (the files read, a graph) alive until `exitNow`, so that it is not released
    /// piece by piece just before the process ends. Called from the main thread only.
    static func keepUntilExit(_ value: Any) {
        keptUntilExit.append(value)
    }

    nonisolated(unsafe) private static var keptUntilExit: [Any] = []

    static var outputOptions: RenderOptions {
        RenderOptions(terminalWidth: outputWidth, color: colorEnabled(STDOUT_FILENO))
    }
}
