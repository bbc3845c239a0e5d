import CatalogLayout
import StackcatLoading
import StackcatValidation
import StackcatYAML

/// The files `stackcat init` writes: the built-in vocabularies as commented YAML, an example tool and
/// stack, and the JSON Schemas that their modelines point at. Pure: the embedded texts and the date
/// come in, `(path, contents)` pairs go out, and the executable writes them.
public enum CatalogScaffold {
    public struct File: Sendable, Equatable {
        /// Relative to the catalog directory (or, for the CI workflow, to the repository root).
        public var path: String
        public var contents: String

        public init(path: String, contents: String) {
            self.path = path
            self.contents = contents
        }
    }

    /// The built-in tool that serves as the example (it needs no other tool), and the stack that uses it.
    public static let exampleToolID = "kubernetes"
    public static let exampleStackID = "guestbook"
    /// The repository of the GitHub Action that `init --ci github` writes unless told otherwise: a
    /// stand-in whose owner the user replaces (there is no one repository every user should take it from).
    public static let placeholderActionRepository = "OWNER/stackcat"
    public static let workflowPath = ".github/workflows/stackcat.yml"

    /// What each vocabulary file is for and what its keys mean, written above its entries.
    static let vocabularyHeaders: [String: String] = [
        "categories.yaml": """
        # The category vocabulary: every tool has a primary 'category' (and optional secondary
        # 'categories') from this list, and in-house stack components may name one.
        #   id           lower-case kebab-case, at most 64 characters; what tools refer to
        #   name         shown in listings and docs
        #   description  optional: one sentence
        #   parent       optional: the id of a broader category; categories form a tree, and
        #                'stackcat list --category X' includes X's sub-categories
        # The file is either that list, or a mapping of 'categories' (the list) and 'radar', whose
        # 'quadrants' (exactly four, each a 'name' and a list of top-level 'categories') group the
        # categories for 'stackcat radar'; without 'radar', the radar uses a default grouping.
        # Started from stackcat's built-in vocabulary: rename, remove and add entries freely.
        """,
        "roles.yaml": """
        # The role vocabulary: what a tool does. Tools list theirs under 'roles'; 'stackcat list
        # --role R' and the comparison tables use them.
        #   id           lower-case kebab-case, at most 64 characters
        #   name         shown in listings and docs
        #   description  optional: one sentence
        # Started from stackcat's built-in vocabulary: rename, remove and add entries freely.
        """,
        "relations.yaml": """
        # The relation vocabulary: the 'type' of each entry under a tool's 'relations'.
        #   id           lower-case kebab-case, at most 64 characters
        #   label        read between two tools: "spinnaker deploys to kubernetes"
        #   inverse      read the other way, shown on the target's page: "kubernetes deployed by
        #                spinnaker"; required unless symmetric
        #   description  optional: one sentence
        #   symmetric    optional, default false: true when one declaration holds both ways
        #                (integrates-with, alternative-to)
        #   style        optional: { color: "#rrggbb", line: solid | dashed | dotted } for graphs;
        #                without it, a colour of a colour-blind-safe palette is picked
        # Started from stackcat's built-in vocabulary: rename, remove and add entries freely.
        """
    ]

    /// The catalog files, sorted by path, then the schemas under `CatalogSchemas.directory`.
    /// - Parameters:
    ///   - builtIn: the built-in catalog's files; its vocabularies and example tool are copied.
    ///   - schemas: the JSON Schemas by file name.
    ///   - date: the example stack's `as_of`.
    public static func catalogFiles(builtIn: [CatalogFile], schemas: [(name: String, text: String)], date: String) -> [File] {
        var files: [File] = []
        for file in builtIn.sorted(by: { $0.relativePath.utf8Precedes($1.relativePath) }) {
            guard let header = vocabularyHeaders[file.relativePath] else { continue }
            files.append(File(path: file.relativePath, contents: vocabulary(file, header: header)))
        }
        let check = CatalogCheck(files: builtIn)
        guard let tool = check.catalog.tool(exampleToolID) else {
            preconditionFailure("the built-in catalog has no '\(exampleToolID)', which 'init' writes as its example")
        }
        files.append(File(path: CatalogLayout.path(forTool: exampleToolID), contents: EntryTemplate.tool(ToolDraft(tool))))
        files.append(File(path: CatalogLayout.path(forStack: exampleStackID), contents: EntryTemplate.stack(exampleStack(date: date))))
        for schema in schemas {
            files.append(File(path: CatalogSchemas.directory + "/" + schema.name, contents: schema.text))
        }
        return files
    }

    /// A vocabulary file: its modeline, what it holds, then the built-in entries as they are written.
    static func vocabulary(_ file: CatalogFile, header: String) -> String {
        var body = String(decoding: file.text.bytes, as: UTF8.self)
        if body.hasPrefix("# yaml-language-server:") {
            body = body.firstIndex(of: "\n").map { String(body[body.index(after: $0)...]) } ?? ""
        }
        return CatalogSchemas.modeline(forCatalogPath: file.relativePath)! + "\n" + header + "\n" + body
    }

    /// Kubernetes' own tutorial: a PHP front end and Redis, on Kubernetes. Small, public and real.
    static func exampleStack(date: String) -> StackDraft {
        var draft = StackDraft(
            id: exampleStackID, name: "Kubernetes guestbook tutorial",
            summary: "A PHP guestbook with a Redis leader and followers, deployed on Kubernetes.",
            components: [
                .init(
                    .tool(exampleToolID), ring: .adopt,
                    role: "Runs the front end and Redis as Deployments behind Services."),
                .init(
                    .inHouse(id: "guestbook-frontend", name: "Guestbook front end (PHP)", category: nil), ring: .adopt,
                    role: "Serves the web page and reads and writes entries in Redis."),
                .init(
                    .inHouse(id: "guestbook-redis", name: "Redis (one leader, two followers)", category: "database"), ring: .adopt,
                    role: "Stores the entries: writes go to the leader, reads to the followers.")
            ])
        draft.description = """
            The example of the Kubernetes tutorial "Deploying PHP Guestbook application with Redis": a
            multi-tier web application that is simple, and not meant for production. Replace this stack
            with your own: 'stackcat new stack ID'.
            """
        draft.asOf = date
        draft.reviewed = date
        draft.sources = ["https://kubernetes.io/docs/tutorials/stateless-application/guestbook/"]
        draft.flows = [.init(from: "guestbook-frontend", to: "guestbook-redis", label: "guestbook entries")]
        return draft
    }

    /// A GitHub Actions workflow that checks the catalog with the stackcat Action on every push and
    /// pull request.
    /// - Parameters:
    ///   - catalogPath: the catalog directory relative to the repository root.
    ///   - actionRepository: `owner/name` of the Action's repository; nil writes
    ///     `placeholderActionRepository`, marked on its line as a value to replace.
    ///   - version: the stackcat version whose release tag (`v<version>`) the workflow pins.
    public static func githubWorkflow(catalogPath: String, actionRepository: String?, version: String) -> String {
        let repository = actionRepository ?? placeholderActionRepository
        // zizmor's unpinned-uses is told on the line that the tag is meant: it names the release to download.
        let uses =
            "\(repository)@v\(version)  # zizmor: ignore[unpinned-uses]"
            + (actionRepository == nil ? " <- replace OWNER (see above)" : "")
        let which =
            actionRepository == nil
            ? """
            # REPLACE OWNER below with the GitHub account that hosts the stackcat you use (upstream or your
            # fork), or write this file again with 'stackcat init --ci github --action-repo OWNER/NAME'.
            """
            : """
            # The Action comes from \(repository) (another: 'stackcat init --ci github --action-repo OWNER/NAME').
            """
        return """
            # Checks the stackcat catalog in \(catalogPath) on every push and pull request: every problem
            # becomes an annotation on the changed line. Written by 'stackcat init --ci github'.
            \(which)
            # The tag v\(version) is the release whose binary the Action downloads. To pin by commit instead,
            # write that tag's commit SHA: the Action then downloads the release its source declares.
            # Its inputs: catalog, strict, max-age, docs, inject, sarif, version, repository.
            name: stackcat
            on:
              push:
              pull_request:
            permissions:
              contents: read
            jobs:
              catalog:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                    with:
                      persist-credentials: false
                  - uses: \(uses)
                    with:
                      catalog: \(YAMLWriter.scalar(catalogPath))
                      strict: "true"
                      # max-age: 180             # also warn about stack components not reviewed for 180 days
                      # docs: docs/catalog        # also check that 'stackcat docs --out docs/catalog' is fresh
                      # sarif: stackcat.sarif     # also write SARIF for code scanning

            """
    }
}
