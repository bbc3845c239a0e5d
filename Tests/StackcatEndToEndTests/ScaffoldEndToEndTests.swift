import Foundation
import Testing

/// `init`, `new` and `schema` as a user runs them: in an empty directory, with the built binary.
@Suite("init, new and schema end to end")
struct ScaffoldEndToEndTests {
    /// 2026-01-01, so that the example stack's as_of is fixed.
    static let epoch = ["SOURCE_DATE_EPOCH": "1767225600"]

    static func emptyDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under a directory, relative to it, sorted.
    static func files(under root: URL) -> [String] {
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let url = walker?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                found.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
            }
        }
        return found.sorted()
    }

    /// Runs Tests/schema_check.py on files; returns the ones that fail, with their errors.
    static func schemaFailures(_ paths: [String], native: Bool = false) throws -> [String] {
        let script = Binary.packageRoot.appendingPathComponent("Tests/schema_check.py").path
        let schemas = Binary.packageRoot.appendingPathComponent("schema").path
        let run = try Binary.runProgram("/usr/bin/env", ["python3", script] + (native ? ["--native"] : []) + [schemas] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == paths.count)
        return run.stdout.split(separator: "\n").filter { !$0.contains("\"valid\": true") }.map(String.init)
    }

    @Test func initWritesACatalogThatValidatesStrictlyAndPassesTheSchemas() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Binary.run(["init"], in: root, environment: Self.epoch)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Next steps:\n  stackcat validate --strict "))
        #expect(run.stderr == "init: wrote 12 files to catalog\n")
        #expect(
            Self.files(under: root) == [
                "catalog/.schema/catalog.schema.json", "catalog/.schema/categories.schema.json", "catalog/.schema/relations.schema.json",
                "catalog/.schema/roles.schema.json",
                "catalog/.schema/stack.schema.json", "catalog/.schema/teams.schema.json", "catalog/.schema/tool.schema.json",
                "catalog/categories.yaml", "catalog/relations.yaml", "catalog/roles.yaml",
                "catalog/stacks/guestbook.yaml", "catalog/tools/kubernetes.yaml"
            ])
        // No staging directory left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["catalog"])
        for name in ["categories", "relations", "roles", "stack", "teams", "tool"] {
            let written = try Data(contentsOf: root.appendingPathComponent("catalog/.schema/\(name).schema.json"))
            #expect(written == (try Data(contentsOf: Binary.packageRoot.appendingPathComponent("schema/\(name).schema.json"))), "\(name)")
        }
        let stack = try String(contentsOf: root.appendingPathComponent("catalog/stacks/guestbook.yaml"), encoding: .utf8)
        #expect(stack.contains("\nas_of: 2026-01-01 "))

        let validate = try Binary.run(["validate", "--strict"], in: root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("0 errors, 0 warnings in 5 files"))
        let show = try Binary.run(["show", "guestbook"], in: root)
        #expect(show.status == 0 && show.stdout.contains("Kubernetes"), "\(show.stderr)")

        let yaml = Self.files(under: root).filter { $0.hasSuffix(".yaml") }.map { root.appendingPathComponent($0).path }
        #expect(yaml.count == 5)
        #expect(try Self.schemaFailures(yaml) == [])
        #expect(try Self.schemaFailures(yaml, native: true) == [])
    }

    @Test func initRefusesACatalogOrAFileAndAcceptsAnEmptyDirectory() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["init", "one"], in: root).status == 0)
        let again = try Binary.run(["init", "one"], in: root)
        #expect(again.status == 1)
        #expect(
            again.stderr.hasPrefix(
                "stackcat: error: one holds a catalog already (categories.yaml, relations.yaml, roles.yaml, stacks/guestbook.yaml, tools/kubernetes.yaml)"))

        // A .yml vocabulary, or YAML in stacks/, is a catalog too.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("two/stacks"), withIntermediateDirectories: true)
        try Data("name: x\n".utf8).write(to: root.appendingPathComponent("two/stacks/x.yml"))
        let yml = try Binary.run(["init", "two"], in: root)
        #expect(yml.status == 1)
        #expect(yml.stderr.contains("two holds a catalog already (stacks/x.yml)"))

        try Data("x".utf8).write(to: root.appendingPathComponent("file"))
        let file = try Binary.run(["init", "file"], in: root)
        #expect(file.status == 1)
        #expect(file.stderr == "stackcat: error: file exists and is not a directory\n")

        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(try Binary.run(["init", "empty/"], in: root).status == 0)
        #expect(Self.files(under: root.appendingPathComponent("empty")).count == 12)

        // A directory with other things in it gets the catalog beside them.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        try Data("hello\n".utf8).write(to: root.appendingPathComponent("repo/README.md"))
        #expect(try Binary.run(["init", "repo"], in: root).status == 0)
        #expect(Self.files(under: root.appendingPathComponent("repo")).count == 13)
    }

    /// A failure part-way leaves what was there before, and nothing of the new catalog.
    @Test func initLeavesNothingBehindWhenItFails() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: target.appendingPathComponent("README.md"))
        // A file where the schema directory goes: the vocabularies are written, then .schema/ fails.
        try Data("in the way\n".utf8).write(to: target.appendingPathComponent(".schema"))
        let run = try Binary.run(["init", "--ci", "github"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr == "stackcat: error: catalog/.schema is in the way: it is not a directory\n")
        #expect(Self.files(under: root) == ["catalog/.schema", "catalog/README.md"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".github").path))
    }

    /// init writes under the same lock as docs, site, import and export: while another process holds
    /// it, init is refused at once and writes nothing.
    @Test func initTakesTheDirectorysLock() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let lock = root.appendingPathComponent(".stackcat-catalog.lock")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [lock.path, "sleep", "8"]
        try holder.run()
        defer { holder.terminate() }
        while !FileManager.default.fileExists(atPath: lock.path) { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        let refused = try Binary.run(["init"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("stackcat: error: another stackcat run is writing into catalog (it holds "), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("catalog").path))
        holder.terminate()
        holder.waitUntilExit()
        let written = try Binary.run(["init"], in: root)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(Self.files(under: root).filter { $0.hasPrefix(".stackcat") }.isEmpty)
    }

    @Test func initWritesAGitHubWorkflowThatUsesTheAction() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Binary.run(["init", "platform/catalog", "--ci", "github", "--action-repo", "acme/stackcat-mirror"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "init: wrote 12 files to platform/catalog and .github/workflows/stackcat.yml\n")
        #expect(run.stdout.contains("  stackcat validate --strict --catalog platform/catalog "))
        let workflow = root.appendingPathComponent(".github/workflows/stackcat.yml").path
        let script = """
            import json, sys, yaml
            doc = yaml.safe_load(open(sys.argv[1]))
            steps = doc["jobs"]["catalog"]["steps"]
            print(json.dumps([doc["name"], sorted(str(k) for k in doc), [s.get("uses") for s in steps], steps[-1].get("with")]))
            """
        let parsed = try Binary.runProgram("/usr/bin/env", ["python3", "-c", script, workflow])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        // PyYAML reads the key 'on' as the boolean true (YAML 1.1); GitHub reads it as "on".
        #expect(
            parsed.stdout == """
                ["stackcat", ["True", "jobs", "name", "permissions"], ["actions/checkout@v4", "acme/stackcat-mirror@v0.1.0"], {"catalog": "platform/catalog", "strict": "true"}]

                """)
        // The action's version is this binary's.
        let version = try Binary.run(["--version"])
        #expect(
            try String(contentsOfFile: workflow, encoding: .utf8).contains(
                "@v" + version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + "  # zizmor: ignore[unpinned-uses]\n"))

        let defaultRepository = try Binary.run(["init", "other", "--ci", "github"], in: root)
        #expect(defaultRepository.status == 1)
        #expect(defaultRepository.stderr == "stackcat: error: .github/workflows/stackcat.yml exists already; move it away or leave out --ci\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("other").path))

        for (arguments, message) in [
            (["init", "x", "--ci", "github", "--action-repo", "acme"], "--action-repo must be OWNER/NAME"),
            (["init", "../outside", "--ci", "github"], "run init from the repository root"),
            (["init", "x", "--ci", "gitlab"], "gitlab")
        ] {
            let bad = try Binary.run(arguments, in: root)
            #expect(bad.status == 64, "\(arguments)")
            #expect(bad.stderr.contains(message), "\(bad.stderr)")
        }
    }

    @Test func newWritesEntriesThatValidate() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["init", "cat"], in: root).status == 0)
        let tool = try Binary.run(
            [
                "new", "tool", "argo-cd", "--category", "cd", "--catalog", "cat", "--name", "Argo CD",
                "--summary", "Declarative GitOps continuous delivery for Kubernetes.",
                "--homepage", "https://argo-cd.readthedocs.io/", "--license", "apache-2.0", "--hosting", "self-hosted",
                "--source", "https://argo-cd.readthedocs.io/en/stable/"
            ], in: root)
        #expect(tool.status == 0, "\(tool.stderr)")
        #expect(tool.stdout == "cat/tools/argo-cd.yaml\n")
        #expect(tool.stderr == "")
        // The licence is written in the SPDX License List's case.
        #expect(try String(contentsOf: root.appendingPathComponent("cat/tools/argo-cd.yaml"), encoding: .utf8).contains("\nlicense: Apache-2.0 "))
        let stack = try Binary.run(
            [
                "new", "stack", "platform", "--catalog", "cat", "--tool", "argo-cd", "--tool", "kubernetes",
                "--summary", "Our delivery platform.", "--source", "https://wiki.example.org/platform"
            ],
            in: root, environment: Self.epoch)
        #expect(stack.status == 0, "\(stack.stderr)")
        #expect(stack.stdout == "cat/stacks/platform.yaml\n")
        let validate = try Binary.run(["validate", "--strict", "--catalog", "cat"], in: root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("0 errors, 0 warnings in 7 files"))
        let written = ["cat/tools/argo-cd.yaml", "cat/stacks/platform.yaml"].map { root.appendingPathComponent($0).path }
        #expect(try Self.schemaFailures(written) == [])
        #expect(try Self.schemaFailures(written, native: true) == [])
        let text = try String(contentsOfFile: written[1], encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../.schema/stack.schema.json\n"))
        #expect(text.contains("\nas_of: 2026-01-01 "))

        // With only the required options: stand-ins that validate with a warning each; --strict fails on them.
        let bare = try Binary.run(
            ["new", "tool", "flux", "--category", "cd"], in: root.appendingPathComponent("cat"),
            environment: ["STACKCAT_CATALOG": "."])
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout == "./tools/flux.yaml\n")
        #expect(bare.stderr == "new: wrote ./tools/flux.yaml; fill in homepage, hosting, license, summary (marked '# replace:')\n")
        #expect(try Binary.run(["validate", "--catalog", "cat"], in: root).status == 0)
        let strict = try Binary.run(["validate", "--strict", "--catalog", "cat"], in: root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("cat/tools/flux.yaml:1:1: warning: 'flux' cites no sources"))
        #expect(
            strict.stderr.contains(
                "cat/tools/flux.yaml:6:1: warning: 'summary' is a stand-in that 'stackcat new' wrote; replace it: one line on what it is and does"))
        #expect(strict.stderr.contains("0 errors, 5 warnings in 8 files"))
        #expect(try Self.schemaFailures([root.appendingPathComponent("cat/tools/flux.yaml").path]) == [])
    }

    @Test func newStackResolvesToolAliasesAndSuggestsAsOtherCommandsDo() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["init"], in: root).status == 0)
        // An alias is written as the tool's id, so the stack references the tool and validates.
        let alias = try Binary.run(
            [
                "new", "stack", "s1", "--tool", "k8s", "--summary", "One cluster.",
                "--source", "https://wiki.example.org/s1"
            ], in: root, environment: Self.epoch)
        #expect(alias.status == 0, "\(alias.stderr)")
        #expect(alias.stdout == "catalog/stacks/s1.yaml\n")
        let text = try String(contentsOf: root.appendingPathComponent("catalog/stacks/s1.yaml"), encoding: .utf8)
        #expect(text.contains("- tool: kubernetes ") && !text.contains("k8s"), "\(text)")
        #expect(try Binary.run(["validate", "--strict"], in: root).status == 0)

        // An unknown id: the error and "did you mean" that graph --root gives for the same id.
        for unknown in ["k8z", "kubernets"] {
            let new = try Binary.run(["new", "stack", "s2", "--tool", unknown], in: root)
            let graph = try Binary.run(["graph", "--root", unknown], in: root)
            #expect(new.status == 1)
            #expect(new.stdout == "")
            #expect(new.stderr == "stackcat: error: unknown tool '\(unknown)'\nstackcat: note: did you mean 'kubernetes'?\n")
            #expect(new.stderr == graph.stderr)
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("catalog/stacks/s2.yaml").path))
    }

    @Test func newRefusesWhatItCannotAdd() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        // Nothing found: the built-in catalog is in use, and it cannot be added to.
        let builtIn = try Binary.run(["new", "tool", "x", "--category", "cd"], in: root)
        #expect(builtIn.status == 1)
        #expect(builtIn.stderr.contains("the built-in catalog cannot be changed; start one with 'stackcat init'"))
        let missing = try Binary.run(["new", "stack", "x", "--catalog", "nowhere"], in: root)
        #expect(missing.status == 1)
        #expect(missing.stderr == "stackcat: error: no catalog at nowhere; start one with 'stackcat init nowhere'\n")

        #expect(try Binary.run(["init"], in: root).status == 0)
        try Data("name: Flux\n".utf8).write(to: root.appendingPathComponent("catalog/tools/flux.yml"))
        let cases: [([String], String)] = [
            (
                ["new", "tool", "kubernetes", "--category", "cd"],
                "stackcat: error: 'kubernetes' exists already: tools/kubernetes.yaml\nstackcat: note: pick another id, or edit that file\n"
            ),
            (
                ["new", "tool", "flux", "--category", "cd"],
                "stackcat: error: 'flux' exists already: tools/flux.yml\nstackcat: note: pick another id, or edit that file\n"
            ),
            (
                ["new", "stack", "kubernetes"],
                "stackcat: error: 'kubernetes' exists already: tools/kubernetes.yaml\nstackcat: note: pick another id, or edit that file\n"
            ),
            (
                ["new", "tool", "guestbook", "--category", "cd"],
                "stackcat: error: 'guestbook' exists already: stacks/guestbook.yaml\nstackcat: note: pick another id, or edit that file\n"
            ),
            (
                ["new", "tool", "Argo CD", "--category", "cd"],
                "stackcat: error: 'Argo CD' is not a valid tool id: ids are lower-case kebab-case ([a-z0-9]+(-[a-z0-9]+)*), at most 64 characters\nstackcat: note: try 'argo-cd'\n"
            ),
            (
                ["new", "tool", "argo-cd", "--category", "orchestraton"],
                "stackcat: error: unknown category 'orchestraton'\nstackcat: note: did you mean 'orchestration'?\n"
            ),
            (
                ["new", "tool", "argo-cd", "--category", "cd", "--homepage", "argo-cd.io"],
                "stackcat: error: the options make an entry that does not validate: 'argo-cd.io' is not an http(s) URL\nstackcat: note: 'homepage' takes an absolute URL starting with https:// or http://\n"
            ),
            (
                ["new", "stack", "mine", "--summary", "two\nlines"],
                "stackcat: error: the options make an entry that does not validate: 'summary' must be a single line\nstackcat: note: put longer text under 'description'\n"
            ),
            (["new", "stack", "mine", "--tool", "kubernets"], "stackcat: error: unknown tool 'kubernets'\nstackcat: note: did you mean 'kubernetes'?\n")
        ]
        for (arguments, stderr) in cases {
            let run = try Binary.run(arguments, in: root)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == stderr, "\(arguments)")
            #expect(run.stdout == "")
        }
        #expect(Self.files(under: root.appendingPathComponent("catalog")).count == 13)
        let usage = try Binary.run(["new", "tool", "argo-cd"], in: root)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--category"))
    }

    @Test func schemaPrintsAndWritesTheEmbeddedSchemas() throws {
        let root = try Self.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        // The binary alone, away from the repository: the schemas are inside it.
        let alone = root.appendingPathComponent("bin/stackcat")
        try FileManager.default.createDirectory(at: alone.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Binary.url, to: alone)
        let names = ["catalog", "categories", "relations", "roles", "stack", "teams", "tool"]
        let out = try Binary.runProgram(alone.path, ["schema", "--out", "written/schemas"], in: root)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "")
        #expect(out.stderr == "schema: wrote 7 files to written/schemas\n")
        #expect(Self.files(under: root.appendingPathComponent("written")) == names.map { "schemas/\($0).schema.json" })
        for name in names {
            let repository = try Data(contentsOf: Binary.packageRoot.appendingPathComponent("schema/\(name).schema.json"))
            #expect(try Data(contentsOf: root.appendingPathComponent("written/schemas/\(name).schema.json")) == repository, "\(name)")
            let one = try Binary.runProgram(alone.path, ["schema", name], in: root)
            #expect(one.status == 0)
            #expect(Data(one.stdout.utf8) == repository, "\(name)")
        }
        // Again: the files are replaced in place.
        #expect(try Binary.runProgram(alone.path, ["schema", "--out", "written/schemas"], in: root).status == 0)

        let all = try Binary.runProgram(alone.path, ["schema"], in: root)
        #expect(all.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == names.map { "\($0).schema.json" })
        let tool = try JSONSerialization.jsonObject(with: Data(contentsOf: Binary.packageRoot.appendingPathComponent("schema/tool.schema.json")))
        #expect((object["tool.schema.json"] as? NSDictionary) == (tool as? NSDictionary))

        let unknown = try Binary.runProgram(alone.path, ["schema", "tol"], in: root)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown schema 'tol'; did you mean 'tool'?"))

        // And init works from the lone binary too.
        let initRun = try Binary.runProgram(alone.path, ["init"], in: root)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(try Binary.runProgram(alone.path, ["validate", "--strict"], in: root).status == 0)
    }
}
