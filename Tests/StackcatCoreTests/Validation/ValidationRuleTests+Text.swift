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

@Suite("Search folding")
struct SearchFoldingTests {
    @Test func foldsCaseAccentsAndWidth() {
        #expect(Search.fold("Vélero") == "velero")
        #expect(Search.fold("VELERO") == "velero")
        #expect(Search.fold("Ｖｅｌｅｒｏ") == "velero")
        #expect(Search.fold("Ve\u{301}lero") == "velero")
        #expect(Search.fold("Straße Øresund Łódź") == "strasse oresund lodz")
        #expect(Search.fold("日本語") == "日本語")
    }
}

/// Control characters and tags: item 1 and item 8 of issue 12 (these tests failed before: ESC,
/// bidi overrides and tabs were accepted, `!!binary` was silently ignored, `!!int Probe` was
/// reported as an integer).
extension ValidationRuleTests {
    @Test func controlCharactersInEveryTextField() {
        let tool = Self.tool
        let escName = tool.replacingOccurrences(of: "name: Kubernetes", with: "name: \"Kube1️⃣\\e]52;c;aGk=\\arnetes\"")
        check("tools/kubernetes.yaml", broken: escName, fixed: tool) { m in
            [
                "\(m.at(1)): error: 'name' holds the control character U+001B (ESC)\n  note: a terminal acts on control characters instead of showing them; remove it"
            ]
        }
        let raw = tool.replacingOccurrences(of: "summary: Container orchestration.", with: "summary: Container 1️⃣\u{202E}orchestration.")
        check("tools/kubernetes.yaml", broken: raw, fixed: tool) { m in
            [
                "\(m.at(1)): error: 'summary' holds the control character U+202E (RIGHT-TO-LEFT OVERRIDE)\n  note: a terminal acts on control characters instead of showing them; remove it"
            ]
        }
        let c1 = tool + "vendor: \"CNCF1️⃣\\x9b31m\"\n"
        check("tools/kubernetes.yaml", broken: c1, fixed: tool + "vendor: CNCF\n") { m in
            [
                "\(m.at(1)): error: 'vendor' holds the control character U+009B (CSI)\n  note: a terminal acts on control characters instead of showing them; remove it"
            ]
        }
        let tag = tool.replacingOccurrences(of: "aliases: [k8s]", with: "aliases: [k8s, \"k1️⃣\\u2066s\"]")
        check("tools/kubernetes.yaml", broken: tag, fixed: tool) { m in
            [
                "\(m.at(1)): error: 'aliases' holds the control character U+2066 (LEFT-TO-RIGHT ISOLATE)\n  note: a terminal acts on control characters instead of showing them; remove it"
            ]
        }
        let tab = tool + "language: \"Go1️⃣\\tC\"\n"
        check("tools/kubernetes.yaml", broken: tab, fixed: tool + "description: \"Tabs\\tare fine here.\\n\"\nlanguage: Go\n") { m in
            [
                "\(m.at(1)): error: 'language' holds the control character U+0009 (TAB)\n  note: a terminal acts on control characters instead of showing them; remove it\n  note: a tab is allowed only in a description"
            ]
        }
        // A vocabulary field, on a later line of a multi-line scalar of a CRLF file.
        let roles =
            "- id: continuous-delivery\r\n  name: Continuous delivery\r\n- id: container-orchestration\r\n  name: \"Container\r\n    1️⃣\\r orchestration\"\r\n"
        check("roles.yaml", broken: roles, fixed: Fixture.roles) { m in
            [
                "\(m.at(1)): error: 'name' holds the control character U+000D (CR)\n  note: a terminal acts on control characters instead of showing them; remove it"
            ]
        }
    }

    @Test func bidiMarksAndNonASCIIStayAllowed() {
        let tool = Self.tool.replacingOccurrences(of: "name: Kubernetes", with: "name: \"Kübernetes \u{05E2}\u{200F} \u{061C}\"")
        #expect(Fixture.valid.with("tools/kubernetes.yaml", tool).report() == [])
    }

    @Test func unsupportedAndMisfittingTags() {
        let tool = Self.tool
        check("tools/kubernetes.yaml", broken: tool + "language: 1️⃣!!binary aGVsbG8=\n", fixed: tool + "language: Go\n") { m in
            ["\(m.at(1)): error: tag !!binary is not supported\n  note: catalog values need no tags; remove '!!binary'"]
        }
        check("tools/kubernetes.yaml", broken: tool + "vendor: 1️⃣!foo Acme\n", fixed: tool + "vendor: !!str Acme\n") { m in
            ["\(m.at(1)): error: unknown tag !foo\n  note: catalog values need no tags; remove '!foo'"]
        }
        let probe = tool.replacingOccurrences(of: "name: Kubernetes", with: "name: 1️⃣!!int Probe")
        check("tools/kubernetes.yaml", broken: probe, fixed: tool) { m in
            ["\(m.at(1)): error: the tag !!int is wrong: 'Probe' is not an integer\n  note: remove '!!int'"]
        }
        check("tools/kubernetes.yaml", broken: tool.replacingOccurrences(of: "aliases: [k8s]", with: "aliases: 1️⃣!!set [k8s]"), fixed: tool) { m in
            ["\(m.at(1)): error: tag !!set is not supported\n  note: catalog values need no tags; remove '!!set'"]
        }
    }
}

@Suite("Diagnostic caps on duplicate keys")
struct DuplicateKeyCapTests {
    @Test func aFloodOfDuplicateKeysKeepsOnlyTheCapAndCountsTheRest() {
        let flood = "name: Kubernetes\n" + String(repeating: "name: Again\n", count: 50_000)
        let broken = Fixture.valid.with("tools/kubernetes.yaml", Fixture.kubernetes + flood)
        let check = CatalogCheck(files: broken.catalogFiles, requireVocabularies: "catalog", limits: .standard)
        #expect(check.diagnostics.count <= DiagnosticLimits.standard.perFile)
        #expect(check.errorCount >= 50_000, "every duplicate key is still counted")
        #expect(check.omittedErrors >= 50_000 - DiagnosticLimits.standard.perFile)
        #expect(check.diagnostics.allSatisfy { $0.rule == .duplicateKey || $0.location?.path != "catalog/tools/kubernetes.yaml" })
    }

    @Test func theReaderKeepsAtMostTheLimit() {
        let text = SourceText(path: "x.yaml", text: "a: 1\n" + String(repeating: "a: 2\n", count: 1_000))
        let (root, diagnostics, omitted) = YAMLReader().read(text, limit: 10)
        #expect(root != nil)
        #expect(diagnostics.count == 10)
        #expect(omitted == 990)
        #expect(YAMLReader().read(text).diagnostics.count == 1_000, "no limit: every one")
    }
}
