import StackcatCore

/// Draws DOT graphs as SVG with Graphviz's `dot`: many graphs per run (one process per core, each
/// given its share of the graphs in one file), since starting `dot` costs more than laying out a
/// small graph.
struct Graphviz: Sendable {
    let executable: String

    init(_ executable: String) {
        self.executable = executable
    }

    /// The SVG of each graph, nil where there is no graph or `dot` failed (which it reports itself).
    func draw(_ graphs: [String?]) -> [String?] {
        let wanted = graphs.indices.filter { graphs[$0] != nil }
        guard !wanted.isEmpty else { return graphs.map { _ in nil } }
        let runs = min(wanted.count, SystemCalls.processorCount)
        let executable = executable
        let drawn = Parallel.fold(runs, threshold: 1, initial: { [(Int, String)]() }) { out, run in
            let share = Array(wanted[wanted.count * run / runs ..< wanted.count * (run + 1) / runs])
            let svgs = Graphviz.run(executable, share.map { graphs[$0]! }, tag: run)
            if svgs.count == share.count { out += zip(share, svgs).map { ($0, $1) } }
        }.flatMap { $0 }
        var result = graphs.map { _ -> String? in nil }
        for (index, svg) in drawn { result[index] = svg }
        return result
    }

    /// Runs `dot -Tsvg` once over the graphs, through files in the temporary directory (a pipe each
    /// way would need a second thread to avoid filling one while writing the other; and `-o` takes
    /// only the first graph's SVG, so standard output goes to the file).
    static func run(_ executable: String, _ graphs: [String], tag: Int) -> [String] {
        let base = (Terminal.variable("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
            + "/.stackcat-dot-\(SystemCalls.processID)-\(tag)"
        let input = base + ".dot", output = base + ".svg"
        _ = SystemCalls.removeFile(input)
        _ = SystemCalls.removeFile(output)
        defer {
            _ = SystemCalls.removeFile(input)
            _ = SystemCalls.removeFile(output)
        }
        guard AtomicFile.createFile(graphs.joined(), at: input) == nil,
              SystemCalls.run(executable, arguments: ["-Tsvg", input], input: "", outputFile: output) == 0,
              case .success(let bytes) = SystemCalls.readFile(output) else { return [] }
        // One SVG document per graph, each starting with its XML declaration.
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "<?xml", omittingEmptySubsequences: true).map { "<?xml" + $0 }
    }
}
