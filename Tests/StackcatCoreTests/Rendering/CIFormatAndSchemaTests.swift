import Foundation
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

@Suite("SARIF, GitHub annotations and JSON Schemas")
struct CIFormatAndSchemaTests {
    static var sarifSchema: URL {
        Repository.testData("sarif/sarif-schema-2.1.0.json")
    }

    /// A catalog with an error that has a "did you mean", one with a note elsewhere, and a warning.
    static func brokenCheck() -> CatalogCheck {
        let broken = Fixture.valid
            .with("tools/spinnaker.yaml", Fixture.spinnaker.replacingOccurrences(of: "target: kubernetes", with: "target: kubernets"))
            .with(
                "tools/kubernetes.yaml",
                Fixture.kubernetes.replacingOccurrences(of: "sources: [https://kubernetes.io/docs/]\n", with: "")
                    + "name: Again\n")
        return broken.check()
    }

    @Test func sarifValidatesAgainstTheSchema() throws {
        let check = Self.brokenCheck()
        #expect(check.diagnostics.map(\.code) == ["missing-sources", "duplicate-key", "unknown-reference"])
        let sarif = SARIFFormat.render(check.diagnostics, toolVersion: "0.1.0")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            jsonschema.Draft7Validator(schema).validate(doc)
            r = doc["runs"][0]["results"]
            print(json.dumps([[x["ruleId"], x["level"], x["locations"][0]["physicalLocation"]["region"]["startLine"],
                               x["locations"][0]["physicalLocation"]["region"]["startColumn"],
                               x["locations"][0]["physicalLocation"]["region"]["endColumn"],
                               len(x.get("relatedLocations", [])), [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for f in x.get("fixes", [])]]
                              for x in r]))
            """
        let result = try ExternalTool.run("python3", ["-c", script, Self.sarifSchema.path, file.path], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                [["missing-sources", "warning", 1, 1, 1, 0, []], ["duplicate-key", "error", 10, 1, 5, 1, []], ["unknown-reference", "error", 11, 13, 22, 0, ["kubernetes"]]]

                """)
    }

    @Test func githubAnnotationsEscapeWhatGitHubRequires() {
        let check = Self.brokenCheck()
        let text = GitHubFormat.render(check.diagnostics)
        #expect(
            text == """
                ::warning file=catalog/tools/kubernetes.yaml,line=1,col=1,endLine=1,endColumn=1,title=stackcat missing-sources::'kubernetes' cites no sources%0Anote: add 'sources:' with the public pages its facts come from
                ::error file=catalog/tools/kubernetes.yaml,line=10,col=1,endLine=10,endColumn=4,title=stackcat duplicate-key::duplicate key 'name'%0Anote: 'name' is first defined here
                ::error file=catalog/tools/spinnaker.yaml,line=11,col=13,endLine=11,endColumn=21,title=stackcat unknown-reference::unknown relation target 'kubernets'%0Anote: did you mean 'kubernetes'?

                """)
        #expect(GitHubFormat.escapeData("100% done\r\nnext") == "100%25 done%0D%0Anext")
        #expect(GitHubFormat.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
    }

    /// Every built-in catalog file names its schema and validates against it.
    @Test func builtInCatalogMatchesTheSchemas() throws {
        let files = try Repository.catalogFiles()
        for file in files {
            let first = String(decoding: file.text.bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            let expected =
                file.relativePath.contains("/")
                ? "# yaml-language-server: $schema=../../schema/\(file.relativePath.hasPrefix("tools/") ? "tool" : "stack").schema.json"
                : "# yaml-language-server: $schema=../schema/\(file.relativePath.replacingOccurrences(of: ".yaml", with: "")).schema.json"
            #expect(first == expected, "\(file.relativePath)")
        }
        let paths = files.map { Repository.root.appendingPathComponent("catalog/" + $0.relativePath).path }
        #expect(try SchemaCheck.run(paths).filter { !$0.valid }.map(\.file) == [])
    }

    /// The fixture catalog, full of escaping hazards, is valid for `validate` and for the schemas alike.
    @Test func fixtureCatalogMatchesTheSchemas() throws {
        _ = try FixtureCatalog.load()
        let files = try Repository.catalogFiles(at: FixtureCatalog.url, displayPrefix: "")
        let paths = files.map { FixtureCatalog.url.appendingPathComponent($0.relativePath).path }
        #expect(paths.count == 9)
        #expect(try SchemaCheck.run(paths).filter { !$0.valid }.map(\.file) == [])
    }

    /// The schemas and `validate` agree on what one file may hold.
    @Test func schemasAgreeWithValidate() throws {
        let tool = Fixture.kubernetes
        func t(_ old: String, _ new: String) -> String { tool.replacingOccurrences(of: old, with: new) }
        let cases: [(String, String)] =
            [
                ("tools/kubernetes.yaml", tool),
                ("tools/kubernetes.yaml", t("name: Kubernetes\n", "")),
                ("tools/kubernetes.yaml", tool + "homepgae: https://x.io\n"),
                ("tools/kubernetes.yaml", t("name: Kubernetes", "name: yes")),
                ("tools/kubernetes.yaml", t("name: Kubernetes", "name: 2015")),
                ("tools/kubernetes.yaml", t("name: Kubernetes", "name: null")),
                ("tools/kubernetes.yaml", t("name: Kubernetes", "name: \"\"")),
                ("tools/kubernetes.yaml", tool + "since: \"2015\"\n"),
                ("tools/kubernetes.yaml", tool + "since: 14\n"),
                ("tools/kubernetes.yaml", tool + "since: 2014\n"),
                ("tools/kubernetes.yaml", t("summary: Container orchestration.", "summary: \"two\\nlines\"")),
                ("tools/kubernetes.yaml", t("summary: Container orchestration.", "summary: " + String(repeating: "x", count: 161))),
                ("tools/kubernetes.yaml", t("summary: Container orchestration.", "summary: " + String(repeating: "x", count: 160))),
                ("tools/kubernetes.yaml", t("homepage: https://kubernetes.io", "homepage: ftp://kubernetes.io")),
                ("tools/kubernetes.yaml", t("homepage: https://kubernetes.io", "homepage: kubernetes.io")),
                ("tools/kubernetes.yaml", t("hosting: self-hosted", "hosting: cloud")),
                ("tools/kubernetes.yaml", t("hosting: self-hosted", "hosting: pattern").replacingOccurrences(of: "license: Apache-2.0\n", with: "")),
                ("tools/kubernetes.yaml", t("license: Apache-2.0\n", "")),
                ("tools/kubernetes.yaml", tool + "cncf: graduated\n"),
                ("tools/kubernetes.yaml", tool + "cncf: famous\n"),
                ("tools/kubernetes.yaml", t("roles: [container-orchestration]", "roles: container-orchestration")),
                ("tools/kubernetes.yaml", t("roles: [container-orchestration]", "roles: [Container_Orchestration]")),
                ("tools/kubernetes.yaml", tool + "relations:\n  - type: uses\n"),
                ("tools/kubernetes.yaml", tool + "relations:\n  - type: uses\n    target: x\n    weight: 3\n"),
                ("tools/kubernetes.yaml", "- a\n"),
                ("stacks/demo.yaml", Fixture.stack),
                (
                    "stacks/demo.yaml",
                    Fixture.stack.replacingOccurrences(of: "- tool: spinnaker\n    ring: adopt", with: "- tool: spinnaker\n    id: x\n    ring: adopt")
                ),
                ("stacks/demo.yaml", Fixture.stack.replacingOccurrences(of: "    ring: trial\n", with: "    ring: later\n")),
                ("stacks/demo.yaml", Fixture.stack.replacingOccurrences(of: "        name: Gateway\n", with: "")),
                ("stacks/demo.yaml", Fixture.stack + "as_of: 2018-13-01\n"),
                ("stacks/demo.yaml", Fixture.stack + "as_of: 2018-04-26\n"),
                // What YAML 1.1 loaders make of dates, years and booleans (issue 10, item 8).
                ("stacks/demo.yaml", Fixture.stack + "as_of: \"2018-04-26\"\n"),
                ("stacks/demo.yaml", Fixture.stack + "as_of: 2018-02-30\n"),
                ("stacks/demo.yaml", Fixture.stack + "as_of: 2018-4-26\n"),
                ("stacks/demo.yaml", Fixture.stack + "as_of: 2018-04-26 10:30:00\n"),
                ("stacks/demo.yaml", Fixture.stack + "as_of: 20180426\n"),
                ("tools/kubernetes.yaml", t("name: Kubernetes", "name: 2014-06-06")),
                ("relations.yaml", Fixture.relations + "- id: r\n  label: r\n  symmetric: yes\n"),
                ("relations.yaml", Fixture.relations + "- id: r\n  label: r\n  symmetric: \"yes\"\n"),
                ("relations.yaml", Fixture.relations + "- id: r\n  label: r\n  inverse: s\n  symmetric: off\n"),
                ("stacks/demo.yaml", "name: Demo\nsummary: s\ncomponents: []\n"),
                ("categories.yaml", Fixture.categories),
                ("categories.yaml", Fixture.categories + "- id: Bad Id\n  name: Bad\n"),
                ("categories.yaml", Fixture.categories + "- id: extra\n"),
                ("roles.yaml", Fixture.roles + "- id: r\n  name: R\n  colour: red\n"),
                ("relations.yaml", Fixture.relations),
                ("relations.yaml", Fixture.relations + "- id: r\n  label: r\n"),
                ("relations.yaml", Fixture.relations + "- id: r\n  label: r\n  symmetric: true\n"),
                ("relations.yaml", Fixture.relations + "- id: r\n  label: r\n  inverse: s\n  style: { color: red }\n"),
                ("relations.yaml", Fixture.relations + "- id: r\n  label: r\n  inverse: s\n  style: { line: wavy }\n"),
                // Issue 14: teams, owners, in-house tools and review dates.
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: platform@example.com\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: https://chat.example.com/platform\n  description: Runs it.\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: platform at example\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: a@b\n"),
                // Issue 21: a query or path cannot hide in the domain; the local part may hold what RFC 5322 allows.
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: a@b.co?subject=hi&cc=boss@example.com\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: a@example.com/x\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: a@-example.com\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: team+ops?x@example.com\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  contact: ops@bücher.de\n"),
                ("teams.yaml", "- id: platform\n"),
                ("teams.yaml", "- id: platform\n  name: Platform\n  slack: x\n"),
                ("tools/kubernetes.yaml", tool + "owner: platform\n"),
                ("tools/kubernetes.yaml", tool + "owner: Platform Team\n"),
                ("tools/kubernetes.yaml", t("hosting: self-hosted", "hosting: in-house")),
                ("tools/kubernetes.yaml", t("hosting: self-hosted", "hosting: in-house") + "owner: platform\n"),
                (
                    "tools/kubernetes.yaml",
                    t("hosting: self-hosted", "hosting: in-house").replacingOccurrences(of: "homepage: https://kubernetes.io\n", with: "")
                        .replacingOccurrences(of: "license: Apache-2.0\n", with: "")
                        .replacingOccurrences(of: "sources: [https://kubernetes.io/docs/]", with: "sources: [docs/adr/0001.md, https://wiki.internal/k]")
                        + "owner: platform\n"
                ),
                (
                    "tools/kubernetes.yaml",
                    t("hosting: self-hosted", "hosting: in-house").replacingOccurrences(
                        of: "sources: [https://kubernetes.io/docs/]", with: "sources: [../secret.md]") + "owner: platform\n"
                ),
                ("tools/kubernetes.yaml", t("sources: [https://kubernetes.io/docs/]", "sources: [docs/adr/0001.md]")),
                ("tools/kubernetes.yaml", t("homepage: https://kubernetes.io\n", "")),
                (
                    "stacks/demo.yaml",
                    Fixture.stack.replacingOccurrences(of: "    ring: adopt\n", with: "    ring: adopt\n    owner: platform\n    reviewed: 2025-01-31\n")
                ),
                ("stacks/demo.yaml", Fixture.stack.replacingOccurrences(of: "    ring: trial\n", with: "    ring: trial\n    reviewed: \"2025-01-31\"\n")),
                ("stacks/demo.yaml", Fixture.stack.replacingOccurrences(of: "    ring: trial\n", with: "    ring: trial\n    reviewed: 2025-13-31\n")),
                ("stacks/demo.yaml", Fixture.stack.replacingOccurrences(of: "    ring: adopt\n", with: "    ring: adopt\n    reviewed: 2025\n"))
            ] + hostileCases(tool)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        var expectations: [Bool] = []
        // Codes about one file's own content; the others need the rest of the catalog.
        let local: Set<String> = [
            "yaml-syntax", "invalid-utf8", "multiple-documents", "empty-file", "unknown-key", "missing-key",
            "wrong-type", "empty-value", "invalid-value", "summary-format", "invalid-url", "invalid-id",
            "invalid-component", "id-mismatch", "missing-owner", "invalid-contact"
        ]
        for (i, (relative, contents)) in cases.enumerated() {
            let url = directory.appendingPathComponent("case\(i)/" + relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
            paths.append(url.path)
            let diagnostics = Fixture.valid.with(relative, contents).check().diagnostics
            // A reference that is not even shaped like an id can never resolve, whatever the other files say.
            func neverResolves(_ d: Diagnostic) -> Bool {
                guard d.code == "unknown-reference", let quote = d.message.lastIndex(of: "'") else { return false }
                let body = d.message[..<quote]
                guard let open = body.lastIndex(of: "'") else { return false }
                return !Identifier.isValid(String(body[body.index(after: open)...]))
            }
            expectations.append(
                !diagnostics.contains {
                    $0.severity == .error && (local.contains($0.code) || neverResolves($0)) && $0.location?.path == "catalog/" + relative
                })
        }
        let results = try SchemaCheck.run(paths)
        #expect(results.count == cases.count)
        // validate checks the calendar (issue 21: 2018-02-30 is an error); a schema pattern cannot, and
        // YAML 1.1 loaders read an unquoted date as a timestamp, of no JSON type, which the schema lets by.
        let calendarOnly = cases.firstIndex { $0.1.hasSuffix("as_of: 2018-02-30\n") }
        for (i, result) in results.enumerated() {
            if i == calendarOnly {
                #expect(!expectations[i], "validate refuses a date that is not in the calendar")
                continue
            }
            #expect(
                result.valid == expectations[i], "case \(i): schema says \(result.valid) (\(result.errors)), validate says \(expectations[i]):\n\(cases[i].1)")
        }
    }
}

/// The shape, typing and id cases of the hostile suite (`HostileInputTests`), as files the schemas can
/// judge too. Left out: invalid UTF-8 and NUL bytes (the cases here are text), the alias bomb and the
/// 100,000-deep nesting (limits of the reader that a schema cannot express, and that PyYAML would
/// expand or overflow on), and file-name checks (a schema sees only the content).
func hostileCases(_ tool: String) -> [(String, String)] {
    var cases: [(String, String)] = [
        ("tools/kubernetes.yaml", "name: Probe\nroles:\n\t- deploy\n"),
        ("tools/kubernetes.yaml", ""),
        ("tools/kubernetes.yaml", "# just a comment\n# and another\n"),
        ("tools/kubernetes.yaml", tool + "---\nname: Second\n"),
        ("tools/kubernetes.yaml", "just a scalar\n"),
        ("tools/kubernetes.yaml", "- a\n- b\n"),
        ("roles.yaml", "id: x\nname: y\n"),
        ("tools/kubernetes.yaml", tool + "{a: b}: c\n"),
        ("tools/kubernetes.yaml", tool + "[a, b]: c\n"),
        ("tools/kubernetes.yaml", tool + "since: 1850\n"),
        ("tools/kubernetes.yaml", tool.replacingOccurrences(of: "name: Kubernetes", with: "name: ~"))
    ]
    for id in ["../escape", "a/b", "Upper", String(repeating: "a", count: 65), String(repeating: "a", count: 64)] {
        cases.append(("categories.yaml", "- id: \(id)\n  name: X\n- id: cd\n  name: CD\n"))
    }
    return cases
}

enum SchemaCheck {
    struct Result: Decodable {
        var file: String
        var valid: Bool
        var errors: [String]
    }

    static func run(_ paths: [String]) throws -> [Result] {
        let script = Repository.root.appendingPathComponent("Tests/schema_check.py").path
        let schemas = Repository.root.appendingPathComponent("schema").path
        let result = try ExternalTool.run("python3", [script, schemas] + paths, input: "")
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map { try JSONDecoder().decode(Result.self, from: Data($0.utf8)) }
    }
}
