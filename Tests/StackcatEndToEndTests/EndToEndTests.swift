import Foundation
import Testing

/// Runs the built `stackcat` binary and checks stdout, stderr and the exit code.
struct Run {
    var stdout: String
    var stderr: String
    var status: Int32
}

enum Binary {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// How many files the repository's catalog/ has, as `validate` counts them: the summary line's number.
    static var builtInFileCount: Int {
        let catalog = packageRoot.appendingPathComponent("catalog")
        return ["", "tools", "stacks"].reduce(0) { count, sub in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: catalog.appendingPathComponent(sub).path)) ?? []
            return count + names.count { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        }
    }

    /// The `stackcat` built beside the test bundle.
    static var url: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("stackcat")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/stackcat")
    }

    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        hangGuard: Duration? = nil
    ) throws -> Run {
        try runProgram(url.path, arguments, in: directory, environment: environment, hangGuard: hangGuard)
    }

    /// A run that `hangGuard` stopped.
    struct Hung: Error, CustomStringConvertible {
        var arguments: [String]
        var after: Duration
        var description: String { "\(arguments.joined(separator: " ")) was still running after \(after), and was stopped" }
    }

    /// Runs `program`. With `hangGuard`, a run still going after that long is killed and throws `Hung`:
    /// it stops a hang, and is no speed target (tests never assert wall-clock time).
    static func runProgram(
        _ program: String, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:], hangGuard: Duration? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        var env = ProcessInfo.processInfo.environment
        env["STACKCAT_CATALOG"] = nil
        env["NO_COLOR"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs so that a large output cannot block it.
        let outData = LockedData()
        let errData = LockedData()
        let group = DispatchGroup()
        for (pipe, sink) in [(out, outData), (err, errData)] {
            group.enter()
            DispatchQueue.global().async {
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        let stopped = LockedData()
        let pid = process.processIdentifier
        let stop = DispatchWorkItem {
            stopped.set(Data([1]))
            kill(pid, SIGKILL)
        }
        if let hangGuard {
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Int(hangGuard.components.seconds)), execute: stop)
        }
        process.waitUntilExit()
        stop.cancel()
        group.wait()
        if let hangGuard, !stopped.get().isEmpty { throw Hung(arguments: arguments, after: hangGuard) }
        return Run(
            stdout: String(decoding: outData.get(), as: UTF8.self),
            stderr: String(decoding: errData.get(), as: UTF8.self), status: process.terminationStatus)
    }
}

final class LockedData: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func set(_ d: Data) {
        lock.lock()
        data = d
        lock.unlock()
    }
    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// A scratch directory holding a catalog written from the repository's own, optionally changed.
struct ScratchCatalog {
    let root: URL
    var catalog: URL { root.appendingPathComponent("catalog") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Binary.packageRoot.appendingPathComponent("catalog"), to: catalog)
    }

    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: catalog.appendingPathComponent(relative))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("stackcat end to end", .serialized)
struct EndToEndTests {
    @Test func listByCategoryOnTheBuiltInCatalog() throws {
        let run = try Binary.run(["list", "--category", "cd", "--format", "ids"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.split(separator: "\n").contains("spinnaker"))
        #expect(run.stdout.split(separator: "\n").contains("kayenta"))
        #expect(!run.stdout.contains("terraform"))
    }

    @Test func tableOutputIsPlainWhenNotATerminal() throws {
        let run = try Binary.run(["list", "--category", "cd"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.hasPrefix("ID "))
        // Not on a terminal nothing is cut.
        #expect(run.stdout.contains("Multi-cloud continuous delivery platform with pipeline visualisation and canary analysis."))
    }

    @Test func validateTheBuiltInCatalogStrictly() throws {
        let run = try Binary.run(["validate", "--strict"], in: Binary.packageRoot)
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("validate: 0 errors, 0 warnings in "))
    }

    @Test func unknownIDIsExitOneWithASuggestion() throws {
        let run = try Binary.run(["show", "spinaker"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "stackcat: error: unknown tool or stack 'spinaker'\nstackcat: note: did you mean 'spinnaker'?\n")
    }

    @Test func badFlagValueIsExit64WithTheAcceptedValues() throws {
        let run = try Binary.run(["list", "--format", "xml"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'table', 'markdown', 'json', 'csv' or 'ids'"))
        let lifecycle = try Binary.run(["list", "--lifecycle", "dead"])
        #expect(lifecycle.status == 64)
        #expect(lifecycle.stderr.contains("'active', 'deprecated', 'archived' or 'superseded'"))
        let relation = try Binary.run(["list", "--relation", "uses"])
        #expect(relation.status == 64)
    }

    @Test func validateReportsErrorsWithSnippetAndCaret() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        var text = try String(contentsOf: scratch.catalog.appendingPathComponent("tools/istio.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "target: envoy\n", with: "target: envoyy\n")
        try scratch.write("tools/istio.yaml", text)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasSuffix("target: envoyy") }! + 1
        let run = try Binary.run(["validate"], in: scratch.root)
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                catalog/tools/istio.yaml:\(line):13: error: unknown relation target 'envoyy'
                 \(String(repeating: " ", count: max(0, 4 - String(line).count)))\(line) |     target: envoyy
                      |             ^~~~~~
                catalog/tools/istio.yaml:\(line):13: note: did you mean 'envoy'?
                validate: 1 error, 0 warnings in \(Binary.builtInFileCount) files of catalog/

                """)
        let json = try Binary.run(["validate", "--format", "json"], in: scratch.root)
        #expect(json.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let first = try #require(parsed?.first)
        #expect(first["code"] as? String == "unknown-reference")
        #expect(first["file"] as? String == "catalog/tools/istio.yaml")
        let range = first["range"] as? [String: [String: Int]]
        #expect(range?["start"]?["line"] == line)
        #expect(range?["end"]?["column"] == 19)
        // Every other command refuses a broken catalog the same way.
        let list = try Binary.run(["list"], in: scratch.root)
        #expect(list.status == 1)
        #expect(list.stdout == "")
        #expect(list.stderr.contains("unknown relation target 'envoyy'"))
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        var text = try String(contentsOf: scratch.catalog.appendingPathComponent("tools/borg.yaml"), encoding: .utf8)
        let start = try #require(text.range(of: "sources:\n"))
        text = String(text[..<start.lowerBound])
        try scratch.write("tools/borg.yaml", text)
        let lenient = try Binary.run(["validate"], in: scratch.root)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: 'borg' cites no sources"))
        #expect(lenient.stderr.hasSuffix("validate: 0 errors, 1 warning in \(Binary.builtInFileCount) files of catalog/\n"))
        let strict = try Binary.run(["validate", "--strict"], in: scratch.root)
        #expect(strict.status == 1)
    }

    @Test func catalogDiscoveryOrder() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        try FileManager.default.removeItem(at: scratch.catalog.appendingPathComponent("tools/kayenta.yaml"))
        var stack = try String(contentsOf: scratch.catalog.appendingPathComponent("stacks/mercari-2018.yaml"), encoding: .utf8)
        // Drop the component: from its "- tool: kayenta" line up to the next component.
        let lines = stack.split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(lines.firstIndex { $0 == "  - tool: kayenta" })
        let next = lines[(first + 1)...].firstIndex { $0.hasPrefix("  - ") } ?? lines.endIndex
        stack = (lines[..<first] + lines[next...]).joined(separator: "\n")
        try scratch.write("stacks/mercari-2018.yaml", stack)
        // ./catalog is used when present.
        let local = try Binary.run(["list", "--category", "cd", "--format", "ids"], in: scratch.root)
        #expect(local.status == 0, "\(local.stderr)")
        #expect(!local.stdout.contains("kayenta"))
        // The nearest ancestor's catalog/ is found from a sub-directory.
        let sub = scratch.root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let ancestor = try Binary.run(["list", "--category", "cd", "--format", "ids"], in: sub)
        #expect(ancestor.stdout == local.stdout)
        // $STACKCAT_CATALOG wins over ./catalog, and --catalog over both.
        let builtIn = try Binary.run(["list", "--category", "cd", "--format", "ids"])
        #expect(builtIn.stdout.contains("kayenta"))
        let missing = try Binary.run(["list"], in: scratch.root, environment: ["STACKCAT_CATALOG": "/nonexistent/catalog"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("catalog directory '/nonexistent/catalog' does not exist"))
        let explicit = try Binary.run(
            ["list", "--catalog", scratch.catalog.path, "--category", "cd", "--format", "ids"],
            environment: ["STACKCAT_CATALOG": "/nonexistent/catalog"])
        #expect(explicit.stdout == local.stdout)
    }

    @Test func theBinaryAloneKnowsTheBuiltInCatalog() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let copy = empty.appendingPathComponent("stackcat")
        try FileManager.default.copyItem(at: Binary.url, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["list", "--category", "cd", "--format", "ids"]
        process.currentDirectoryURL = empty
        var env = ProcessInfo.processInfo.environment
        env["STACKCAT_CATALOG"] = nil
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).contains("spinnaker\n"))
    }

    @Test func showReadsBothDirections() throws {
        let run = try Binary.run(["show", "kubernetes"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("deployed by spinnaker Spinnaker The Kubernetes provider V2 applies manifests."))
        #expect(lines.contains("has a managed offering gke Google Kubernetes Engine"))
        #expect(lines.contains("was inspired by borg Borg Kubernetes grew out of Google's experience running Borg."))
        let json = try Binary.run(["show", "heptio-ark", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["lifecycle"] as? String == "superseded")
        let edges = object?["edges"] as? [[String: Any]]
        #expect(edges?.contains { $0["type"] as? String == "superseded-by" && $0["tool"] as? String == "velero" } == true)
        let alias = try Binary.run(["show", "ark"])
        #expect(alias.stdout.hasPrefix("Heptio Ark  (heptio-ark)\n"))
        let stack = try Binary.run(["show", "mercari-2018"])
        #expect(stack.stdout.contains("Ring: hold"))
        #expect(stack.stdout.contains("circleci → spinnaker"))
    }

    @Test func searchRanksIDsFirstAndIgnoresAccents() throws {
        let run = try Binary.run(["search", "ARK", "--format", "ids"])
        #expect(run.stdout.split(separator: "\n").first == "heptio-ark")
        #expect(run.stdout.contains("velero"))
        let accents = try Binary.run(["search", "vélero", "--format", "ids"])
        #expect(accents.stdout.split(separator: "\n").first == "velero")
    }

    @Test func searchWithoutMatchSaysSoOnStandardError() throws {
        let table = try Binary.run(["search", "no-such-thing-\u{1B}[31m"])
        #expect(table.status == 0)
        #expect(table.stdout == "")
        #expect(table.stderr == "search: nothing matches \"no-such-thing-\u{FFFD}[31m\"; stackcat list shows every tool\n")
        let json = try Binary.run(["search", "no-such-thing", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout == "[]\n")
        #expect(json.stderr.contains("nothing matches"))
        let csv = try Binary.run(["search", "no-such-thing", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,"), "an empty CSV keeps its header row")
    }

    @Test func csvMarkdownAndJSONFormats() throws {
        let csv = try Binary.run(["list", "--category", "cd", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,name,category,lifecycle,summary\r\n"))
        #expect(
            csv.stdout.contains("spinnaker,Spinnaker,cd,active,Multi-cloud continuous delivery platform with pipeline visualisation and canary analysis.\r\n"))
        let md = try Binary.run(["list", "--category", "cd", "--format", "markdown"])
        #expect(md.stdout.hasPrefix("| id | name | category | lifecycle | summary |\n| --- | --- | --- | --- | --- |\n"))
        let json = try Binary.run(["list", "--role", "volume-backup", "--format", "json"])
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.compactMap { $0["id"] as? String } == ["heptio-ark", "velero"])
    }

    @Test func versionHelpAndCompletions() throws {
        #expect(try Binary.run(["--version"]).stdout == "0.1.0\n")
        for command in ["list", "show", "search", "categories", "roles", "relations", "validate"] {
            let help = try Binary.run([command, "--help"])
            #expect(help.status == 0, "\(command) --help")
            #expect(help.stdout.contains("USAGE: stackcat \(command)"))
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try Binary.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("validate"))
        }
    }
}
