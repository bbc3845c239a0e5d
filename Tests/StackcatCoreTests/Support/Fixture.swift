import StackcatCore

/// A small valid catalog held in memory, which tests change one file at a time.
struct Fixture {
    var files: [String: String]

    static let categories = """
        - id: delivery
          name: Delivery
        - id: cd
          name: Continuous delivery
          parent: delivery
        - id: runtime
          name: Runtime
        - id: orchestration
          name: Orchestration
          parent: runtime

        """
    static let roles = """
        - id: continuous-delivery
          name: Continuous delivery
        - id: container-orchestration
          name: Container orchestration

        """
    static let relations = """
        - id: deploys-to
          label: deploys to
          inverse: deployed by
          style: { color: "#1f77b4", line: solid }
        - id: integrates-with
          label: integrates with
          symmetric: true
        - id: superseded-by
          label: is superseded by
          inverse: supersedes

        """
    static let spinnaker = """
        name: Spinnaker
        category: cd
        summary: Continuous delivery.
        homepage: https://spinnaker.io
        license: Apache-2.0
        hosting: self-hosted
        lifecycle: active
        roles: [continuous-delivery]
        relations:
          - type: deploys-to
            target: kubernetes
        sources: [https://spinnaker.io/docs/]

        """
    static let kubernetes = """
        name: Kubernetes
        category: orchestration
        summary: Container orchestration.
        homepage: https://kubernetes.io
        license: Apache-2.0
        hosting: self-hosted
        lifecycle: active
        aliases: [k8s]
        roles: [container-orchestration]
        sources: [https://kubernetes.io/docs/]

        """
    static let stack = """
        name: Demo
        summary: A demo stack.
        sources: [https://example.com/talk]
        components:
          - tool: spinnaker
            ring: adopt
          - id: gateway
            name: Gateway
            ring: trial
        flows:
          - from: gateway
            to: spinnaker

        """

    static var valid: Fixture {
        Fixture(files: [
            "categories.yaml": categories, "roles.yaml": roles, "relations.yaml": relations,
            "tools/spinnaker.yaml": spinnaker, "tools/kubernetes.yaml": kubernetes, "stacks/demo.yaml": stack
        ])
    }

    func with(_ path: String, _ contents: String) -> Fixture {
        var copy = self
        copy.files[path] = contents
        return copy
    }

    func without(_ path: String) -> Fixture {
        var copy = self
        copy.files[path] = nil
        return copy
    }

    var catalogFiles: [CatalogFile] {
        files.keys.sorted().map { CatalogFile(relativePath: $0, displayPath: "catalog/" + $0, contents: files[$0]!) }
    }

    func check() -> CatalogCheck {
        CatalogCheck(files: catalogFiles, requireVocabularies: "catalog")
    }

    /// Each diagnostic as "file:line:col: severity: message", then its notes indented.
    func report() -> [String] {
        check().diagnostics.map(Fixture.describe)
    }

    static func describe(_ d: Diagnostic) -> String {
        var line = ""
        if let l = d.location { line += "\(l.path):\(l.span.start.line):\(l.span.start.column): " }
        line += "\(d.severity.rawValue): \(d.message)"
        for note in d.notes { line += "\n  note: \(note.message)" }
        return line
    }
}
