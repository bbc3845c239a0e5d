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

/// A value for templates in tests: named fields.
private struct Fields: TemplateObject {
    var fields: [String: TemplateValue]
    init(_ fields: [String: TemplateValue]) { self.fields = fields }
    func value(named key: String) -> TemplateValue { fields[key] ?? .none }
}

private func render(_ text: String, _ fields: [String: TemplateValue], partials: [String: String] = [:]) throws -> String {
    var library = SiteTemplateLibrary()
    try library.register(text, named: "page")
    for (name, partial) in partials { try library.register(partial, named: name) }
    return try #require(library.render(Fields(fields), withTemplate: "page"))
}

private func items(_ names: [String]) -> TemplateValue {
    .list(names.map { Fields(["name": .text($0)]).templateValue })
}

@Suite("site templates")
struct SiteTemplateTests {
    @Test func variablesAreEscapedOnBytesAndTripleMustachesAreNot() throws {
        let value = TemplateValue.text("<a href=\"x\">Tom & Jerry's</a>")
        #expect(
            try render("{{v}}|{{{v}}}", ["v": value])
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|<a href=\"x\">Tom & Jerry's</a>")
        // A quote followed by a combining mark is one Character, which a Character-wise escaper leaves
        // alone: inside an attribute it would end the value.
        #expect(
            try render("<p title=\"{{v}}\">", ["v": .text("a\"\u{301} onclick=x")])
                == "<p title=\"a&quot;\u{301} onclick=x\">")
        #expect(try render("[{{missing}}][{{flag}}][{{n}}]", ["flag": .flag(true), "n": 12.templateValue]) == "[][true][12]")
    }

    @Test func sectionsFollowTheirValues() throws {
        let template = "{{#v}}yes:{{.}}{{/v}}{{^v}}no{{/v}}"
        #expect(try render(template, ["v": .text("x")]) == "yes:x")
        #expect(try render(template, ["v": .text("")]) == "yes:")
        #expect(try render(template, ["v": .flag(false)]) == "no")
        #expect(try render(template, [:]) == "no")
        #expect(try render(template, ["v": .list([])]) == "no")
        #expect(try render("{{#v}}<{{name}}>{{/v}}", ["v": items(["a", "b"])]) == "<a><b>")
    }

    @Test func firstAndEmptyTransforms() throws {
        let list = "{{#v}}{{^first()}}, {{/first()}}{{name}}{{/v}}"
        #expect(try render(list, ["v": items(["a", "b", "c"])]) == "a, b, c")
        // first() belongs to the list section it is directly in: a partial or a pushed value has none.
        #expect(
            try render("{{#v}}{{> p}}{{/v}}", ["v": items(["a", "b"])], partials: ["p": "{{^first()}}+{{/first()}}{{name}}"])
                == "+a+b")
        let empty = "{{^empty(v)}}has{{/empty(v)}}{{#empty(v)}}none{{/empty(v)}}"
        #expect(try render(empty, ["v": items(["a"])]) == "has")
        #expect(try render(empty, ["v": .list([])]) == "none")
        #expect(try render(empty, ["v": .text("")]) == "none")
        // A missing value has no emptiness: the inverted section shows, the section does not.
        #expect(try render(empty, [:]) == "has")
    }

    @Test func missingNamesAreLookedUpInEnclosingValues() throws {
        let inner = Fields(["name": .text("inner"), "note": .none])
        #expect(
            try render("{{#o}}{{name}}/{{note}}/{{title}}{{/o}}", ["o": inner.templateValue, "title": .text("T"), "note": .text("outer")])
                == "inner/outer/T")
    }

    @Test func standaloneLinesLeaveNoTrace() throws {
        let template = """
            <ul>
            {{#v}}
              <li>{{name}}</li>
            {{/v}}
            </ul>
            {{^v}}
            empty
            {{/v}}
            {{> foot}}
            end

            """
        #expect(
            try render(template, ["v": items(["a", "b"])], partials: ["foot": "<foot>\n"])
                == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n<foot>\nend\n")
        // A tag that shares its line with text keeps the line and its indentation.
        #expect(try render("  {{#v}}x{{/v}}\n", ["v": .flag(true)]) == "  x\n")
        #expect(try render("a {{#v}}\nx\n{{/v}} b\n", ["v": .flag(true)]) == "a \nx\n b\n")
    }

    @Test func malformedTemplatesAreRejectedWithWhere() {
        let cases = [
            "{{#a}}never closed", "{{#a}}x{{/b}}", "{{/a}}", "{{! comment }}", "{{a", "{{{a}}", "{{f(g(a))}}",
            "  {{> indented}}\n", "{{a.b}}", "{{}}", "{{(a)}}"
        ]
        for text in cases {
            #expect(throws: SiteTemplate.ParseError.self, "\(text)") { try SiteTemplate(text, named: "t") }
        }
        do {
            _ = try SiteTemplate("ok\n{{#a}}", named: "card")
            Issue.record("an unclosed section parsed")
        } catch {
            #expect(error.description.hasPrefix("site template card, byte "))
        }
    }
}
