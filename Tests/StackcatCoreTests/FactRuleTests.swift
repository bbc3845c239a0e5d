import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation
@testable import StackcatYAML

/// The fact rules: SPDX licence expressions, CNCF status shared through a repository, and tools
/// adopted after they were superseded. Each broken file gives exactly the expected diagnostics at
/// the marked positions, and the corrected file gives none.
@Suite("Fact rules")
struct FactRuleTests {
    func check(
        _ path: String, broken: String, fixed: String, base: Fixture = .valid,
        _ expected: (Marked) -> [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let marked = Marked(broken)
        #expect(base.with(path, marked.text).report() == expected(marked).map { "catalog/\(path):" + $0 }, sourceLocation: sourceLocation)
        #expect(base.with(path, fixed).report() == [], sourceLocation: sourceLocation)
    }

    static let tool = Fixture.kubernetes
    func license(_ text: String) -> String {
        Self.tool.replacingOccurrences(of: "license: Apache-2.0", with: "license: \(text)")
    }

    @Test func validExpressionsPass() {
        for value in [
            "Apache-2.0", "MIT OR Apache-2.0", "(MIT OR Apache-2.0) AND BSD-3-Clause", "GPL-2.0-or-later WITH Classpath-exception-2.0",
            "LicenseRef-RSALv2 OR SSPL-1.0 OR AGPL-3.0-only", "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
            "Apache-2.0+", "Proprietary", "NOASSERTION", "\"FSL-1.1-ALv2\"", "GPL-3.0-only WITH AdditionRef-Custom"
        ] {
            #expect(Fixture.valid.with("tools/kubernetes.yaml", license(value)).report() == [], "\(value)")
        }
    }

    @Test func unknownIdentifierWithDidYouMean() {
        check("tools/kubernetes.yaml", broken: license("1️⃣Apache-2"), fixed: Self.tool) { m in
            [
                "\(m.at(1)): error: unknown SPDX licence identifier 'Apache-2'\n  note: did you mean 'Apache-2.0'?\n  note: a licence not on the SPDX License List \(SPDXLicenseList.version) is written LicenseRef-<name>; a closed one is Proprietary"
            ]
        }
        // Every identifier of an expression is checked, each at its own position, also inside quotes.
        check("tools/kubernetes.yaml", broken: license("\"MIT OR 1️⃣FSL-1.1-Apache-2.0 OR (2️⃣BSD-3 AND MIT)\""), fixed: Self.tool) { m in
            [
                "\(m.at(1)): error: unknown SPDX licence identifier 'FSL-1.1-Apache-2.0'\n  note: a licence not on the SPDX License List \(SPDXLicenseList.version) is written LicenseRef-<name>; a closed one is Proprietary",
                "\(m.at(2)): error: unknown SPDX licence identifier 'BSD-3'\n  note: did you mean 'BSD-3-Clause'?\n  note: a licence not on the SPDX License List \(SPDXLicenseList.version) is written LicenseRef-<name>; a closed one is Proprietary"
            ]
        }
    }

    @Test func identifiersMatchCaseInsensitivelyButAreReportedInCanonicalCase() {
        check("tools/kubernetes.yaml", broken: license("1️⃣apache-2.0 OR 2️⃣mit"), fixed: Self.tool) { m in
            [
                "\(m.at(1)): warning: write 'apache-2.0' as 'Apache-2.0', as the SPDX License List does",
                "\(m.at(2)): warning: write 'mit' as 'MIT', as the SPDX License List does"
            ]
        }
    }

    @Test func deprecatedIdentifiers() {
        check("tools/kubernetes.yaml", broken: license("1️⃣GPL-2.0+"), fixed: license("GPL-2.0-or-later")) { m in
            [
                "\(m.at(1)): warning: 'GPL-2.0+' is a deprecated SPDX identifier\n  note: use the identifier that replaces it (for the GNU licences, '-only' or '-or-later'); see https://spdx.org/licenses/"
            ]
        }
    }

    @Test func exceptionsAndOperators() {
        check("tools/kubernetes.yaml", broken: license("GPL-2.0-only WITH 1️⃣Classpath-exception"), fixed: license("GPL-2.0-only WITH Classpath-exception-2.0")) {
            m in
            [
                "\(m.at(1)): error: unknown SPDX licence exception 'Classpath-exception'\n  note: did you mean 'Classpath-exception-2.0'?\n  note: after WITH comes an exception identifier from the SPDX License List \(SPDXLicenseList.version), or AdditionRef-<name>"
            ]
        }
        check("tools/kubernetes.yaml", broken: license("GPL-2.0-only WITH 1️⃣MIT"), fixed: license("GPL-2.0-only AND MIT")) { m in
            ["\(m.at(1)): error: 'MIT' is an SPDX licence, not an exception; WITH takes an exception\n  note: join two licences with AND or OR"]
        }
        check("tools/kubernetes.yaml", broken: license("1️⃣Classpath-exception-2.0"), fixed: Self.tool) { m in
            [
                "\(m.at(1)): error: 'Classpath-exception-2.0' is an SPDX licence exception, not a licence\n  note: write it after the licence it modifies: <licence> WITH Classpath-exception-2.0"
            ]
        }
        check("tools/kubernetes.yaml", broken: license("MIT 1️⃣or Apache-2.0"), fixed: license("MIT OR Apache-2.0")) { m in
            [
                "\(m.at(1)): error: expected AND, OR or WITH before 'or'\n  note: write an SPDX identifier such as Apache-2.0 or MIT, an expression such as 'MIT OR Apache-2.0', LicenseRef-<name>, or Proprietary"
            ]
            .map { $0.replacingOccurrences(of: "error: expected", with: "error: 'MIT or Apache-2.0' is not a valid SPDX licence expression: expected") }
        }
        check("tools/kubernetes.yaml", broken: license("MIT AND 1️⃣(Apache-2.0 OR BSD-3-Clause"), fixed: license("MIT AND (Apache-2.0 OR BSD-3-Clause)")) { m in
            [
                "\(m.at(1)): error: 'MIT AND (Apache-2.0 OR BSD-3-Clause' is not a valid SPDX licence expression: '(' is not closed\n  note: write an SPDX identifier such as Apache-2.0 or MIT, an expression such as 'MIT OR Apache-2.0', LicenseRef-<name>, or Proprietary"
            ]
        }
    }

    static let sharedRepo = """
        name: Kubernetes RBAC
        category: orchestration
        summary: Access control.
        homepage: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
        repo: https://github.com/kubernetes/kubernetes
        license: Apache-2.0
        hosting: self-hosted
        lifecycle: active
        roles: [container-orchestration]
        sources: [https://kubernetes.io/docs/]

        """

    @Test func entriesSharingARepositoryAgreeOnCNCFStatus() {
        let kubernetes = Self.tool.replacingOccurrences(
            of: "lifecycle: active\n", with: "lifecycle: active\nrepo: https://github.com/kubernetes/kubernetes\ncncf: 1️⃣graduated\n")
        let km = Marked(kubernetes)
        let base = Fixture.valid.with("tools/kubernetes.yaml", km.text)
        check(
            "tools/kubernetes-rbac.yaml", broken: Self.sharedRepo.replacingOccurrences(of: "repo: https", with: "repo: 1️⃣https"),
            fixed: Self.sharedRepo + "cncf: graduated\n", base: base
        ) { m in
            [
                "\(m.at(1)): warning: 'kubernetes-rbac' has no 'cncf' but shares its repository https://github.com/kubernetes/kubernetes with 'kubernetes', which has 'cncf: graduated'\n  note: CNCF status belongs to the project that owns the repository; 'kubernetes' is here"
            ]
        }
        // A superseded entry describes the project under an older name, before its CNCF status.
        let old = Self.sharedRepo.replacingOccurrences(of: "lifecycle: active", with: "lifecycle: archived")
        #expect(base.with("tools/kubernetes-rbac.yaml", old).report() == [])
    }

    static let supersededTool = """
        name: Old tool
        category: cd
        summary: Replaced.
        homepage: https://example.com/old
        license: MIT
        hosting: self-hosted
        lifecycle: superseded
        lifecycle_since: 2019-02-28
        relations:
          - type: superseded-by
            target: spinnaker
        sources: [https://example.com/old]

        """

    @Test func aStackDoesNotAdoptWhatWasSupersededBeforeItsDate() {
        let stack = Fixture.stack.replacingOccurrences(of: "sources:", with: "as_of: 2020-01-01\nsources:")
            .replacingOccurrences(of: "  - id: gateway", with: "  - tool: 1️⃣old-tool\n    ring: adopt\n  - id: gateway")
        let base = Fixture.valid.with("tools/old-tool.yaml", Self.supersededTool)
        let fixed = stack.replacingOccurrences(of: "1️⃣old-tool\n    ring: adopt", with: "old-tool\n    ring: hold")
        check("stacks/demo.yaml", broken: stack, fixed: fixed, base: base) { m in
            [
                "\(m.at(1)): warning: stack 'demo' (as of 2020-01-01) adopts 'old-tool', which was superseded on 2019-02-28\n  note: 'old-tool' became superseded here; use its successor, or another ring"
            ]
        }
        // A stack dated before the change may adopt it.
        let earlier = fixed.replacingOccurrences(of: "2020-01-01", with: "2018-04-26").replacingOccurrences(of: "ring: hold", with: "ring: adopt")
        #expect(base.with("stacks/demo.yaml", earlier).report() == [])
        // lifecycle_since on an active tool dates nothing.
        let active = Self.tool + "1️⃣lifecycle_since: 2019-01-01\n"
        let marked = Marked(active.replacingOccurrences(of: "1️⃣lifecycle_since: ", with: "lifecycle_since: 1️⃣"))
        #expect(
            Fixture.valid.with("tools/kubernetes.yaml", marked.text).report()
                == [
                    "catalog/tools/kubernetes.yaml:\(marked.at(1)): warning: 'kubernetes' is active, so 'lifecycle_since' dates nothing\n  note: remove 'lifecycle_since', or set the lifecycle that it dates"
                ])
    }
}
