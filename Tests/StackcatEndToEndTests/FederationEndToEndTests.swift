import Foundation
import Testing

/// Issue 25, part 1: a catalog's `catalog.yaml` includes fragment directories of a monorepo,
/// Backstage entity files read in place and git repositories at tags (file:// URLs, made by `git init`
/// in the test); every command sees one merged catalog, and diagnostics name files as the user knows them.
@Suite("federated catalogs end to end")
struct FederationEndToEndTests {
    /// A repository (`git init`) with a root catalog whose vocabularies every fragment shares.
    struct Repository {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-federation-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try git(["init", "-q", "."], in: root)
            try write(
                "catalog/categories.yaml",
                """
                - id: platform
                  name: Platform
                - id: service
                  name: Service
                """)
            try write("catalog/roles.yaml", "- id: api\n  name: API\n")
            try write(
                "catalog/relations.yaml",
                """
                - id: runs-on
                  label: runs on
                  inverse: runs
                - id: depends-on
                  label: depends on
                  inverse: needed by
                """)
            try write("catalog/teams.yaml", "- id: platform\n  name: Platform team\n")
            try write("catalog/tools/kubernetes.yaml", Self.tool("Kubernetes", owner: "platform"))
        }

        static func tool(_ name: String, owner: String, extra: String = "") -> String {
            """
            name: \(name)
            summary: \(name), in-house.
            category: service
            hosting: in-house
            lifecycle: active
            owner: \(owner)

            """ + extra
        }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        /// Three service folders, each with a fragment: a team and one tool.
        func addServices(_ names: [String] = ["payments", "orders", "search"]) throws {
            for name in names {
                try write("services/\(name)/stackcat/teams.yaml", "- id: team-\(name)\n  name: \(name.capitalized) team\n")
                try write(
                    "services/\(name)/stackcat/tools/\(name)-api.yaml",
                    Self.tool(
                        "\(name.capitalized) API", owner: "team-\(name)",
                        extra: """
                            relations:
                              - type: runs-on
                                target: kubernetes

                            """))
            }
        }

        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
            try Binary.run(arguments + ["--catalog", "catalog"], in: root, environment: environment, hangGuard: .seconds(120))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @discardableResult
    static func git(_ arguments: [String], in directory: URL) throws -> String {
        let run = try Binary.runProgram(
            "/usr/bin/git",
            [
                "-c", "user.email=test@example.com", "-c", "user.name=Test",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"
            ] + arguments,
            in: directory)
        guard run.status == 0 else { throw GitError(message: "git \(arguments): \(run.stderr)") }
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct GitError: Error { var message: String }

    /// A git repository beside the catalog's, with a fragment in `stackcat/`, committed and tagged.
    static func remote(_ name: String, tools: [String: String], tag: String, teams: String? = nil) throws -> (url: String, directory: URL, commit: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-remote-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("stackcat/tools"), withIntermediateDirectories: true)
        try git(["init", "-q", "."], in: directory)
        for (id, text) in tools { try Data(text.utf8).write(to: directory.appendingPathComponent("stackcat/tools/\(id).yaml")) }
        if let teams { try Data(teams.utf8).write(to: directory.appendingPathComponent("stackcat/teams.yaml")) }
        try git(["add", "-A"], in: directory)
        try git(["commit", "-q", "-m", "fragment"], in: directory)
        try git(["tag", tag], in: directory)
        return ("file://" + directory.path, directory, try git(["rev-parse", "HEAD"], in: directory))
    }

    @Test func monorepoFragmentsMakeOneCatalog() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.addServices()
        try repo.write("catalog/catalog.yaml", "include:\n  - services/*/stackcat/\n")
        let list = try repo.run(["list", "--format", "ids"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == "kubernetes\norders-api\npayments-api\nsearch-api\n")
        let owners = try repo.run(["list", "--owner", "team-orders", "--format", "ids"])
        #expect(owners.stdout == "orders-api\n", "\(owners.stderr)")
        let clean = try repo.run(["validate"])
        #expect(clean.status == 0, "\(clean.stderr)")

        // A mistake in a fragment is named by the path the user knows, with its line and column.
        try repo.write(
            "services/payments/stackcat/tools/ledger.yaml",
            Repository.tool(
                "Ledger", owner: "team-payments",
                extra: """
                    relations:
                      - type: runs-on
                        target: kubernets

                    """))
        let broken = try repo.run(["validate"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("services/payments/stackcat/tools/ledger.yaml:9:13: error: unknown relation target 'kubernets'"), "\(broken.stderr)")

        // Vocabularies stay in the root: a fragment's categories.yaml is reported and not read.
        try FileManager.default.removeItem(at: repo.root.appendingPathComponent("services/payments/stackcat/tools/ledger.yaml"))
        try repo.write("services/orders/stackcat/categories.yaml", "- id: extra\n  name: Extra\n")
        let vocabulary = try repo.run(["validate", "--format", "json"])
        #expect(vocabulary.stdout.contains("\"code\": \"unexpected-file\""), "\(vocabulary.stdout)")
        #expect(vocabulary.stdout.contains("services/orders/stackcat/categories.yaml"))
        let categories = try repo.run(["categories"])
        #expect(!categories.stdout.contains("extra"), "\(categories.stdout)")
    }

    @Test func backstageEntityFilesAreReadInPlace() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.addServices(["payments"])
        try repo.write(
            "apps/web/catalog-info.yaml",
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: web-shop
              description: The web shop.
            spec:
              type: service
              lifecycle: production
              owner: group:team-payments
              dependsOn: [component:db-main]
            """)
        try repo.write(
            "apps/db/catalog-info.yaml",
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: db-main
              description: The database.
            spec:
              type: service
              lifecycle: production
              owner: group:team-payments
            """)
        try repo.write(
            "catalog/catalog.yaml",
            """
            include:
              - services/*/stackcat/
              - backstage: "apps/**/catalog-info.yaml"
            """)
        let list = try repo.run(["list", "--owner", "team-payments", "--format", "ids"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == "db-main\npayments-api\nweb-shop\n")
        let show = try repo.run(["show", "web-shop"])
        #expect(show.stdout.contains("depends on  db-main"), "\(show.stdout)")
        let clean = try repo.run(["validate"])
        #expect(clean.status == 0 && clean.stderr.contains("0 errors, 0 warnings"), "\(clean.stderr)")

        // A Backstage mistake is named in the entity file, at its line.
        try repo.write(
            "apps/db/catalog-info.yaml",
            """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: web-shop
            spec:
              type: service
              owner: group:team-payments
            """)
        let duplicate = try repo.run(["validate"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("apps/web/catalog-info.yaml:4:9:"), "\(duplicate.stderr)")
    }

    @Test func gitRepositoriesAtTagsThroughTheCache() throws {
        let repo = try Repository()
        defer { repo.remove() }
        let billing = try Self.remote(
            "billing", tools: ["billing": Repository.tool("Billing", owner: "team-billing")], tag: "v1.0.0",
            teams: "- id: team-billing\n  name: Billing team\n")
        let mail = try Self.remote("mail", tools: ["mailer": Repository.tool("Mailer", owner: "platform")], tag: "v2")
        defer {
            try? FileManager.default.removeItem(at: billing.directory)
            try? FileManager.default.removeItem(at: mail.directory)
        }
        // A later commit on the branch: the tag pins the older one.
        try Data(Repository.tool("Late", owner: "platform").utf8).write(to: mail.directory.appendingPathComponent("stackcat/tools/late.yaml"))
        try Self.git(["add", "-A"], in: mail.directory)
        try Self.git(["commit", "-q", "-m", "later"], in: mail.directory)
        try repo.write(
            "catalog/catalog.yaml",
            """
            include:
              - git: \(billing.url)
                ref: v1.0.0
                path: stackcat
              - git: \(mail.url)
                ref: v2
                path: stackcat/
            """)
        let first = try repo.run(["list", "--format", "ids"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "billing\nkubernetes\nmailer\n")
        #expect(first.stderr.contains("stackcat: note: git:\(billing.url)@v1.0.0 is commit \(billing.commit)\n"), "\(first.stderr)")
        #expect(first.stderr.contains("stackcat: note: git:\(mail.url)@v2 is commit \(mail.commit)\n"), "\(first.stderr)")
        // Recorded in the cache, which git ignores.
        let recorded = try String(contentsOf: repo.root.appendingPathComponent(".stackcat/cache/resolved.txt"), encoding: .utf8)
        #expect(recorded.contains("git:\(billing.url)@v1.0.0 \(billing.commit)\n"), "\(recorded)")
        let status = try Self.git(["status", "--porcelain", "--untracked-files=all"], in: repo.root)
        #expect(!status.contains(".stackcat"), "\(status)")

        // Offline, from the cache, even when the remote is gone.
        let moved = billing.directory.deletingLastPathComponent().appendingPathComponent("gone-\(UUID().uuidString)")
        try FileManager.default.moveItem(at: billing.directory, to: moved)
        defer { try? FileManager.default.moveItem(at: moved, to: billing.directory) }
        let offline = try repo.run(["list", "--format", "ids", "--offline"])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout == "billing\nkubernetes\nmailer\n")
        // Online with the remote gone: a clear error at the include, no hang.
        let unreachable = try repo.run(["validate"])
        #expect(unreachable.status == 1)
        #expect(unreachable.stderr.contains("catalog/catalog.yaml:2:10: error: git fetch \(billing.url) failed"), "\(unreachable.stderr)")

        // Offline without a cache.
        try FileManager.default.removeItem(at: repo.root.appendingPathComponent(".stackcat"))
        let empty = try repo.run(["validate", "--offline"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("is not in the cache"), "\(empty.stderr)")
        #expect(empty.stderr.contains("run the command once without --offline"))
    }

    @Test func missingRefAndDuplicateIdsAcrossSources() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.addServices(["payments"])
        let remote = try Self.remote("payments", tools: ["payments-api": Repository.tool("Payments API", owner: "platform")], tag: "v1")
        defer { try? FileManager.default.removeItem(at: remote.directory) }
        try repo.write(
            "catalog/catalog.yaml",
            """
            include:
              - services/*/stackcat/
              - git: \(remote.url)
                ref: v9
                path: stackcat
            """)
        // A missing ref is the `ref:` line's mistake: named there, with the URL, the ref and what to do.
        let missing = try repo.run(["validate"])
        #expect(missing.status == 1)
        #expect(
            missing.stderr.contains(
                "catalog/catalog.yaml:4:10: error: the repository \(remote.url) has no tag, branch or commit 'v9': correct 'ref:' (list them with 'git ls-remote \(remote.url)')"
            ),
            "\(missing.stderr)")
        #expect(missing.stderr.contains("    ref: v9\n"), "\(missing.stderr)")
        // Offline, with the repository in the cache but not the ref: the same line.
        let offline = try repo.run(["validate", "--offline"])
        #expect(offline.status == 1)
        #expect(
            offline.stderr.contains("catalog/catalog.yaml:4:10: error: the cache of \(remote.url) has no tag, branch or commit 'v9', and --offline forbids"),
            "\(offline.stderr)")

        try repo.write(
            "catalog/catalog.yaml",
            """
            include:
              - services/*/stackcat/
              - git: \(remote.url)
                ref: v1
                path: stackcat
            """)
        let duplicate = try repo.run(["validate"])
        #expect(duplicate.status == 1)
        // Both sources are named: the fragment on disk and the file in git.
        let stderr = duplicate.stderr
        #expect(
            stderr.contains("git:\(remote.url)@v1:stackcat/tools/payments-api.yaml:1:1: error: tool or stack id 'payments-api' is already used")
                || stderr.contains("services/payments/stackcat/tools/payments-api.yaml:1:1: error: tool or stack id 'payments-api' is already used"),
            "\(stderr)")
        #expect(stderr.contains("git:\(remote.url)@v1:stackcat/tools/payments-api.yaml:1:1:"))
        #expect(stderr.contains("services/payments/stackcat/tools/payments-api.yaml:1:1:"))
    }

    @Test func oneFragmentValidatedAlone() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.addServices()
        try repo.write("catalog/catalog.yaml", "include:\n  - services/*/stackcat/\n")
        try repo.write("services/payments/stackcat/tools/payments-api.yaml", Repository.tool("Payments API", owner: "team-nobody"))
        try repo.write("services/orders/stackcat/tools/orders-api.yaml", Repository.tool("Orders API", owner: "team-nobody"))
        let all = try repo.run(["validate"])
        #expect(all.stderr.contains("validate: 2 errors"), "\(all.stderr)")
        let payments = try repo.run(["validate", "--only", "services/payments/stackcat"])
        #expect(payments.status == 1)
        #expect(payments.stderr.contains("services/payments/stackcat/tools/payments-api.yaml:6:8: error:"), "\(payments.stderr)")
        #expect(!payments.stderr.contains("services/orders"), "\(payments.stderr)")
        #expect(payments.stderr.contains("validate: 1 error"))
        let search = try repo.run(["validate", "--only", "services/search/stackcat/tools/search-api.yaml"])
        #expect(search.status == 0, "\(search.stderr)")

        // A fragment the catalog does not include (a service repository's own checkout) is checked
        // against the whole, in place of the included entries of the same ids.
        try repo.write("checkout/stackcat/tools/payments-api.yaml", Repository.tool("Payments API", owner: "team-payments"))
        let outside = try repo.run(["validate", "--only", "checkout/stackcat"])
        #expect(outside.status == 0, "\(outside.stderr)")
        try repo.write("checkout/stackcat/tools/payments-api.yaml", Repository.tool("Payments API", owner: "team-paymnts"))
        let typo = try repo.run(["validate", "--only", "checkout/stackcat/tools/payments-api.yaml"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("checkout/stackcat/tools/payments-api.yaml:6:8: error:"), "\(typo.stderr)")
        let nowhere = try repo.run(["validate", "--only", "no/such/dir"])
        #expect(nowhere.status == 64)
    }

    @Test func hostileIncludesAreRefused() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.addServices(["payments"])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("tools"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data(Repository.tool("Secret", owner: "platform").utf8).write(to: outside.appendingPathComponent("tools/secret.yaml"))
        try FileManager.default.createDirectory(at: repo.root.appendingPathComponent("services/evil"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: repo.root.appendingPathComponent("services/evil/stackcat").path,
            withDestinationPath: outside.path)
        try repo.write(
            "catalog/catalog.yaml",
            """
            include:
              - ../elsewhere/
              - /etc/
              - services/*/stackcat/
              - "*"
              - services/*/stackcat/
              - nothing/*/here/
              - git: --upload-pack=touch
                ref: v1
            """)
        let run = try repo.run(["validate"])
        #expect(run.status == 1)
        let stderr = run.stderr
        #expect(stderr.contains("catalog/catalog.yaml:2:5: error: the include '../elsewhere/' is refused: it leaves the repository"), "\(stderr)")
        #expect(stderr.contains("catalog/catalog.yaml:3:5: error: the include '/etc/' is refused: it is absolute"))
        #expect(stderr.contains("catalog/catalog.yaml:5:5: error: '*' includes the catalog itself"))
        #expect(stderr.contains("catalog/catalog.yaml:6:5: error: this include is listed twice"))
        #expect(stderr.contains("catalog/catalog.yaml:7:5: warning: 'nothing/*/here/' matches no directory"))
        #expect(stderr.contains("catalog/catalog.yaml:8:10: error: '--upload-pack=touch' is not a git repository's URL"))
        // The link out of the repository is not followed.
        let list = try repo.run(["list", "--format", "ids"])
        #expect(!list.stdout.contains("secret"), "\(list.stdout)")
    }
}
