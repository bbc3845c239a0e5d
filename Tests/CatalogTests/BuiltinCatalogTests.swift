import Foundation
import Testing

@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatValidation
@testable import StackcatYAML

/// The built-in catalog's facts: editorial tests, which a change to catalog/ can break.
@Suite("Built-in catalog")
struct BuiltinCatalogTests {
    @Test func validatesStrictly() throws {
        let check = try Repository.check()
        #expect(check.diagnostics.map(Repository.describe) == [])
    }

    /// Every tool, pattern and stack that the 2018 GCPUG notes name.
    @Test func describesEverythingTheSeedNotesName() throws {
        let catalog = try Repository.check().catalog
        let required = [
            "kubernetes", "gke", "gke-node-pools", "cluster-autoscaler", "horizontal-pod-autoscaler",
            "kubernetes-ingress", "ingress-gce", "cloud-load-balancing", "kubernetes-rbac", "kubernetes-namespaces",
            "borg", "grpc", "protocol-buffers", "spinnaker", "spinnaker-kubernetes-v2", "halyard", "kayenta",
            "chaos-monkey", "circleci", "istio", "envoy", "terraform", "cloud-sql", "cloud-spanner", "stackdriver",
            "cloud-logging", "cloud-monitoring", "error-reporting", "google-cloud-observability", "bigquery",
            "datadog", "logmatic", "sentry", "external-dns", "cloud-dns", "heptio-ark", "velero", "cloud-storage",
            "container-builder", "cloud-build", "artifact-analysis", "gremlin", "redis", "memorystore", "rabbitmq",
            "cloud-pubsub", "lets-encrypt", "jenkins", "jenkins-x", "cloud-functions", "app-engine", "docker",
            "docker-enterprise", "aws-fargate", "cloud-iam",
            "microservices", "monolith", "api-gateway-pattern", "strangler-fig", "sidecar", "circuit-breaker",
            "canary-release", "automated-canary-analysis", "blue-green-deployment", "infrastructure-as-code",
            "chaos-engineering", "kubectl", "readiness-probe", "compute-engine-machine-types",
            "google-cloud-projects", "site-reliability-engineering"
        ]
        let missing = required.filter { catalog.tool($0) == nil }
        #expect(missing == [])
        #expect(catalog.stack("mercari-2018") != nil)
        #expect(catalog.stack("gke-panel-2018") != nil)
        #expect(catalog.category("cd") != nil && catalog.category("ci") != nil)
        let patterns = [
            "microservices", "monolith", "api-gateway-pattern", "strangler-fig", "sidecar", "circuit-breaker", "canary-release",
            "automated-canary-analysis", "blue-green-deployment", "infrastructure-as-code", "chaos-engineering",
            "site-reliability-engineering"
        ]
        #expect(patterns.filter { catalog.tool($0)?.hosting != .pattern } == [])
        // One marker for patterns and practices: hosting: pattern, not a tag or a role.
        #expect(catalog.tools.filter { $0.tags.contains("pattern") }.map(\.id) == [])
        #expect(catalog.role("architecture-pattern") == nil && catalog.role("deployment-pattern") == nil)
        // The Mercari stack's dedicated data centre is an in-house component.
        #expect(catalog.stack("mercari-2018")?.component("mercari-dedicated-dc")?.isInHouse == true)
        // Renamed and acquired tools say what they are today.
        #expect(catalog.tool("heptio-ark")?.lifecycle.value == .superseded)
        #expect(catalog.tool("halyard")?.lifecycle.value == .archived)
        #expect(catalog.tool("kayenta")?.repo == "https://github.com/spinnaker/spinnaker")
        #expect(catalog.tool("velero")?.since == 2017)
        #expect(catalog.tool("sentry")?.license == "FSL-1.1-ALv2")
        // Entries in Kubernetes' repository share its CNCF status.
        #expect(catalog.tools.filter { $0.repo == "https://github.com/kubernetes/kubernetes" && $0.cncf != .graduated }.map(\.id) == [])
        #expect(catalog.tool("container-builder")?.relations.contains { $0.type.value == "superseded-by" && $0.target.value == "cloud-build" } == true)
        #expect(catalog.tool("logmatic")?.relations.contains { $0.type.value == "superseded-by" && $0.target.value == "datadog" } == true)
        #expect(catalog.tool("cloud-logging")?.aliases.map(\.value).contains("Stackdriver Logging") == true)
    }

    @Test func everyRelationTypeIsUsed() throws {
        let catalog = try Repository.check().catalog
        let required = [
            "deploys-to", "runs-on", "integrates-with", "uses", "part-of", "manages", "observes", "exports-to",
            "backs-up", "backs-up-to", "migrates-from", "implements", "alternative-to", "managed-offering-of", "superseded-by"
        ]
        #expect(required.filter { catalog.relationType($0) == nil } == [])
        #expect(catalog.relationTypes.filter { catalog.edgeCount(ofType: $0.id.value) == 0 }.map(\.id.value) == [])
        #expect(catalog.relationType("integrates-with")?.symmetric == true)
        #expect(catalog.relationType("alternative-to")?.symmetric == true)
    }

    @Test func relationStylesAreDistinctAndFromThePalette() throws {
        let catalog = try Repository.check().catalog
        let styles = catalog.relationTypes.map(\.style)
        #expect(Set(styles).count == styles.count, "two relation types look the same")
        for style in styles { #expect(EdgeStyle.palette.contains(style.color), "\(style.color) is not in the palette") }
    }

    @Test func everyToolHasARelationAndTheGraphIsConnected() throws {
        let catalog = try Repository.check().catalog
        let index = RelationIndex(catalog)
        #expect(catalog.tools.filter { index.edges(of: $0.id).isEmpty }.map(\.id) == [])
        // Walk the relation graph both ways from kubernetes; every tool must be reached.
        var seen: Set<String> = ["kubernetes"]
        var pending = ["kubernetes"]
        while let next = pending.popLast() {
            for edge in index.edges(of: next) where seen.insert(edge.other).inserted { pending.append(edge.other) }
        }
        #expect(catalog.tools.map(\.id).filter { !seen.contains($0) } == [])
    }

    @Test func everyToolHasSourcesRolesAndAKnownVocabulary() throws {
        let catalog = try Repository.check().catalog
        #expect(catalog.tools.filter { $0.sources.isEmpty }.map(\.id) == [])
        // Roles are capabilities: patterns and practices that provide none have none.
        #expect(catalog.tools.filter { $0.roles.isEmpty && $0.hosting != .pattern }.map(\.id) == [])
        #expect(catalog.roles.filter { catalog.toolCount(withRole: $0.id.value) == 0 }.map(\.id.value) == [])
    }

    @Test func stacksUseTheirRings() throws {
        let catalog = try Repository.check().catalog
        let mercari = try #require(catalog.stack("mercari-2018"))
        func ring(_ id: String) -> Ring? { mercari.component(id)?.ring }
        #expect(ring("spinnaker") == .adopt)
        #expect(ring("istio") == .assess)
        #expect(ring("gremlin") == .trial)
        // One mapping: 検証中 ("being trialled") is trial for both tools the notes say it of; "can" is assess.
        #expect(ring("logmatic") == .trial)
        #expect(ring("kayenta") == .assess && ring("spinnaker-kubernetes-v2") == .assess && ring("canary-release") == .assess)
        let panel = try #require(catalog.stack("gke-panel-2018"))
        #expect(panel.component("kubernetes-rbac")?.ring == ring("kubernetes-rbac"))
        // The same product on the same day has one id in both stacks.
        #expect(panel.component("container-builder") != nil && panel.component("cloud-build") == nil)
        #expect(ring("container-builder") == .hold)
        #expect(ring("cloud-monitoring") == .hold)
        #expect(ring("error-reporting") == .hold)
        #expect(mercari.components.contains { $0.isInHouse && $0.id == "mercari-api-gateway" })
        #expect(mercari.flows.contains { $0.from.value == "circleci" && $0.to.value == "spinnaker" })
        #expect(mercari.flows.contains { $0.from.value == "cloud-logging" && $0.to.value == "bigquery" })
    }
}
