import Foundation
import Testing

/// Issue 23: from an empty directory to a catalog of an organisation (teams, in-house services,
/// open-source tools, a stack with rings and owners) with `init` and `new` alone, and stand-ins that
/// never pass `--strict`.
@Suite("new for an organisation, end to end")
struct OrganisationScaffoldEndToEndTests {
    /// 2026-01-01: today for `new`'s default review dates, and for `validate --max-age`.
    static let epoch = ScaffoldEndToEndTests.epoch

    static func stackcat(_ arguments: [String], in root: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let run = try Binary.run(arguments, in: root, environment: epoch)
        return (run.status, run.stdout, run.stderr)
    }

    @Test func initAndNewAloneMakeAStrictlyValidCatalogOfAnOrganisation() throws {
        let root = try ScaffoldEndToEndTests.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let commands: [[String]] = [
            ["init"],
            [
                "new", "team", "platform", "--name", "Platform engineering", "--contact", "platform@example.com",
                "--description", "Runs the clusters and the delivery pipeline."
            ],
            ["new", "team", "payments", "--name", "Payments", "--contact", "https://chat.example.com/payments", "--parent", "platform"],
            [
                "new", "tool", "payments-api", "--category", "api-gateway", "--hosting", "in-house", "--owner", "payments",
                "--name", "Payments API", "--summary", "Takes card payments for the shop and settles them nightly."
            ],
            [
                "new", "tool", "checkout-web", "--category", "architecture-patterns", "--hosting", "in-house", "--owner", "platform",
                "--name", "Checkout web", "--summary", "The shop's checkout pages, served from the cluster."
            ],
            [
                "new", "tool", "argo-cd", "--category", "cd", "--hosting", "self-hosted", "--license", "apache-2.0", "--name", "Argo CD",
                "--summary", "Declarative GitOps continuous delivery for Kubernetes.", "--homepage", "https://argo-cd.readthedocs.io/",
                "--source", "https://argo-cd.readthedocs.io/en/stable/"
            ],
            [
                "new", "tool", "prometheus", "--category", "monitoring", "--hosting", "self-hosted", "--license", "APACHE-2.0",
                "--name", "Prometheus", "--summary", "Metrics collection and alerting with a time-series database.",
                "--homepage", "https://prometheus.io/", "--source", "https://prometheus.io/docs/introduction/overview/"
            ],
            [
                "new", "stack", "shop", "--name", "Shop platform", "--summary", "The shop's services on Kubernetes, delivered by Argo CD.",
                "--component", "kubernetes", "--component", "argo-cd=trial", "--component", "prometheus=assess",
                "--component", "payments-api=adopt", "--component", "checkout-web=hold", "--owner", "platform",
                "--source", "https://wiki.example.com/shop"
            ]
        ]
        for command in commands {
            let run = try Self.stackcat(command, in: root)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            // Nothing left to fill in: every value came from the command line.
            #expect(!run.stderr.contains("fill in"), "\(command): \(run.stderr)")
        }
        let validate = try Self.stackcat(["validate", "--strict", "--max-age", "30"], in: root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.hasSuffix("validate: 0 errors, 0 warnings in 11 files of catalog/\n"), "\(validate.stderr)")

        let teams = try String(contentsOf: root.appendingPathComponent("catalog/teams.yaml"), encoding: .utf8)
        #expect(teams.hasPrefix("# yaml-language-server: $schema=.schema/teams.schema.json\n"))
        #expect(teams.contains("- id: payments\n  name: Payments\n"))
        #expect(teams.contains("  parent: platform "))
        let argo = try String(contentsOf: root.appendingPathComponent("catalog/tools/argo-cd.yaml"), encoding: .utf8)
        #expect(argo.contains("\nlicense: Apache-2.0 ") && argo.contains("\nreviewed: 2026-01-01 "))
        let prometheus = try String(contentsOf: root.appendingPathComponent("catalog/tools/prometheus.yaml"), encoding: .utf8)
        #expect(prometheus.contains("\nlicense: Apache-2.0 "))
        let service = try String(contentsOf: root.appendingPathComponent("catalog/tools/payments-api.yaml"), encoding: .utf8)
        #expect(service.contains("\nhosting: in-house ") && service.contains("\nowner: payments "))
        #expect(service.contains("\n# homepage: ") && service.contains("\n# license: "))
        let stack = try String(contentsOf: root.appendingPathComponent("catalog/stacks/shop.yaml"), encoding: .utf8)
        #expect(stack.contains("  - tool: argo-cd                   # a tool id from tools/\n    ring: trial "))
        #expect(stack.contains("  - tool: checkout-web              # a tool id from tools/\n    ring: hold "))
        #expect(stack.components(separatedBy: "\n    owner: platform ").count == 6)
        #expect(stack.contains("\nreviewed: 2026-01-01 ") && stack.contains("\n    # reviewed: "))

        // The radar and the team pages see what was written.
        let radar = try Self.stackcat(["radar", "--stack", "shop", "--format", "csv"], in: root)
        #expect(radar.status == 0 && radar.stdout.contains("Argo CD,trial,"), "\(radar.stdout)")
        let yaml = ScaffoldEndToEndTests.files(under: root).filter { $0.hasSuffix(".yaml") }.map { root.appendingPathComponent($0).path }
        #expect(yaml.count == 11)
        #expect(try ScaffoldEndToEndTests.schemaFailures(yaml) == [])
        #expect(try ScaffoldEndToEndTests.schemaFailures(yaml, native: true) == [])
    }

    @Test func standInsThatNewWritesFailStrictAndArePublishedOnlyWithAWarning() throws {
        let root = try ScaffoldEndToEndTests.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.stackcat(["init"], in: root).status == 0)
        #expect(try Self.stackcat(["new", "tool", "flux", "--category", "cd", "--source", "https://fluxcd.io/"], in: root).status == 0)
        #expect(try Self.stackcat(["new", "stack", "mine", "--source", "https://wiki.example.com/mine"], in: root).status == 0)
        let plain = try Self.stackcat(["validate"], in: root)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.hasSuffix("0 errors, 6 warnings in 7 files of catalog/\n"), "\(plain.stderr)")
        let strict = try Self.stackcat(["validate", "--strict", "--format", "json"], in: root)
        #expect(strict.status == 1)
        let problems = try #require(JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as? [[String: Any]])
        let found = problems.map { problem in
            let start = (problem["range"] as? [String: Any])?["start"] as? [String: Any]
            return "\(problem["code"]!) \(problem["file"] ?? "") \(start?["line"] ?? "")"
        }
        #expect(
            found == [
                "placeholder catalog/stacks/mine.yaml 6", "placeholder catalog/stacks/mine.yaml 14",
                "placeholder catalog/tools/flux.yaml 6", "placeholder catalog/tools/flux.yaml 12",
                "placeholder catalog/tools/flux.yaml 16", "placeholder catalog/tools/flux.yaml 23"
            ], "\(strict.stdout)")
        let text = try Self.stackcat(["validate"], in: root)
        #expect(
            text.stderr.contains(
                "catalog/tools/flux.yaml:23:1: warning: 'homepage' is a stand-in that 'stackcat new' wrote; replace it: the project's own site"))

        // Publishing says so: the docs, the site and both exports.
        for command in [
            ["docs", "--out", "out-docs"], ["export", "backstage", "--out", "out-backstage"],
            ["export", "landscape", "--out", "landscape.yml"]
        ] {
            let run = try Self.stackcat(command, in: root)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(
                run.stderr.contains(
                    "warning: \(command.prefix(command[0] == "export" ? 2 : 1).joined(separator: " ")) publishes 6 stand-ins that 'stackcat new' wrote"),
                "\(command): \(run.stderr)")
            #expect(run.stderr.contains("catalog/tools/flux.yaml:12:1: warning: 'hosting' is a stand-in"), "\(run.stderr)")
        }

        // A stand-in whose marker went, but whose value stayed, is still one.
        let flux = root.appendingPathComponent("catalog/tools/flux.yaml")
        let unmarked = try String(contentsOf: flux, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# replace:") }.joined(separator: "\n")
        try unmarked.write(to: flux, atomically: true, encoding: .utf8)
        let again = try Self.stackcat(["validate"], in: root)
        #expect(
            again.stderr.contains("catalog/tools/flux.yaml:5:1: warning: 'summary' is still the stand-in that 'stackcat new' wrote: the name and the category"),
            "\(again.stderr)")
        #expect(
            again.stderr.contains("catalog/tools/flux.yaml:19:1: warning: 'homepage' is still the stand-in that 'stackcat new' wrote: a search"),
            "\(again.stderr)")
    }

    @Test func newTeamAppendsAndKeepsEveryByteOfTeamsYAML() throws {
        let root = try ScaffoldEndToEndTests.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.stackcat(["init"], in: root).status == 0)
        let path = root.appendingPathComponent("catalog/teams.yaml")
        let handWritten = "# Our teams, reviewed every quarter.\n- id: sre   # on call\n  name: SRE\n\n# end of list"
        try handWritten.write(to: path, atomically: true, encoding: .utf8)
        let added = try Self.stackcat(["new", "team", "data", "--name", "Data: the warehouse", "--parent", "sre"], in: root)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "catalog/teams.yaml\n")
        let after = try String(contentsOf: path, encoding: .utf8)
        #expect(after.hasPrefix(handWritten + "\n- id: data\n  name: \"Data: the warehouse\"\n"), "\(after)")
        #expect(try Self.stackcat(["validate", "--strict"], in: root).status == 0)

        // Wrong ids are refused at once, with what there is; the file stays as it was.
        for (arguments, message) in [
            (["new", "team", "sre", "--name", "Again"], "stackcat: error: team 'sre' exists already"),
            (["new", "team", "web", "--name", "Web", "--parent", "sr"], "stackcat: note: did you mean 'sre'?"),
            (["new", "team", "web", "--name", "Web", "--parent", "frontend"], "stackcat: note: the teams are: data, sre"),
            (["new", "team", "web", "--name", "Web", "--contact", "nobody"], "is neither an email address nor an http(s) URL"),
            (["new", "team", "Web", "--name", "Web"], "'Web' is not a valid team id")
        ] {
            let run = try Self.stackcat(arguments, in: root)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        #expect(try String(contentsOf: path, encoding: .utf8) == after)

        // A flow-style list cannot take an appended entry: refused, untouched.
        let flow = "[{id: sre, name: SRE}]\n"
        try flow.write(to: path, atomically: true, encoding: .utf8)
        let refused = try Self.stackcat(["new", "team", "web", "--name", "Web"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot add the team to teams.yaml"), "\(refused.stderr)")
        #expect(try String(contentsOf: path, encoding: .utf8) == flow)
    }

    @Test func newChecksHostingOwnersRingsAndDatesAtOnce() throws {
        let root = try ScaffoldEndToEndTests.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.stackcat(["init"], in: root).status == 0)
        #expect(try Self.stackcat(["new", "team", "payments", "--name", "Payments"], in: root).status == 0)
        for (arguments, expected) in [
            (
                ["new", "tool", "x", "--category", "cd", "--hosting", "inhouse"],
                "stackcat: error: unknown hosting 'inhouse'\nstackcat: note: did you mean 'in-house'? hosting is one of: self-hosted, managed, saas, library, specification, pattern, in-house\n"
            ),
            (
                ["new", "tool", "x", "--category", "cd", "--hosting", "in-house"],
                "stackcat: error: an in-house tool needs an owner: give --owner TEAM\nstackcat: note: teams.yaml has: payments\n"
            ),
            (
                ["new", "tool", "x", "--category", "cd", "--owner", "paymnts"],
                "stackcat: error: unknown owner 'paymnts'\nstackcat: note: did you mean 'payments'?\n"
            ),
            (
                ["new", "tool", "x", "--category", "cd", "--reviewed", "2026-02-30"],
                "stackcat: error: --reviewed '2026-02-30' is not a date in the calendar: February 2026 has 28 days\nstackcat: note: write the date as YYYY-MM-DD, as in 2026-01-31\n"
            ),
            (
                ["new", "stack", "s", "--component", "kubernetes=adpot"],
                "stackcat: error: unknown ring 'adpot' in '--component kubernetes=adpot'\nstackcat: note: did you mean 'adopt'? a ring is one of: adopt, trial, assess, hold\n"
            ),
            (
                ["new", "stack", "s", "--component", "kubernetes=trial", "--component", "k8s=hold"],
                "stackcat: error: 'kubernetes' is given twice as a component, in rings trial and hold\nstackcat: note: give each tool once, with its one ring\n"
            ),
            (
                ["new", "stack", "s", "--component", "zzz"],
                "stackcat: error: unknown tool 'zzz'\nstackcat: note: 'stackcat list --format ids' lists the tools\n"
            ),
            (
                ["new", "stack", "s", "--owner", "nobody"],
                "stackcat: error: unknown owner 'nobody'\nstackcat: note: the teams are: payments\n"
            )
        ] {
            let run = try Self.stackcat(arguments, in: root)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == expected, "\(arguments)")
        }
        #expect(ScaffoldEndToEndTests.files(under: root.appendingPathComponent("catalog/tools")) == ["kubernetes.yaml"])
        #expect(ScaffoldEndToEndTests.files(under: root.appendingPathComponent("catalog/stacks")) == ["guestbook.yaml"])
    }

    @Test func commandsThatNeedAnIDSayWhichThereAre() throws {
        let root = try ScaffoldEndToEndTests.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.stackcat(["init"], in: root).status == 0)
        let radar = try Self.stackcat(["radar"], in: root)
        #expect(radar.status == 64)
        #expect(radar.stdout == "")
        #expect(
            radar.stderr == """
                stackcat: error: radar draws one stack: give --stack ID
                stackcat: note: the stacks, with the date each describes:
                  guestbook  2026-01-01  Kubernetes guestbook tutorial
                stackcat: note: for example: stackcat radar --stack guestbook

                """)
        let show = try Self.stackcat(["show"], in: root)
        #expect(show.status == 64)
        #expect(
            show.stderr == "stackcat: error: show needs the id of a tool or stack: stackcat show ID\n"
                + "stackcat: note: 'stackcat list --format ids' lists the tools; the stacks are: guestbook\n")
        let newTool = try Self.stackcat(["new", "tool", "argo-cd"], in: root)
        #expect(newTool.status == 64)
        #expect(newTool.stderr.contains("new tool needs its primary category: --category C ('stackcat categories' lists the ids)"), "\(newTool.stderr)")
        let compare = try Self.stackcat(["compare"], in: root)
        #expect(compare.status == 64)
        #expect(compare.stderr.contains("'stackcat list --format ids' lists the tools"), "\(compare.stderr)")
        for (arguments, note) in [
            (["radar", "--stack", "nope"], "stackcat: note: the stacks are: guestbook\n"),
            (["graph", "--stack", "nope"], "stackcat: note: the stacks are: guestbook\n"),
            (["compare", "--stack", "nope"], "stackcat: note: the stacks are: guestbook\n"),
            (["show", "nope"], "stackcat: note: 'stackcat list --format ids' lists the tools; the stacks are: guestbook\n"),
            (["compare", "nope", "kubernetes"], "stackcat: note: 'stackcat list --format ids' lists the tools\n"),
            (["list", "--category", "nope"], "stackcat: note: 'stackcat categories' lists them\n"),
            (["list", "--role", "nope"], "stackcat: note: 'stackcat roles' lists them\n"),
            (["list", "--owner", "nope"], "stackcat: note: the catalog has no teams\n")
        ] {
            let run = try Self.stackcat(arguments, in: root)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.hasSuffix(note), "\(arguments): \(run.stderr)")
        }
    }

    @Test func markersAreFoundInOnePassAndEachPointsAtItsKey() throws {
        let root = try ScaffoldEndToEndTests.emptyDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.stackcat(["init"], in: root).status == 0)
        let path = root.appendingPathComponent("catalog/tools/kubernetes.yaml")
        let original = try String(contentsOf: path, encoding: .utf8)
        // Two markers above one key, indented and after a comment line; and a marker at the end of the file.
        let marked =
            original.replacingOccurrences(of: "\nsummary: ", with: "\n  # replace: first\n# a comment\n# replace: second\nsummary: ")
            + "# replace: the last word\n"
        try marked.write(to: path, atomically: true, encoding: .utf8)
        let run = try Self.stackcat(["validate", "--format", "json"], in: root)
        let problems = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let messages = problems.map { $0["message"] as? String ?? "" }
        #expect(
            messages == [
                "'summary' is a stand-in that 'stackcat new' wrote; replace it: first",
                "'summary' is a stand-in that 'stackcat new' wrote; replace it: second",
                "'replace' is a stand-in that 'stackcat new' wrote; replace it: the last word"
            ], "\(run.stdout)")

        // 200,000 markers and no key: one pass, one warning each (counted past the limit), no hang.
        try String(repeating: "# replace: x\n", count: 200_000).write(to: path, atomically: true, encoding: .utf8)
        let many = try Self.stackcat(["validate"], in: root)
        #expect(many.status == 1)
        #expect(many.stderr.contains("200000 warnings"), "\(many.stderr.suffix(300))")
    }
}
