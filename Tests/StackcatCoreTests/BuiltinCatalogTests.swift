import Foundation
import Testing
@testable import StackcatCore

enum Repository {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Third-party data committed under Tests/Fixtures/data (its README gives source and licence).
    static func testData(_ relative: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures/data").appendingPathComponent(relative)
    }

    /// The repository's catalog/, read as the executable reads it.
    static func catalogFiles() throws -> [CatalogFile] {
        try catalogFiles(at: root.appendingPathComponent("catalog"), displayPrefix: "catalog/")
    }

    /// The YAML files of a catalog directory, with paths shown as `displayPrefix` + relative path.
    static func catalogFiles(at catalog: URL, displayPrefix: String) throws -> [CatalogFile] {
        var files: [CatalogFile] = []
        for sub in ["", "tools/", "stacks/"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: catalog.appendingPathComponent(sub).path)
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let data = try Data(contentsOf: catalog.appendingPathComponent(sub + name))
                files.append(CatalogFile(relativePath: sub + name, text: SourceText(path: displayPrefix + sub + name, bytes: Array(data))))
            }
        }
        return files
    }

    static func check() throws -> CatalogCheck {
        CatalogCheck(files: try catalogFiles(), requireVocabularies: "catalog")
    }
}

@Suite("Built-in catalog")
struct BuiltinCatalogTests {
    @Test func validatesStrictly() throws {
        let check = try Repository.check()
        #expect(check.diagnostics.map(Fixture.describe) == [])
    }

    /// Every tool, pattern and stack that the 2018 GCPUG notes name.
    @Test func describesEverythingTheSeedNotesName() throws {
        let catalog = try Repository.check().catalog
        let required = ["kubernetes", "gke", "gke-node-pools", "cluster-autoscaler", "horizontal-pod-autoscaler",
                        "kubernetes-ingress", "ingress-gce", "cloud-load-balancing", "kubernetes-rbac", "kubernetes-namespaces",
                        "borg", "grpc", "protocol-buffers", "spinnaker", "spinnaker-kubernetes-v2", "halyard", "kayenta",
                        "chaos-monkey", "circleci", "istio", "envoy", "terraform", "cloud-sql", "cloud-spanner", "stackdriver",
                        "cloud-logging", "cloud-monitoring", "error-reporting", "google-cloud-observability", "bigquery",
                        "datadog", "logmatic", "sentry", "external-dns", "cloud-dns", "heptio-ark", "velero", "cloud-storage",
                        "container-builder", "cloud-build", "artifact-analysis", "gremlin", "redis", "memorystore", "rabbitmq",
                        "cloud-pubsub", "lets-encrypt", "jenkins", "jenkins-x", "cloud-functions", "app-engine", "docker",
                        "docker-enterprise", "aws-fargate", "cloud-iam",
                        "microservices", "monolith", "api-gateway", "strangler-fig", "sidecar", "circuit-breaker",
                        "canary-release", "automated-canary-analysis", "blue-green-deployment", "infrastructure-as-code",
                        "chaos-engineering"]
        let missing = required.filter { catalog.tool($0) == nil }
        #expect(missing == [])
        #expect(catalog.stack("mercari-2018") != nil)
        #expect(catalog.stack("gke-panel-2018") != nil)
        #expect(catalog.category("cd") != nil && catalog.category("ci") != nil)
        let patterns = ["microservices", "monolith", "api-gateway", "strangler-fig", "sidecar", "circuit-breaker", "canary-release",
                        "automated-canary-analysis", "blue-green-deployment", "infrastructure-as-code", "chaos-engineering"]
        #expect(patterns.filter { catalog.tool($0)?.hosting != .pattern } == [])
        // Renamed and acquired tools say what they are today.
        #expect(catalog.tool("heptio-ark")?.lifecycle.value == .superseded)
        #expect(catalog.tool("container-builder")?.relations.contains { $0.type.value == "superseded-by" && $0.target.value == "cloud-build" } == true)
        #expect(catalog.tool("logmatic")?.relations.contains { $0.type.value == "superseded-by" && $0.target.value == "datadog" } == true)
        #expect(catalog.tool("cloud-logging")?.aliases.map(\.value).contains("Stackdriver Logging") == true)
    }

    @Test func everyRelationTypeIsUsed() throws {
        let catalog = try Repository.check().catalog
        let required = ["deploys-to", "runs-on", "integrates-with", "uses", "part-of", "manages", "observes", "exports-to",
                        "backs-up-to", "implements", "alternative-to", "managed-offering-of", "superseded-by"]
        #expect(required.filter { catalog.relationType($0) == nil } == [])
        #expect(catalog.relationTypes.filter { catalog.edgeCount(ofType: $0.id.value) == 0 }.map(\.id.value) == [])
        #expect(catalog.relationType("integrates-with")?.symmetric == true)
        #expect(catalog.relationType("alternative-to")?.symmetric == true)
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
        #expect(catalog.tools.filter { $0.roles.isEmpty }.map(\.id) == [])
        #expect(catalog.roles.filter { catalog.toolCount(withRole: $0.id.value) == 0 }.map(\.id.value) == [])
    }

    @Test func stacksUseTheirRings() throws {
        let catalog = try Repository.check().catalog
        let mercari = try #require(catalog.stack("mercari-2018"))
        func ring(_ id: String) -> Ring? { mercari.component(id)?.ring }
        #expect(ring("spinnaker") == .adopt)
        #expect(ring("istio") == .assess)
        #expect(ring("gremlin") == .trial)
        #expect(ring("container-builder") == .hold)
        #expect(ring("cloud-monitoring") == .hold)
        #expect(ring("error-reporting") == .hold)
        #expect(mercari.components.contains { $0.isInHouse && $0.id == "mercari-api-gateway" })
        #expect(mercari.flows.contains { $0.from.value == "circleci" && $0.to.value == "spinnaker" })
        #expect(mercari.flows.contains { $0.from.value == "cloud-logging" && $0.to.value == "bigquery" })
    }
}
