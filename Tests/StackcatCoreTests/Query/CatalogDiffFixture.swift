import StackcatCore

/// Two versions of a small catalog that differ in every way `CatalogDiff` reports: entries of each
/// kind added, removed and renamed (by content, and a tool by an alias that became the id), facts and
/// list facts changed, relations added and removed and a relation's note changed, stack components
/// added, removed, moved in and out (with the role text that says why) and changed in role, owner,
/// review date and in-house name, a stack's own review date, and the radar's quadrants.
enum CatalogDiffFixture {
    static func categories(new: Bool) -> String {
        """
        categories:
        - id: delivery
          name: Delivery
        - id: cd
          name: Continuous delivery
          parent: delivery
          description: \(new ? "Releases built artifacts to environments." : "Releases software.")
        - id: runtime
          name: Runtime
        - id: orchestration
          name: Orchestration
          parent: runtime
        - id: \(new ? "operations" : "ops")
          name: Operations
          description: Running the platform day to day.
        \(new ? "- id: observability\n  name: Observability\n  description: Metrics, logs and traces." : "- id: legacy\n  name: Legacy\n  description: Systems on their way out.")
        radar:
          quadrants:
            - name: Platforms
              categories: [runtime]
            - name: Techniques
              categories: [\(new ? "operations" : "ops")]
            - name: \(new ? "Delivery" : "Tools")
              categories: [delivery]
            - name: Other
              categories: [\(new ? "observability" : "legacy")]

        """
    }

    static func roles(new: Bool) -> String {
        """
        - id: continuous-delivery
          name: Continuous delivery
          description: \(new ? "Releases every change that passes the pipeline." : "Releases changes.")
        - id: container-orchestration
          name: Container orchestration
        - id: \(new ? "continuous-integration" : "ci")
          name: Continuous integration
          description: Builds and tests every commit.
        \(new ? "- id: gitops\n  name: GitOps\n  description: Reconciles clusters with a repository." : "- id: batch\n  name: Batch jobs\n  description: Runs work on a schedule.")

        """
    }

    static func relations(new: Bool) -> String {
        """
        - id: deploys-to
          label: deploys to
          inverse: deployed by
          style: { color: "\(new ? "#0072b2" : "#1f77b4")", line: solid }
        - id: integrates-with
          label: integrates with
          symmetric: true
          style: { color: "#009e73", line: dashed }
        - id: \(new ? "supersedes" : "replaces")
          label: replaces
          inverse: replaced by
          style: { color: "#d55e00", line: dotted }
        \(new ? "- id: depends-on\n  label: depends on\n  inverse: needed by\n  style: { color: \"#cc79a7\", line: solid }"
              : "- id: conflicts-with\n  label: conflicts with\n  inverse: conflicted by\n  style: { color: \"#e69f00\", line: dashed }")

        """
    }

    static func teams(new: Bool) -> String {
        """
        - id: team-a
          name: Team A
          contact: \(new ? "https://chat.example.com/team-a" : "team-a@example.com")
        - id: \(new ? "team-bee" : "team-b")
          name: Team B
          description: Builds the pipelines.
          contact: team-b@example.com
        \(new ? "- id: team-c\n  name: Team C\n  contact: team-c@example.com" : "- id: team-x\n  name: Team X\n  contact: x@example.com")

        """
    }

    static func tool(name: String, category: String, summary: String, extra: String = "") -> String {
        """
        name: \(name)
        category: \(category)
        summary: \(summary)
        homepage: https://example.com/\(name.lowercased().replacingOccurrences(of: " ", with: "-"))
        license: Apache-2.0
        hosting: self-hosted
        lifecycle: active
        \(extra)sources: [https://example.com/sources]

        """
    }

    static var old: Fixture {
        Fixture(files: [
            "categories.yaml": categories(new: false), "roles.yaml": roles(new: false), "relations.yaml": relations(new: false),
            "teams.yaml": teams(new: false),
            "tools/spinnaker.yaml": tool(
                name: "Spinnaker", category: "cd", summary: "Multi-cloud continuous delivery.",
                extra: "language: Java\nowner: team-b\nroles: [continuous-delivery]\nrelations:\n  - type: deploys-to\n    target: kubernetes\n"),
            "tools/kubernetes.yaml": tool(
                name: "Kubernetes", category: "orchestration", summary: "Container orchestration.",
                extra: """
                    categories: [ops]
                    language: Go
                    owner: team-a
                    tags: [cncf, containers]
                    roles: [container-orchestration, ci]
                    relations:
                      - type: conflicts-with
                        target: jenkins
                      - type: replaces
                        target: flux
                      - type: integrates-with
                        target: spinnaker
                        note: Through the V2 provider.

                    """),
            "tools/jenkins.yaml": tool(name: "Jenkins", category: "delivery", summary: "Automation server.", extra: "roles: [ci]\n"),
            "tools/flux.yaml": tool(name: "Flux", category: "cd", summary: "GitOps for Kubernetes.", extra: "aliases: [fluxcd]\n"),
            "stacks/demo.yaml": """
            name: Demo
            summary: A demo stack.
            sources: [https://example.com/talk]
            components:
              - tool: spinnaker
                ring: adopt
                role: Deploys.
                owner: team-b
              - tool: kubernetes
                ring: trial
                role: Runs the services.
                owner: team-a
              - tool: jenkins
                ring: hold
                role: Builds.
              - tool: flux
                ring: assess
                role: Tried for GitOps.
              - id: gateway
                name: Gateway
                category: cd
                ring: trial
            flows:
              - from: gateway
                to: spinnaker

            """,
            "stacks/platform.yaml": """
            name: Platform
            summary: The shared platform.
            sources: [https://example.com/platform]
            components:
              - tool: kubernetes
                ring: adopt
              - tool: spinnaker
                ring: adopt

            """,
            "stacks/old-stack.yaml": """
            name: Old stack
            summary: What ran before.
            sources: [https://example.com/old]
            components:
              - tool: jenkins
                ring: hold

            """
        ])
    }

    static var new: Fixture {
        Fixture(files: [
            "categories.yaml": categories(new: true), "roles.yaml": roles(new: true), "relations.yaml": relations(new: true),
            "teams.yaml": teams(new: true),
            "tools/spinnaker-cd.yaml": tool(
                name: "Spinnaker", category: "cd", summary: "Multi-cloud continuous delivery, with canaries.",
                extra: "language: Java\nowner: team-bee\nroles: [continuous-delivery]\nrelations:\n  - type: deploys-to\n    target: kubernetes\n"),
            "tools/kubernetes.yaml": tool(
                name: "Kubernetes", category: "orchestration", summary: "Container orchestration.",
                extra: """
                    categories: [operations]
                    language: Go and C
                    owner: team-c
                    tags: [containers, google]
                    roles: [container-orchestration, continuous-integration]
                    relations:
                      - type: supersedes
                        target: fluxcd
                      - type: integrates-with
                        target: spinnaker-cd
                        note: Through the Kubernetes provider V2.
                      - type: integrates-with
                        target: argo

                    """),
            "tools/argo.yaml": tool(name: "Argo CD", category: "cd", summary: "Declarative GitOps for Kubernetes.", extra: "roles: [gitops]\n"),
            "tools/fluxcd.yaml": tool(name: "Flux", category: "cd", summary: "GitOps for Kubernetes, graduated.", extra: "aliases: [flux]\n"),
            "stacks/demo.yaml": """
            name: Demo
            summary: A demo stack.
            sources: [https://example.com/talk]
            reviewed: 2026-12-01
            components:
              - tool: spinnaker-cd
                ring: adopt
                role: Deploys, with canary analysis.
                owner: team-bee
              - tool: kubernetes
                ring: adopt
                role: Proven in production for a year.
                owner: team-c
                reviewed: 2026-11-30
              - tool: argo
                ring: trial
                role: Replaces Jenkins' deploy jobs.
              - tool: fluxcd
                ring: hold
                role: Argo CD won the trial.
              - id: gateway
                name: API gateway
                category: cd
                ring: trial
            flows:
              - from: gateway
                to: spinnaker-cd

            """,
            "stacks/platform-2019.yaml": """
            name: Platform
            summary: The shared platform, in 2019.
            sources: [https://example.com/platform]
            components:
              - tool: kubernetes
                ring: adopt
              - tool: spinnaker-cd
                ring: adopt

            """,
            "stacks/new-stack.yaml": """
            name: New stack
            summary: What runs now.
            sources: [https://example.com/new]
            components:
              - tool: argo
                ring: adopt

            """
        ])
    }
}
