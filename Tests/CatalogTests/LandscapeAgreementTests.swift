import Foundation
import Testing

@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatValidation
@testable import StackcatYAML

/// Facts of the built-in catalog agree with the real CNCF landscape data for every tool it lists.
@Suite("CNCF landscape agreement")
struct LandscapeAgreementTests {
    struct Item {
        var name: String
        var homepage: String?
        var repo: String?
        var project: String?
    }

    static var landscapePath: URL {
        Repository.testData("cncf-landscape/landscape.yml")
    }

    /// Items of the landscape's product categories (members, partners and the Wasm and AI views repeat
    /// products under other names and are left out).
    static func items() throws -> [Item] {
        let data = try Data(contentsOf: landscapePath)
        let (root, diagnostics) = YAMLReader().read(SourceText(path: "landscape.yml", bytes: Array(data)))
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
        func get(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
            node?.mapping?.first { $0.key.scalar?.value == key }?.value
        }
        var items: [Item] = []
        for category in get(root, "landscape")?.sequence ?? [] {
            let categoryName = get(category, "name")?.scalar?.value ?? ""
            if ["CNCF Members", "Special", "Wasm", "AI Native Infra"].contains(categoryName) { continue }
            for sub in get(category, "subcategories")?.sequence ?? [] {
                for item in get(sub, "items")?.sequence ?? [] {
                    guard let name = get(item, "name")?.scalar?.value else { continue }
                    items.append(
                        Item(
                            name: name, homepage: get(item, "homepage_url")?.scalar?.value,
                            repo: get(item, "repo_url")?.scalar?.value, project: get(item, "project")?.scalar?.value))
                }
            }
        }
        return items
    }

    /// Lower case, without a trailing "(...)" and without anything but letters and digits.
    static func key(_ name: String) -> String {
        var text = name.lowercased()
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") { text = String(text[..<open]) }
        return String(text.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Scheme, "www." and trailing slashes do not make two URLs different.
    static func url(_ text: String?) -> String? {
        guard var t = text?.lowercased() else { return nil }
        for prefix in ["https://", "http://"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        if t.hasPrefix("www.") { t.removeFirst(4) }
        while t.hasSuffix("/") { t.removeLast() }
        return t
    }

    /// Disagreements with the landscape data that the catalog keeps on purpose, each with its reason.
    static let knownDisagreements: [String: String] = [
        "jenkins-x: homepage is https://jayex.io/, landscape 'JenkinsX' says https://jenkins-x.io/":
            "the project renamed itself JayeX (jayex.io) in June 2026, jenkins-x/jx commit 635d141a6 on main; the landscape still has the old name"
    ]

    @Test func factsAgreeWithTheLandscape() throws {
        let catalog = try Repository.check().catalog
        var toolsByKey: [String: Tool] = [:]
        for tool in catalog.tools {
            for name in [tool.name, tool.id] + tool.aliases.map(\.value) { toolsByKey[Self.key(name)] = tool }
        }
        var matched: Set<String> = []
        var disagreements: [String] = []
        for item in try Self.items() {
            guard let tool = toolsByKey[Self.key(item.name)] else { continue }
            matched.insert(tool.id)
            if item.project != tool.cncf?.rawValue {
                disagreements.append("\(tool.id): cncf is \(tool.cncf?.rawValue ?? "absent"), landscape '\(item.name)' says \(item.project ?? "absent")")
            }
            if Self.url(item.homepage) != Self.url(tool.homepage) {
                disagreements.append("\(tool.id): homepage is \(tool.homepage), landscape '\(item.name)' says \(item.homepage ?? "absent")")
            }
            if let repo = item.repo, Self.url(repo) != Self.url(tool.repo) {
                disagreements.append("\(tool.id): repo is \(tool.repo ?? "absent"), landscape '\(item.name)' says \(repo)")
            }
        }
        // Each known disagreement is listed with its reason; one that no longer occurs fails too, so the
        // list cannot go stale.
        #expect(disagreements.filter { Self.knownDisagreements[$0] == nil } == [], "disagreements not explained")
        #expect(Self.knownDisagreements.keys.filter { !disagreements.contains($0) }.sorted() == [], "explained but no longer found")
        // The landscape lists these; if matching by name broke, the check above would pass vacuously.
        for id in [
            "kubernetes", "istio", "envoy", "grpc", "velero", "spinnaker", "terraform", "gke", "jenkins-x", "stackdriver",
            "cloud-build", "circleci", "datadog", "sentry", "redis", "rabbitmq", "gremlin", "jenkins"
        ] {
            #expect(matched.contains(id), "\(id) should match a landscape item")
        }
    }
}
