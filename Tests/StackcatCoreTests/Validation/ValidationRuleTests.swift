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

/// One test per validation rule: the broken file gives exactly the expected diagnostics at the
/// marked positions, and the corrected file gives none.
@Suite("Validation rules")
struct ValidationRuleTests {
    /// Checks `broken` (with markers) against `expected`, then `fixed` against no diagnostics.
    func check(
        _ path: String, broken: String, fixed: String, base: Fixture = .valid,
        _ expected: (Marked) -> [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let marked = Marked(broken)
        let report = base.with(path, marked.text).report()
        #expect(report == expected(marked).map { "catalog/\(path):" + $0 }, sourceLocation: sourceLocation)
        #expect(base.with(path, fixed).report() == [], sourceLocation: sourceLocation)
    }

    static let tool = Fixture.kubernetes

    @Test func theFixtureIsValid() {
        #expect(Fixture.valid.report() == [])
    }

    @Test func unknownKeyWithDidYouMean() {
        check("tools/kubernetes.yaml", broken: Self.tool + "1️⃣homepgae: https://x.io\n", fixed: Self.tool) { m in
            ["\(m.at(1)): error: unknown key 'homepgae'\n  note: did you mean 'homepage'?"]
        }
        check("tools/kubernetes.yaml", broken: Self.tool + "1️⃣colour: red\n", fixed: Self.tool) { m in
            ["\(m.at(1)): error: unknown key 'colour'\n  note: known keys: " + CatalogLoader.toolKeys.names.joined(separator: ", ")]
        }
    }

    @Test func aMisspeltRequiredKeyIsReportedOnce() {
        let broken = Self.tool.replacingOccurrences(of: "homepage: https://kubernetes.io", with: "1️⃣homepgae: https://kubernetes.io")
        check("tools/kubernetes.yaml", broken: broken, fixed: Self.tool) { m in
            ["\(m.at(1)): error: unknown key 'homepgae'\n  note: did you mean 'homepage'?"]
        }
    }

    @Test func missingRequiredKey() {
        let broken = "1️⃣" + Self.tool.replacingOccurrences(of: "homepage: https://kubernetes.io\n", with: "")
        check("tools/kubernetes.yaml", broken: broken, fixed: Self.tool) { m in
            ["\(m.at(1)): error: tool 'kubernetes' has no 'homepage'\n  note: add 'homepage:'"]
        }
    }

    @Test func wrongTypes() {
        let listName = Self.tool.replacingOccurrences(of: "name: Kubernetes", with: "name: 1️⃣[Kubernetes]")
        check("tools/kubernetes.yaml", broken: listName, fixed: Self.tool) { m in
            ["\(m.at(1)): error: 'name' must be a string, found a list"]
        }
        let yes = Self.tool.replacingOccurrences(of: "name: Kubernetes", with: "name: 1️⃣yes")
        check("tools/kubernetes.yaml", broken: yes, fixed: Self.tool.replacingOccurrences(of: "name: Kubernetes", with: "name: \"yes\"")) { m in
            ["\(m.at(1)): error: 'name' must be a string, found a boolean 'yes'\n  note: quote it to keep it as text: name: \"yes\""]
        }
        let number = Self.tool.replacingOccurrences(of: "name: Kubernetes", with: "name: 1️⃣2015")
        check("tools/kubernetes.yaml", broken: number, fixed: Self.tool) { m in
            ["\(m.at(1)): error: 'name' must be a string, found an integer '2015'\n  note: quote it to keep it as text: name: \"2015\""]
        }
        check("tools/kubernetes.yaml", broken: Self.tool + "since: 1️⃣\"2014\"\n", fixed: Self.tool + "since: 2014\n") { m in
            ["\(m.at(1)): error: 'since' must be a year written as a number, found the string \"2014\"\n  note: remove the quotes: since: 2014"]
        }
        check("tools/kubernetes.yaml", broken: Self.tool + "since: 1️⃣last year\n", fixed: Self.tool + "since: 2014\n") { m in
            ["\(m.at(1)): error: 'since' must be a year such as 2015, found 'last year'"]
        }
        check("tools/kubernetes.yaml", broken: Self.tool + "since: 1️⃣14\n", fixed: Self.tool + "since: 2014\n") { m in
            ["\(m.at(1)): error: 'since' must be a year such as 2015, found '14'"]
        }
        let roles = Self.tool.replacingOccurrences(of: "roles: [container-orchestration]", with: "roles: 1️⃣container-orchestration")
        check("tools/kubernetes.yaml", broken: roles, fixed: Self.tool) { m in
            ["\(m.at(1)): error: 'roles' must be a list, found a string\n  note: write it as a list: roles: [container-orchestration]"]
        }
    }

    @Test func invalidChoice() {
        let broken = Self.tool.replacingOccurrences(of: "hosting: self-hosted", with: "hosting: 1️⃣selfhosted")
        check("tools/kubernetes.yaml", broken: broken, fixed: Self.tool) { m in
            [
                "\(m.at(1)): error: 'selfhosted' is not a valid hosting\n  note: did you mean 'self-hosted'?\n  note: 'hosting' is one of: self-hosted, managed, saas, library, specification, pattern, in-house"
            ]
        }
    }

    @Test func emptyString() {
        let broken = Self.tool.replacingOccurrences(of: "name: Kubernetes", with: "name: 1️⃣\"  \"")
        check("tools/kubernetes.yaml", broken: broken, fixed: Self.tool) { m in
            ["\(m.at(1)): error: 'name' is empty\n  note: give it a value, or remove the key if it is optional"]
        }
    }

    @Test func summaryRules() {
        let multi = Self.tool.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: 1️⃣\"Container\\norchestration.\"")
        check("tools/kubernetes.yaml", broken: multi, fixed: Self.tool) { m in
            ["\(m.at(1)): error: 'summary' must be a single line\n  note: put longer text under 'description'"]
        }
        let long = String(repeating: "x", count: 161)
        let tooLong = Self.tool.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: 1️⃣\(long)")
        let fine = Self.tool.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: \(long.dropLast())")
        check("tools/kubernetes.yaml", broken: tooLong, fixed: fine) { m in
            ["\(m.at(1)): error: 'summary' is 161 characters long; the limit is 160\n  note: shorten it, and put longer text under 'description'"]
        }
    }

    @Test func urlMustBeHTTP() {
        let broken = Self.tool.replacingOccurrences(of: "homepage: https://kubernetes.io", with: "homepage: 1️⃣ftp://kubernetes.io")
        check("tools/kubernetes.yaml", broken: broken, fixed: Self.tool) { m in
            ["\(m.at(1)): error: 'ftp://kubernetes.io' is not an http(s) URL\n  note: 'homepage' takes an absolute URL starting with https:// or http://"]
        }
    }

    @Test func invalidIDs() {
        let broken = Fixture.categories + "- id: 1️⃣Bad_Id\n  name: Bad\n"
        check("categories.yaml", broken: broken, fixed: Fixture.categories + "- id: bad-id\n  name: Bad\n") { m in
            [
                "\(m.at(1)): error: 'Bad_Id' is not a valid id\n  note: an id is lower-case letters and digits in words joined by single hyphens\n  note: for example 'bad-id'"
            ]
        }
        let long = String(repeating: "a", count: 65)
        check(
            "categories.yaml", broken: Fixture.categories + "- id: 1️⃣\(long)\n  name: Long\n",
            fixed: Fixture.categories + "- id: \(long.dropLast())\n  name: Long\n"
        ) { m in
            ["\(m.at(1)): error: '\(long)' is not a valid id\n  note: it is 65 characters long; the limit is 64\n  note: for example '\(long.dropLast())'"]
        }
    }

    @Test func fileNameMustBeAValidID() {
        var base = Fixture.valid
        base.files["tools/Bad.Name.yaml"] = Self.tool.replacingOccurrences(of: "aliases: [k8s]\n", with: "")
        #expect(
            base.report() == [
                "catalog/tools/Bad.Name.yaml:1:1: error: file name 'Bad.Name.yaml' does not make a valid id\n  note: the file name is the id: lower-case kebab-case, at most 64 characters, then .yaml or .yml\n  note: rename it to 'bad-name.yaml'"
            ])
    }

    @Test func idKeyMustMatchFileName() {
        check("tools/kubernetes.yaml", broken: "id: 1️⃣kubernetis\n" + Self.tool, fixed: "id: kubernetes\n" + Self.tool) { m in
            [
                "\(m.at(1)): error: id 'kubernetis' does not match the file name 'kubernetes.yaml'\n  note: rename the file to 'kubernetis.yaml', or remove the 'id' key"
            ]
        }
    }

    @Test func sameIDInTwoFiles() {
        var base = Fixture.valid
        base.files["stacks/spinnaker.yaml"] = Fixture.stack
        #expect(
            base.report() == [
                "catalog/tools/spinnaker.yaml:1:1: error: tool or stack id 'spinnaker' is already used\n  note: 'spinnaker' is first defined here"
            ])
        let m = Marked(Fixture.roles + "- id: 1️⃣continuous-delivery\n  name: Again\n")
        let report = Fixture.valid.with("roles.yaml", m.text).check().diagnostics
        #expect(
            report.map(Fixture.describe) == [
                "catalog/roles.yaml:\(m.at(1)): error: role id 'continuous-delivery' is already used\n  note: 'continuous-delivery' is first defined here"
            ])
        #expect(report.first?.notes.first?.location?.span.start.line == 1)
    }

    @Test func unresolvedReferences() {
        let category = Self.tool.replacingOccurrences(of: "category: orchestration", with: "category: 1️⃣orchestrashun")
        check("tools/kubernetes.yaml", broken: category, fixed: Self.tool) { m in
            ["\(m.at(1)): error: unknown category 'orchestrashun'\n  note: did you mean 'orchestration'?"]
        }
        let role = Self.tool.replacingOccurrences(of: "roles: [container-orchestration]", with: "roles: [1️⃣container-orchestrator]")
        check("tools/kubernetes.yaml", broken: role, fixed: Self.tool) { m in
            ["\(m.at(1)): error: unknown role 'container-orchestrator'\n  note: did you mean 'container-orchestration'?"]
        }
        let type = Fixture.spinnaker.replacingOccurrences(of: "type: deploys-to", with: "type: 1️⃣deploy-to")
        check("tools/spinnaker.yaml", broken: type, fixed: Fixture.spinnaker) { m in
            ["\(m.at(1)): error: unknown relation type 'deploy-to'\n  note: did you mean 'deploys-to'?"]
        }
        let target = Fixture.spinnaker.replacingOccurrences(of: "target: kubernetes", with: "target: 1️⃣kubernets")
        check("tools/spinnaker.yaml", broken: target, fixed: Fixture.spinnaker) { m in
            ["\(m.at(1)): error: unknown relation target 'kubernets'\n  note: did you mean 'kubernetes'?"]
        }
        let alias = Fixture.spinnaker.replacingOccurrences(of: "target: kubernetes", with: "target: 1️⃣k8s")
        check("tools/spinnaker.yaml", broken: alias, fixed: Fixture.spinnaker) { m in
            ["\(m.at(1)): error: unknown relation target 'k8s'\n  note: 'k8s' is an alias of 'kubernetes'; references use ids: write 'kubernetes'"]
        }
        let parent = Fixture.categories.replacingOccurrences(of: "parent: runtime", with: "parent: 1️⃣runtim")
        check("categories.yaml", broken: parent, fixed: Fixture.categories) { m in
            ["\(m.at(1)): error: unknown parent category 'runtim'\n  note: did you mean 'runtime'?"]
        }
        let component = Fixture.stack.replacingOccurrences(of: "- tool: spinnaker", with: "- tool: 1️⃣spinaker")
            .replacingOccurrences(of: "to: spinnaker", with: "to: 2️⃣spinaker")
        check("stacks/demo.yaml", broken: component, fixed: Fixture.stack) { m in
            ["\(m.at(1)): error: unknown tool 'spinaker'\n  note: did you mean 'spinnaker'?"]
        }
        let flow = Fixture.stack.replacingOccurrences(of: "from: gateway", with: "from: 1️⃣gatway")
        check("stacks/demo.yaml", broken: flow, fixed: Fixture.stack) { m in
            ["\(m.at(1)): error: unknown flow endpoint 'gatway'\n  note: did you mean 'gateway'?"]
        }
    }

    @Test func categoryCycle() {
        // Reported once, at the link from the category with the smallest id on the cycle.
        let broken = Fixture.categories.replacingOccurrences(
            of: "- id: delivery\n  name: Delivery\n",
            with: "- id: delivery\n  name: Delivery\n  parent: cd\n"
        )
        .replacingOccurrences(of: "parent: delivery", with: "parent: 1️⃣delivery")
        check("categories.yaml", broken: broken, fixed: Fixture.categories) { m in
            ["\(m.at(1)): error: category parents form a cycle: cd → delivery → cd\n  note: categories form a tree: remove one of these 'parent' links"]
        }
    }

    @Test func relationToItself() {
        let broken = Fixture.spinnaker.replacingOccurrences(of: "target: kubernetes", with: "target: 1️⃣spinnaker")
        check("tools/spinnaker.yaml", broken: broken, fixed: Fixture.spinnaker) { m in
            ["\(m.at(1)): error: 'spinnaker' cannot have a 'deploys-to' relation to itself"]
        }
    }

    @Test func relationDeclaredTwice() {
        let broken = Fixture.spinnaker + "  - type: deploys-to\n    target: 1️⃣kubernetes\n"
        let fixed = Fixture.spinnaker.replacingOccurrences(of: "sources: [https://spinnaker.io/docs/]\n", with: "") + "sources: [https://spinnaker.io/docs/]\n"
        let moved = Fixture.spinnaker.replacingOccurrences(of: "sources: [https://spinnaker.io/docs/]\n", with: "")
        check("tools/spinnaker.yaml", broken: moved + "  - type: deploys-to\n    target: 1️⃣kubernetes\nsources: [https://spinnaker.io/docs/]\n", fixed: fixed) {
            m in
            ["\(m.at(1)): error: relation 'deploys-to' to 'kubernetes' is declared twice\n  note: first declared here"]
        }
        _ = broken
    }

    @Test func symmetricRelationFromBothEnds() {
        let base = Fixture.valid.with("tools/kubernetes.yaml", Self.tool + "relations:\n  - type: integrates-with\n    target: spinnaker\n")
        let moved = Fixture.spinnaker.replacingOccurrences(of: "sources: [https://spinnaker.io/docs/]\n", with: "")
        check(
            "tools/spinnaker.yaml", broken: moved + "  - type: integrates-with\n    target: 1️⃣kubernetes\nsources: [https://spinnaker.io/docs/]\n",
            fixed: Fixture.spinnaker, base: base
        ) { m in
            [
                "\(m.at(1)): error: 'integrates-with' is symmetric and 'kubernetes' already declares it with 'spinnaker'\n  note: declared from the other end here; keep one of the two"
            ]
        }
    }

    @Test func supersededNeedsASuccessor() {
        let broken = Self.tool.replacingOccurrences(of: "lifecycle: active", with: "lifecycle: 1️⃣superseded")
        let fixed = broken.replacingOccurrences(of: "1️⃣", with: "") + "relations:\n  - type: superseded-by\n    target: spinnaker\n"
        check("tools/kubernetes.yaml", broken: broken, fixed: fixed) { m in
            [
                "\(m.at(1)): error: 'kubernetes' is superseded but names no successor\n  note: add a relation '- type: superseded-by' with the successor as its target"
            ]
        }
    }

    @Test func missingSourcesIsAWarning() {
        let broken = Self.tool.replacingOccurrences(of: "sources: [https://kubernetes.io/docs/]\n", with: "")
        let check = Fixture.valid.with("tools/kubernetes.yaml", broken).check()
        #expect(
            check.diagnostics.map(Fixture.describe) == [
                "catalog/tools/kubernetes.yaml:1:1: warning: 'kubernetes' cites no sources\n  note: add 'sources:' with the public pages its facts come from"
            ])
        #expect(check.errorCount == 0)
        #expect(check.warningCount == 1)
    }

    @Test func vocabularyFilesMustExist() {
        #expect(
            Fixture.valid.without("roles.yaml").report().contains(
                "error: the catalog 'catalog' has no roles.yaml\n  note: create catalog/roles.yaml: every catalog needs its categories, roles and relations"))
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let broken =
            Self.tool.replacingOccurrences(of: "hosting: self-hosted", with: "hosting: cloud")
            .replacingOccurrences(of: "category: orchestration", with: "category: nowhere") + "homepgae: x\n"
        let spinnaker = Fixture.spinnaker.replacingOccurrences(of: "target: kubernetes", with: "target: nothing")
        let report = Fixture.valid.with("tools/kubernetes.yaml", broken).with("tools/spinnaker.yaml", spinnaker).report()
        #expect(report.count == 4)
    }

    @Test func wrongTopLevelShapes() {
        #expect(
            Fixture.valid.with("tools/kubernetes.yaml", "- a\n- b\n").report()
                == ["catalog/tools/kubernetes.yaml:1:1: error: 'a tool file' must be a mapping of keys, found a list\n  note: start the file with 'name: ...'"])
        #expect(
            Fixture.valid.with("tools/kubernetes.yaml", "# only a comment\n").report()
                == ["catalog/tools/kubernetes.yaml:1:1: error: the file is empty; expected a mapping of keys"])
        #expect(
            Fixture.valid.with("roles.yaml", "id: x\n").report().first?.hasPrefix(
                "catalog/roles.yaml:1:1: error: 'role file' must be a list of entries, found a mapping") == true)
        let keyMapping = Marked(Self.tool + "1️⃣{a: b}: c\n")
        #expect(
            Fixture.valid.with("tools/kubernetes.yaml", keyMapping.text).report()
                == ["catalog/tools/kubernetes.yaml:\(keyMapping.at(1)): error: a key must be a string, found a mapping"])
    }
}
