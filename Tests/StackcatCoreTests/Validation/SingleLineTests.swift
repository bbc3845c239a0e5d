import Testing

@testable import StackcatCore

/// Issue 21, families 2 and 4: every one-line value of every file refuses line breaks (so a name cannot
/// end a code block or a table row in what is generated from it) and has a length limit (so a 15 MB name
/// cannot make a graph's layout run for minutes). Descriptions and notes stay free text.
@Suite("One-line values are one line of bounded length")
struct SingleLineTests {
    static func codes(_ fixture: Fixture) -> [String] {
        fixture.check().diagnostics.map(\.rule.id)
    }

    @Test(arguments: [
        ("tools/kubernetes.yaml", Fixture.kubernetes.replacingOccurrences(of: "name: Kubernetes", with: "name: \"Kube\\n```\\n# Heading\"")),
        ("tools/kubernetes.yaml", Fixture.kubernetes + "vendor: \"CNCF\\u2028Linux Foundation\"\n"),
        ("tools/kubernetes.yaml", Fixture.kubernetes.replacingOccurrences(of: "aliases: [k8s]", with: "aliases: [\"k8s\\nkube\"]")),
        ("roles.yaml", Fixture.roles.replacingOccurrences(of: "name: Continuous delivery", with: "name: |\n    Continuous\n    delivery")),
        ("relations.yaml", Fixture.relations.replacingOccurrences(of: "label: deploys to", with: "label: \"deploys\\n2. to\"")),
        ("categories.yaml", Fixture.categories.replacingOccurrences(of: "name: Runtime", with: "name: \"Run\\ntime\"")),
        ("stacks/demo.yaml", Fixture.stack.replacingOccurrences(of: "name: Demo", with: "name: \"Demo\\n| a | b |\"")),
        ("stacks/demo.yaml", Fixture.stack.replacingOccurrences(of: "name: Gateway", with: "name: \"Gate\\u2029way\""))
    ])
    func lineBreaksAreRefused(_ path: String, _ contents: String) {
        #expect(Self.codes(Fixture.valid.with(path, contents)).contains("single-line"), "\(path): \(contents)")
    }

    @Test func aBlockScalarsFinalLineBreakIsNotASecondLine() throws {
        let fixture = Fixture.valid.with(
            "tools/kubernetes.yaml", Fixture.kubernetes.replacingOccurrences(of: "name: Kubernetes", with: "name: >\n  Kubernetes"))
        let check = fixture.check()
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.map(\.message))")
        #expect(check.catalog.tool("kubernetes")?.name == "Kubernetes")
    }

    @Test func lengthsAreBounded() {
        let name = String(repeating: "n", count: 201)
        let long = Fixture.valid.with("tools/kubernetes.yaml", Fixture.kubernetes.replacingOccurrences(of: "name: Kubernetes", with: "name: \(name)"))
        let diagnostics = long.check().diagnostics.filter { $0.rule == .singleLine }
        #expect(diagnostics.map(\.message) == ["'name' is 201 characters long; the limit is 200"])
        let fits = Fixture.valid.with(
            "tools/kubernetes.yaml", Fixture.kubernetes.replacingOccurrences(of: "name: Kubernetes", with: "name: \(name.dropLast())"))
        #expect(!Self.codes(fits).contains("single-line"))
        // A URL may be longer than a name, up to its own limit.
        let url = "https://kubernetes.io/" + String(repeating: "a", count: 1_500)
        #expect(!Self.codes(Fixture.valid.with("tools/kubernetes.yaml", Fixture.kubernetes + "repo: \(url)\n")).contains("single-line"))
        let tooLong = "https://kubernetes.io/" + String(repeating: "a", count: 2_100)
        #expect(Self.codes(Fixture.valid.with("tools/kubernetes.yaml", Fixture.kubernetes + "repo: \(tooLong)\n")).contains("single-line"))
    }

    @Test func descriptionsStayFreeText() {
        let described = Fixture.valid.with("tools/kubernetes.yaml", Fixture.kubernetes + "description: |\n  One paragraph.\n\n  Another one.\n")
        #expect(described.check().diagnostics.isEmpty)
    }
}
