import Foundation
import Testing

/// `stackcat __graphviz-worker`, which `site` starts to lay out its graphs (CGraphvizWorker): frames of
/// DOT in, frames of SVG out, every graph drawn as if it were the only one.
@Suite("graphviz worker end to end")
struct GraphvizWorkerEndToEndTests {
    /// Sends the graphs to one worker and returns its answers: the SVG, or nil for "x".
    func draw(_ graphs: [String]) throws -> [String?] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-worker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var input = Data()
        for graph in graphs { input += Data("\(graph.utf8.count)\n".utf8) + Data(graph.utf8) }
        try input.write(to: directory.appendingPathComponent("frames"))
        let run = try Binary.runProgram("/bin/sh", ["-c", "exec \"$0\" __graphviz-worker < frames", Binary.url.path], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "Graphviz's own messages stay quiet: \(run.stderr)")
        var answers: [String?] = []
        var rest = Substring(run.stdout)
        while let newline = rest.firstIndex(of: "\n") {
            let header = rest[..<newline]
            rest = rest[rest.index(after: newline)...]
            if header == "x" {
                answers.append(nil)
                continue
            }
            let length = try #require(Int(header), "a frame header: \(header)")
            let bytes = Array(rest.utf8.prefix(length))
            #expect(bytes.count == length)
            answers.append(String(decoding: bytes, as: UTF8.self))
            rest = Substring(String(decoding: rest.utf8.dropFirst(length), as: UTF8.self))
        }
        #expect(rest.isEmpty)
        return answers
    }

    @Test func eachGraphIsDrawnAsIfAlone() throws {
        // Graphs with several clusters: Graphviz's own IDs order clusters by where their names sit in
        // memory, so one process drawing these one after another would lay out the later ones
        // differently; the worker numbers names in order of appearance instead.
        var graphs: [String] = []
        for root in ["kubernetes", "spinnaker", "istio"] {
            let run = try Binary.run(["graph", "--root", root])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("subgraph \"cluster_"))
            graphs.append(run.stdout)
        }
        let forward = try draw(graphs + ["digraph { a -> }"] + [graphs[0]])
        #expect(forward.count == 5)
        for svg in forward[0..<3] { #expect(svg?.contains("<svg width=") == true) }
        #expect(forward[3] == nil, "a graph Graphviz cannot read is answered with x")
        #expect(forward[4] == forward[0], "the same graph again, after others and after an error, comes out the same")
        let backward = try draw(graphs.reversed())
        #expect(backward.reversed() == Array(forward[0..<3]), "the order of the graphs changes nothing")
    }

    /// A frame is one graph: what follows it in the frame (a second graph, stray text) makes the
    /// answer "x", and nothing of it reaches the next frame's graph.
    @Test func aFrameIsOneGraph() throws {
        let good = "digraph { p -> q }"
        let answers = try draw([
            "digraph { a } digraph { zzz }", good, "digraph { a -> b }}", good, "digraph { a } garbage", good,
            "digraph { a [shape=nonesuch] }", good
        ])
        let alone = try #require(try draw([good]).first ?? nil)
        #expect(answers.count == 8)
        #expect(answers[0] == nil && answers[2] == nil && answers[4] == nil)
        #expect(answers[6]?.contains("<svg width=") == true, "a warning (an unknown shape) still draws")
        for i in [1, 3, 5, 7] { #expect(answers[i] == alone, "answer \(i) is the graph sent, as drawn alone") }
    }

    @Test func renewsItselfWithoutLosingAnAnswer() throws {
        // After 1,000 graphs the worker executes itself again on the same socket (Graphviz leaks with
        // every layout): no answer may be lost or repeated across that, and nothing may change.
        let run = try Binary.run(["graph", "--root", "spinnaker"])
        #expect(run.status == 0, "\(run.stderr)")
        let small = (0..<1_100).map { "digraph { \"n\($0)\" -> b }" }
        let answers = try draw([run.stdout] + small + [run.stdout])
        #expect(answers.count == 1_102)
        #expect(answers.allSatisfy { $0?.contains("<svg width=") == true })
        for (i, svg) in answers.dropFirst().dropLast().enumerated() where svg?.contains("<title>n\(i)</title>") != true {
            Issue.record("answer \(i + 1) is not the graph sent as \(i + 1)")
            break
        }
        #expect(answers.last == answers.first)
    }

    @Test func isNotForPeople() throws {
        let run = try Binary.run(["__graphviz-worker", "now"])
        #expect(run.status == 64)
        #expect(run.stderr == "stackcat: __graphviz-worker is internal to 'stackcat site' and takes no arguments\n")
        // A malformed frame ends the worker with an error rather than a wait.
        let bad = try Binary.runProgram("/bin/sh", ["-c", "printf 'twelve\\n' | exec \"$0\" __graphviz-worker", Binary.url.path])
        #expect(bad.status == 65)
        #expect(bad.stdout.isEmpty)
    }
}
