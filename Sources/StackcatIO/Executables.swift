/// Programs stackcat runs: found on $PATH, run with their output shared.
public enum Executables {
    /// The first executable of that name on $PATH.
    public static func find(_ name: String) -> String? {
        let path = SystemCalls.environmentVariable("PATH") ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if SystemCalls.isExecutable(candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program with `input` on its standard input, sharing this process's standard output and
    /// error, and returns its exit status.
    public static func run(_ path: String, arguments: [String], input: String) -> Int32 {
        SystemCalls.run(path, arguments: arguments, input: input)
    }

    /// `run`, killing the program once it has run for `budget` (nil: no limit); nil if it was killed.
    public static func run(_ path: String, arguments: [String], input: String, within budget: Duration?) -> Int32? {
        SystemCalls.run(path, arguments: arguments, input: input, within: budget)
    }

    /// How a program run for its output ended: its status and output, or killed past its budget.
    public typealias Captured = SystemCalls.CapturedRun

    /// Runs a program with `input` on its standard input and returns what it wrote to its standard
    /// output (its standard error is this process's), killing it once it has run for `budget`; nil if
    /// it could not be started.
    public static func runCapturing(_ path: String, arguments: [String], input: String, within budget: Duration?) -> Captured? {
        SystemCalls.runCapturing(path, arguments: arguments, input: input, within: budget)
    }

    /// Whether a program's exit status says it died writing to a closed pipe (SIGPIPE).
    public static func diedOfBrokenPipe(_ status: Int32) -> Bool {
        status == SystemCalls.brokenPipeStatus
    }
}
