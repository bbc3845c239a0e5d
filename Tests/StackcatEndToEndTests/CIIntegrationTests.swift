import Foundation
import Testing

/// The GitHub Action (action.yml, scripts/action.sh) and the pre-commit hooks (.pre-commit-hooks.yaml):
/// their declarations are read as YAML, and the commands they run are run against the fixture catalog.
@Suite("CI integrations", .serialized)
struct CIIntegrationTests {
    static let root = Binary.packageRoot
    static let fixtureCatalog = root.appendingPathComponent("Tests/Fixtures/catalog")
    static let actionScript = root.appendingPathComponent("scripts/action.sh").path

    /// A YAML file as JSON values, read by PyYAML's SafeLoader as GitHub's and pre-commit's loaders would.
    static func yaml(_ relative: String) throws -> Any {
        let script = "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))"
        let run = try Binary.runProgram("/usr/bin/env", ["python3", "-c", script, root.appendingPathComponent(relative).path])
        try #require(run.status == 0, "python3 could not read \(relative): \(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// A scratch directory with a copy of the fixture catalog in `catalog/`.
    struct Workspace {
        let root: URL
        var catalog: URL { root.appendingPathComponent("catalog") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-ci-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CIIntegrationTests.fixtureCatalog, to: catalog)
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(relative)
            let old = try String(contentsOf: url, encoding: .utf8)
            let new = change(old)
            try #require(new != old, "the edit of \(relative) changed nothing")
            try Data(new.utf8).write(to: url)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Runs scripts/action.sh as the Action's step does, with INPUT_* variables and GitHub's files.
    static func action(
        _ inputs: [String: String], in workspace: Workspace, binary: String? = Binary.url.path,
        environment extra: [String: String] = [:]
    ) throws -> (run: Run, githubPath: String, githubOutput: String) {
        // Not used from a tag unless a test says so (a CI job may set GITHUB_ACTION_REF).
        var environment = [
            "GITHUB_PATH": workspace.path("github-path"), "GITHUB_OUTPUT": workspace.path("github-output"),
            "RUNNER_TEMP": workspace.root.path, "GITHUB_ACTION_PATH": root.path,
            "STACKCAT_ACTION_REF": "", "GITHUB_ACTION_REF": "", "GITHUB_EVENT_NAME": "", "GITHUB_BASE_REF": "",
            "GITHUB_STEP_SUMMARY": ""
        ]
        for (key, value) in inputs { environment[inputVariable(key)] = value }
        if let binary { environment["STACKCAT_BIN"] = binary }
        environment.merge(extra) { $1 }
        for file in ["github-path", "github-output"] { _ = FileManager.default.createFile(atPath: workspace.path(file), contents: nil) }
        let run = try Binary.runProgram("/bin/bash", [actionScript], in: workspace.root, environment: environment)
        return (
            run, try String(contentsOfFile: workspace.path("github-path"), encoding: .utf8),
            try String(contentsOfFile: workspace.path("github-output"), encoding: .utf8)
        )
    }

    /// The variable action.yml passes an input in: INPUT_ and its name in capitals, '-' as '_'.
    static func inputVariable(_ name: String) -> String {
        "INPUT_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    // MARK: action.yml

    @Test func actionDeclaresItsInputsAndPassesEachToTheScript() throws {
        let action = try #require(try Self.yaml("action.yml") as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        #expect(Set(inputs.keys) == ["catalog", "strict", "max-age", "docs", "inject", "sarif", "version", "repository", "diff"])
        #expect(inputs["catalog"]?["default"] as? String == "catalog")
        #expect(inputs["strict"]?["default"] as? String == "false")
        for name in ["max-age", "docs", "inject", "sarif", "version", "repository", "diff"] {
            #expect(inputs[name]?["default"] as? String == "", "\(name) defaults to empty")
        }
        for (name, input) in inputs {
            #expect((input["description"] as? String)?.isEmpty == false, "\(name) is described")
        }
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        #expect(steps.count == 1)
        let step = try #require(steps.first)
        #expect(step["shell"] as? String == "bash")
        #expect(step["run"] as? String == "\"$GITHUB_ACTION_PATH/scripts/action.sh\"")
        let env = try #require(step["env"] as? [String: String])
        for name in inputs.keys {
            #expect(env[Self.inputVariable(name)] == "${{ inputs.\(name) }}", "input \(name) reaches the script")
        }
        #expect(env["STACKCAT_ACTION_REPOSITORY"] == "${{ github.action_repository }}")
        #expect(env["STACKCAT_ACTION_REF"] == "${{ github.action_ref }}")
        #expect(FileManager.default.isExecutableFile(atPath: Self.actionScript))
    }

    @Test func actionPassesOnTheFixtureCatalogAndWritesSARIF() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Docs and an injected block, generated first so that their checks have something fresh to check.
        #expect(try Binary.run(["docs", "--catalog", "catalog", "--out", "generated"], in: workspace.root).status == 0)
        try Data("# Tools\n\n<!-- stackcat:begin list --category cd --format ids -->\n<!-- stackcat:end -->\n".utf8)
            .write(to: workspace.root.appendingPathComponent("guide.md"))
        #expect(try Binary.run(["docs", "--catalog", "catalog", "--inject", "guide.md"], in: workspace.root).status == 0)
        try Data("plain\n".utf8).write(to: workspace.root.appendingPathComponent("other.md"))

        let (run, githubPath, githubOutput) = try Self.action(
            ["catalog": "catalog", "strict": "true", "docs": "generated", "inject": "guide.md other.md", "sarif": "reports/stackcat.sarif"],
            in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("::error"))
        #expect(run.stderr.contains("stackcat validate --catalog catalog --format github --strict"))
        #expect(run.stderr.contains("stackcat docs --catalog catalog --out generated --check"))
        #expect(run.stderr.contains("stackcat docs --catalog catalog --inject guide.md other.md --check"))
        #expect(run.stderr.hasSuffix("stackcat-action: all checks passed\n"))
        #expect(githubPath == Binary.url.deletingLastPathComponent().path + "\n")
        #expect(githubOutput == "path=\(Binary.url.path)\n")
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: workspace.path("reports/stackcat.sarif")))) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let results = (sarif["runs"] as? [[String: Any]])?.first?["results"] as? [Any]
        #expect(results?.isEmpty == true)
    }

    @Test func actionFailsWithAnnotationsAndStillWritesSARIF() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.edit("catalog/tools/spinnaker.yaml") { $0.replacingOccurrences(of: "target: kubernetes", with: "target: kubernets") }
        let (run, _, _) = try Self.action(["catalog": "catalog", "sarif": "stackcat.sarif"], in: workspace)
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=catalog/tools/spinnaker.yaml,line=17,"), "\(run.stdout)")
        #expect(run.stdout.contains("kubernets"))
        #expect(run.stderr.contains("stackcat-action: failed: validate\n"))
        let sarif = try String(contentsOfFile: workspace.path("stackcat.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"ruleId\": \"unknown-reference\"") || sarif.contains("\"ruleId\":\"unknown-reference\""), "\(sarif)")
    }

    @Test func strictDecidesWhetherWarningsFail() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.edit("catalog/tools/kubernetes.yaml") { $0.replacingOccurrences(of: "sources: [https://kubernetes.io/docs/]\n", with: "") }
        let lenient = try Self.action(["catalog": "catalog"], in: workspace).run
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stdout.contains("::warning file=catalog/tools/kubernetes.yaml"), "\(lenient.stdout)")
        let strict = try Self.action(["catalog": "catalog", "strict": "true"], in: workspace).run
        #expect(strict.status == 1)
        let wrong = try Self.action(["catalog": "catalog", "strict": "yes"], in: workspace).run
        #expect(wrong.status == 1)
        #expect(wrong.stdout.contains("::error title=stackcat action::strict must be true or false, not 'yes'"))
    }

    @Test func actionFailsOnStaleDocsAndAMissingCatalog() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try Binary.run(["docs", "--catalog", "catalog", "--out", "generated"], in: workspace.root).status == 0)
        try workspace.edit("catalog/tools/kubernetes.yaml") {
            $0.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: Runs containers.")
        }
        let stale = try Self.action(["catalog": "catalog", "docs": "generated"], in: workspace).run
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("stackcat-action: failed: docs\n"), "\(stale.stderr)")
        // The default catalog input names a directory that is not there: an error, not the built-in catalog.
        let missing = try Self.action([:], in: Workspace.init(root: workspace.root.appendingPathComponent("generated"))).run
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("stackcat-action: failed: validate"))
    }

    /// The release path: archives and their .sha256 as scripts/release.sh lays them out, served from a
    /// local directory in place of GitHub's release downloads.
    @Test func actionDownloadsAndVerifiesTheReleaseArchive() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let arch = try #require(try Binary.runProgram("/usr/bin/env", ["uname", "-m"]).stdout.split(separator: "\n").first)
        let releases = workspace.root.appendingPathComponent("releases")
        /// Publishes the built binary as release `version`; returns the archive's name.
        func publish(_ version: String) throws -> String {
            let name = "stackcat-\(version)-linux-\(arch)"
            let release = releases.appendingPathComponent("v\(version)")
            try FileManager.default.createDirectory(at: release.appendingPathComponent(name), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Binary.url, to: release.appendingPathComponent("\(name)/stackcat"))
            #expect(try Binary.runProgram("/usr/bin/env", ["tar", "-czf", "\(name).tar.gz", name], in: release).status == 0)
            let hash = "import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest() + '  ' + sys.argv[1])"
            let sum = try Binary.runProgram("/usr/bin/env", ["python3", "-c", hash, "\(name).tar.gz"], in: release)
            try Data(sum.stdout.utf8).write(to: release.appendingPathComponent("\(name).tar.gz.sha256"))
            return name
        }
        let base = "file://" + releases.path
        // Swift is not on this PATH, so a wrong turn into building from source fails at once.
        let download = ["STACKCAT_DOWNLOAD_BASE": base, "PATH": "/usr/bin:/bin"]

        let name = try publish("9.9.9")
        let (run, githubPath, _) = try Self.action(["catalog": "catalog", "version": "v9.9.9"], in: workspace, binary: nil, environment: download)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("downloading \(base)/v9.9.9/\(name).tar.gz"))
        #expect(githubPath.hasSuffix("/\(name)\n"), "\(githubPath)")

        // Without a version input: the version the action's own source declares, as `--version` prints it.
        let declared = try Binary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let current = try publish(declared)
        let byDefault = try Self.action(["catalog": "catalog"], in: workspace, binary: nil, environment: download).run
        #expect(byDefault.status == 0, "\(byDefault.stderr)")
        #expect(byDefault.stderr.contains("downloading \(base)/v\(declared)/\(current).tar.gz"), "\(byDefault.stderr)")

        // Used from a fork's tag (its-org/stackcat@v9.9.9) with no version input: that tag's release, whatever
        // the source declares; the log says where the binary came from.
        let fromTag = try Self.action(
            ["catalog": "catalog"], in: workspace, binary: nil,
            environment: download.merging(["STACKCAT_ACTION_REF": "v9.9.9", "STACKCAT_ACTION_REPOSITORY": "its-org/stackcat"]) { $1 }
        ).run
        #expect(fromTag.status == 0, "\(fromTag.stderr)")
        #expect(fromTag.stderr.contains("downloading \(base)/v9.9.9/\(name).tar.gz"), "\(fromTag.stderr)")
        #expect(fromTag.stderr.contains("downloaded release v9.9.9 of its-org/stackcat (\(name).tar.gz, sha256 checked)"), "\(fromTag.stderr)")
        // A branch or a major tag names no release: the declared version's.
        for ref in ["main", "v1", "0123456789abcdef0123456789abcdef01234567"] {
            let other = try Self.action(
                ["catalog": "catalog"], in: workspace, binary: nil,
                environment: download.merging(["STACKCAT_ACTION_REF": ref]) { $1 }
            ).run
            #expect(other.stderr.contains("downloading \(base)/v\(declared)/\(current).tar.gz"), "\(ref): \(other.stderr)")
        }

        // A checksum that does not match is an error, not a reason to build from source.
        try Data("\(String(repeating: "0", count: 64))  \(name).tar.gz\n".utf8)
            .write(to: releases.appendingPathComponent("v9.9.9/\(name).tar.gz.sha256"))
        let tampered = try Self.action(["catalog": "catalog", "version": "9.9.9"], in: workspace, binary: nil, environment: download).run
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("::error title=stackcat action::\(name).tar.gz does not match its published sha256"))
        #expect(!tampered.stderr.contains("building"))

        // No such release and no Swift on PATH: the fallback says what the runner lacks.
        let absent = try Self.action(["catalog": "catalog", "version": "1.2.3"], in: workspace, binary: nil, environment: download).run
        #expect(absent.status == 1)
        #expect(absent.stderr.contains("no release archive stackcat-1.2.3-linux-\(arch)"), "\(absent.stderr)")
        #expect(absent.stdout.contains("needs Swift 6 and libyaml-dev on the runner"))
    }

    /// max-age passes --max-age to validate: a component never reviewed is a stale-review warning, which
    /// fails the step with strict.
    @Test func maxAgeChecksReviewDates() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let without = try Self.action(["catalog": "catalog", "strict": "true"], in: workspace).run
        #expect(without.status == 0, "\(without.stderr)")
        let aged = try Self.action(["catalog": "catalog", "strict": "true", "max-age": "30", "sarif": "out.sarif"], in: workspace).run
        #expect(aged.status == 1, "\(aged.stderr)")
        #expect(aged.stderr.contains("stackcat validate --catalog catalog --format github --strict --max-age 30"), "\(aged.stderr)")
        #expect(aged.stdout.contains("stale-review") || aged.stdout.contains("reviewed"), "\(aged.stdout)")
        #expect(try String(contentsOfFile: workspace.path("out.sarif"), encoding: .utf8).contains("stale-review"))
        let wrong = try Self.action(["catalog": "catalog", "max-age": "a year"], in: workspace).run
        #expect(wrong.status == 1)
        #expect(wrong.stdout.contains("::error title=stackcat action::max-age must be a number of days, not 'a year'"))
    }

    @Test func diffWritesTheCatalogChangesToTheJobSummaryOnPullRequests() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let identity = [
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "Test",
            "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1", "HOME": workspace.root.path
        ]
        func git(_ arguments: String...) throws {
            let run = try Binary.runProgram("/usr/bin/env", ["git"] + arguments, in: workspace.root, environment: identity)
            try #require(run.status == 0, "git \(arguments): \(run.stderr)")
        }
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-q", "-m", "catalog")
        // As actions/checkout with fetch-depth: 0 leaves a pull request: the base branch as origin's.
        try git("update-ref", "refs/remotes/origin/main", "HEAD")
        try git("checkout", "-q", "-b", "change")
        try workspace.edit("catalog/stacks/demo.yaml") {
            $0.replacingOccurrences(of: "  - tool: hostile\n    ring: assess\n", with: "  - tool: hostile\n    ring: trial\n")
        }
        try git("commit", "-q", "-am", "hostile to trial")
        let summary = workspace.path("summary.md")
        _ = FileManager.default.createFile(atPath: summary, contents: nil)
        let pullRequest = ["GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main", "GITHUB_STEP_SUMMARY": summary]
        let (run, _, output) = try Self.action(["catalog": "catalog"], in: workspace, environment: pullRequest)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("stackcat diff --catalog catalog --format markdown "), "\(run.stderr)")
        let written = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(written.hasPrefix("## Catalog changes\n"), "\(written)")
        #expect(written.contains("| hostile moved in | assess | trial"), "\(written)")
        let file = try #require(output.split(separator: "\n").first { $0.hasPrefix("diff=") }.map { String($0.dropFirst(5)) })
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written)

        // Off outside pull requests unless asked, and off when asked to be.
        let push = try Self.action(["catalog": "catalog"], in: workspace, environment: ["GITHUB_STEP_SUMMARY": summary, "GITHUB_EVENT_NAME": "push"])
        #expect(push.run.status == 0 && !push.run.stderr.contains("stackcat diff"))
        let off = try Self.action(["catalog": "catalog", "diff": "false"], in: workspace, environment: pullRequest)
        #expect(off.run.status == 0 && !off.run.stderr.contains("stackcat diff"))
        let wrong = try Self.action(["catalog": "catalog", "diff": "maybe"], in: workspace)
        #expect(wrong.run.status == 1 && wrong.run.stdout.contains("diff must be true or false, not 'maybe'"))
    }

    @Test func diffWithoutHistoryIsANoticeByDefaultAndAFailureWhenAsked() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // Not a repository at all, as a checkout without history cannot give a base either.
        let ceiling = ["GIT_CEILING_DIRECTORIES": workspace.root.deletingLastPathComponent().path]
        let byDefault = try Self.action(["catalog": "catalog"], in: workspace, environment: ceiling.merging(["GITHUB_EVENT_NAME": "pull_request"]) { $1 })
        #expect(byDefault.run.status == 0, "\(byDefault.run.stderr)")
        #expect(byDefault.run.stdout.contains("::notice title=stackcat diff::"))
        let asked = try Self.action(["catalog": "catalog", "diff": "true"], in: workspace, environment: ceiling)
        #expect(asked.run.status == 1)
        #expect(asked.run.stderr.contains("is not in a git repository"))
        #expect(asked.run.stderr.contains("failed: diff"))
    }

    // MARK: .pre-commit-hooks.yaml

    @Test func preCommitHooksRunAgainstTheFixtureCatalog() throws {
        let hooks = try #require(try Self.yaml(".pre-commit-hooks.yaml") as? [[String: Any]])
        #expect(hooks.map { $0["id"] as? String } == ["stackcat-validate", "stackcat-docs"])
        #expect(hooks.first?["entry"] as? String == "stackcat validate --strict")
        let workspace = try Workspace()
        defer { workspace.remove() }
        // The hooks' default arguments name catalog/ and docs/catalog/, as in this repository.
        #expect(try Binary.run(["docs", "--catalog", "catalog", "--out", "docs/catalog"], in: workspace.root).status == 0)

        func runHook(_ hook: [String: Any]) throws -> Run {
            let entry = try #require(hook["entry"] as? String).split(separator: " ").map(String.init)
            try #require(entry.first == "stackcat")
            let args = hook["args"] as? [String] ?? []
            return try Binary.run(Array(entry.dropFirst()) + args, in: workspace.root)
        }
        for hook in hooks {
            let id = hook["id"] as? String ?? "?"
            #expect(hook["language"] as? String == "system", "\(id)")
            #expect(hook["pass_filenames"] as? Bool == false, "\(id)")
            let files = try #require(hook["files"] as? String, "\(id)")
            let pattern = try NSRegularExpression(pattern: files)
            let matches = { (path: String) in pattern.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil }
            #expect(matches("catalog/tools/spinnaker.yaml"), "\(id) runs when a tool changes")
            #expect(!matches("Sources/stackcat/Stackcat.swift"), "\(id) ignores other files")
            let run = try runHook(hook)
            #expect(run.status == 0, "\(id): \(run.stderr)")
        }
        // Each hook fails on what it checks: a warning (no sources) for the first, a stale page for the second.
        try workspace.edit("catalog/tools/kubernetes.yaml") { $0.replacingOccurrences(of: "sources: [https://kubernetes.io/docs/]\n", with: "") }
        let validate = try runHook(hooks[0])
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("catalog/tools/kubernetes.yaml"))
        try workspace.edit("catalog/tools/kubernetes.yaml") {
            $0.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: Runs containers.")
        }
        let docs = try runHook(hooks[1])
        #expect(docs.status == 1)
        #expect(docs.stderr.contains("docs/catalog/tools/kubernetes.md"), "\(docs.stderr)")
    }
}

extension CIIntegrationTests.Workspace {
    fileprivate init(root: URL) { self.root = root }
}
