import StackcatCore

/// Draws DOT graphs as SVG with Graphviz's `dot`, one process per graph, on every core. (One process
/// for many graphs would start `dot` once instead of per graph, but Graphviz 2.43 then lays out and
/// orders each graph differently from run to run: the site would not be reproducible.)
struct Graphviz: Sendable {
    let executable: String

    init(_ executable: String) {
        self.executable = executable
    }

    /// The SVG of each graph, nil where there is no graph or `dot` failed (which it reports itself).
    func draw(_ graphs: [String?]) -> [String?] {
        let executable = executable
        return Parallel.fold(graphs.count, threshold: 2, initial: { [String?]() }) { out, index in
            out.append(graphs[index].flatMap { Graphviz.run(executable, $0, tag: index) })
        }.flatMap { $0 }
    }

    /// Runs `dot -Tsvg` over one graph, through files in the temporary directory (a pipe each way
    /// would need a second thread to avoid filling one while writing the other).
    static func run(_ executable: String, _ graph: String, tag: Int) -> String? {
        let base = (Terminal.variable("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
            + "/.stackcat-dot-\(SystemCalls.processID)-\(tag)"
        let input = base + ".dot", output = base + ".svg"
        _ = SystemCalls.removeFile(input)
        defer {
            _ = SystemCalls.removeFile(input)
            _ = SystemCalls.removeFile(output)
        }
        guard AtomicFile.createFile(graph, at: input) == nil,
              SystemCalls.run(executable, arguments: ["-Tsvg", input], input: "", outputFile: output) == 0,
              case .success(let bytes) = SystemCalls.readFile(output) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
