/// How a command ends: at once, without tearing down what it built. Output is written with write(2),
/// so nothing is buffered; releasing a catalog of many thousand tools value by value just before the
/// process ends costs more than writing the output (Benchmarks/optimisations.md has the numbers),
/// so the large values a command holds are kept until this exit, as compilers do.
public enum FastExit {
    /// Keeps a large value (the files read, the catalog, a graph) alive until `now`. Main thread only.
    public static func keep(_ value: Any) {
        kept.append(value)
    }

    /// Ends the process with `status`, releasing nothing.
    public static func now(_ status: Int32 = 0) -> Never {
        SystemCalls.exit(status)
    }

    nonisolated(unsafe) private static var kept: [Any] = []

    /// Ends the process as a write to a closed pipe ends it (status 141), as `list | head` ends.
    public static func brokenPipe() -> Never {
        SystemCalls.endByBrokenPipe()
    }
}
