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

/// Random catalog text that tries to break or inject into every output syntax.
struct HostileText {
    static let alphabet: [String] = [
        "\"", "\\", "<", ">", "&", "|", "[", "]", "{", "}", "(", ")", "`", "\n", "\r", "\t",
        "\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "#", "*",
        "_", "~", "=", "+", "-", "@", "%", "!", "$", "^", ";", ":", ",", "'", " ", " ", "a", "b",
        "Z", "0", "日", "本", "é", "🚀", "ש", "ع", "\u{200F}", "\u{202E}", "\u{301}", "&amp;",
        "<script>", "-->", "<!--", "\\N", "%0A", "end", "subgraph", "::error", "=HYPERLINK("
    ]
    static let lineBreaks: Set<String> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    var generator: SeededGenerator

    mutating func text(maxPieces: Int = 12, singleLine: Bool = false) -> String {
        let count = Int.random(in: 1...maxPieces, using: &generator)
        var out = ""
        for _ in 0..<count {
            var piece = Self.alphabet.randomElement(using: &generator)!
            if singleLine && Self.lineBreaks.contains(piece) { piece = " " }
            out += piece
        }
        return out
    }

    /// A YAML double-quoted scalar holding exactly `text`.
    static func yaml(_ text: String) -> String {
        YAMLWriter.quoted(text)
    }
}

@Suite("Output safety with random hostile text")
struct OutputSafetyPropertyTests {
    struct Case {
        var files: [CatalogFile]
        var names: [String: String]
    }

    /// A catalog whose every free-text value is random hostile text: valid but for the control
    /// characters, which validation reports and the renderers still meet (defence in depth).
    static func randomCatalog(seed: UInt64) -> Case {
        var random = HostileText(generator: SeededGenerator(state: seed))
        let y = HostileText.yaml
        var names: [String: String] = [:]
        func name() -> String { "N" + random.text() }
        let categories = "- id: alpha\n  name: \(y(name()))\n  description: \(y("D" + random.text()))\n- id: beta\n  name: \(y(name()))\n  parent: alpha\n"
        let roles = "- id: r1\n  name: \(y(name()))\n- id: r2\n  name: \(y(name()))\n"
        let relations =
            "- id: rel\n  label: \(y(name()))\n  inverse: \(y(name()))\n- id: sym\n  label: \(y(name()))\n  symmetric: true\n  style: { color: \"#aa00aa\", line: dotted }\n"
        var files = [("categories.yaml", categories), ("roles.yaml", roles), ("relations.yaml", relations)]
        let ids = ["t-one", "t-two", "t-three"]
        for (i, id) in ids.enumerated() {
            let toolName = name()
            names[id] = toolName
            let other = ids[(i + 1) % ids.count]
            files.append(
                (
                    "tools/\(id).yaml",
                    """
                    name: \(y(toolName))
                    category: \(i == 0 ? "alpha" : "beta")
                    summary: \(y("S" + random.text(singleLine: true)))
                    description: \(y("D" + random.text(maxPieces: 30)))
                    homepage: https://example.com/\(id)
                    license: MIT
                    language: \(y("L" + random.text()))
                    vendor: \(y("V" + random.text()))
                    hosting: \(["saas", "managed", "pattern"][i])
                    lifecycle: active
                    aliases: [\(y("A" + random.text()))]
                    tags: [\(y("T" + random.text()))]
                    roles: [r1, r2]
                    relations:
                      - type: \(i == 1 ? "sym" : "rel")
                        target: \(other)
                        note: \(y(random.text()))
                    sources: [https://example.com/source]

                    """
                ))
        }
        files.append(
            (
                "stacks/s.yaml",
                """
                name: \(y(name()))
                summary: \(y("S" + random.text(singleLine: true)))
                sources: [https://example.com/talk]
                components:
                  - tool: t-one
                    ring: adopt
                    role: \(y(random.text()))
                  - tool: t-two
                    ring: hold
                  - id: inhouse
                    name: \(y(name()))
                    category: beta
                    ring: trial
                    role: \(y(random.text()))
                flows:
                  - from: inhouse
                    to: t-one
                    label: \(y(random.text()))

                """
            ))
        return Case(files: files.map { CatalogFile(relativePath: $0.0, displayPath: "catalog/" + $0.0, contents: $0.1) }, names: names)
    }

    static let seeds: [UInt64] = Array(1...24)

    func catalog(_ seed: UInt64) throws -> (Catalog, Case) {
        let c = Self.randomCatalog(seed: seed)
        let check = CatalogCheck(files: c.files, requireVocabularies: "catalog")
        // The loader reports control characters and line breaks in one-line values but keeps the text, so
        // the renderers below still meet it.
        let others = check.diagnostics.filter { $0.rule != .controlCharacter && $0.rule != .singleLine }
        #expect(others.isEmpty, "seed \(seed): \(others.map(Fixture.describe))")
        return (check.catalog, c)
    }

    /// What the importer writes reads back as exactly what it meant, quoted or plain, alone or in a list.
    @Test(arguments: seeds) func yamlWriterRoundTrips(seed: UInt64) throws {
        var random = HostileText(generator: SeededGenerator(state: seed))
        let values = (0..<8).map { _ in random.text() } + ["a\"b", "x, y", "plain", "yes", "2015", "- dash", "#hash", "a: b"]
        let text =
            values.enumerated().map { "k\($0.offset): \(YAMLWriter.scalar($0.element))" }.joined(separator: "\n")
            + "\nlist: " + YAMLWriter.list(values) + "\n"
        let (root, diagnostics) = YAMLReader().read(SourceText(path: "w.yaml", text: text))
        #expect(diagnostics.isEmpty, "seed \(seed): \(diagnostics.map(\.message))")
        let pairs = try #require(root?.mapping)
        for (i, value) in values.enumerated() {
            let scalar = pairs[i].value.scalar
            #expect(scalar?.value == value && scalar?.resolvedType == .string, "seed \(seed): \(value.debugDescription)")
        }
        #expect(pairs.last?.value.sequence?.map { $0.scalar?.value } == values.map { Optional($0) }, "seed \(seed)")
    }

    @Test(arguments: seeds) func graphvizAcceptsEveryGraph(seed: UInt64) throws {
        let (catalog, _) = try catalog(seed)
        try Graphviz.check(DOTFormat().render(try GraphQuery().build(from: catalog)), name: "seed \(seed)")
        var query = GraphQuery()
        query.stack = "s"
        try Graphviz.check(DOTFormat(direction: .TB).render(try query.build(from: catalog)), name: "seed \(seed) stack")
    }

    @Test(arguments: seeds) func markdownTablesKeepTheirShape(seed: UInt64) throws {
        let (catalog, _) = try catalog(seed)
        for file in DocsFiles(catalog: catalog).all() where file.path.hasSuffix(".md") {
            try GFMTables.check(file.contents, name: "seed \(seed) \(file.path)")
        }
        try GFMTables.check(
            MarkdownTableFormat().render(Comparison(tools: catalog.tools, in: catalog).table, options: .plain),
            name: "seed \(seed) compare")
    }

    @Test(arguments: seeds) func mermaidLabelsAreQuotedAndEscaped(seed: UInt64) throws {
        let (catalog, _) = try catalog(seed)
        var query = GraphQuery()
        query.stack = "s"
        for graph in [try GraphQuery().build(from: catalog), try query.build(from: catalog)] {
            var text = MermaidFormat().render(graph)
            // The title is front matter: YAML, which Mermaid shows as plain text (checked below).
            if text.hasPrefix("---\ntitle: ") {
                let lines = text.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false)
                let title = lines[1].dropFirst("title: ".count)
                #expect(title.hasPrefix("\"") && title.hasSuffix("\"") && lines[2] == "---", "seed \(seed): one quoted title line")
                #expect(
                    !title.dropFirst().dropLast().replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "").contains("\""),
                    "seed \(seed): quotes in the title escaped")
                text = String(lines[3])
            }
            // By scalar, as Mermaid reads it: a combining accent after a quote must not hide the quote.
            var outside = String.UnicodeScalarView()
            var inside = String.UnicodeScalarView()
            var quoted = false
            for scalar in text.unicodeScalars {
                if scalar == "\"" {
                    quoted.toggle()
                    continue
                }
                if quoted { inside.append(scalar) } else { outside.append(scalar) }
            }
            // `<br>` between stacked labels is stackcat's own markup, never catalog text.
            let insideText = String(inside).replacingOccurrences(of: "<br>", with: " ")
            let outsideText = String(outside)
            #expect(!quoted, "seed \(seed): quotes balance")
            // (Each `#code;` entity ends in a semicolon, so a raw ";" is no sign of trouble.)
            for bad in ["<", ">", "|", "`", "\\", "[", "]", "{", "}", "(", ")", "\r", "\u{85}", "\u{2028}", "*", "_", "~"] {
                #expect(!insideText.unicodeScalars.contains(bad.unicodeScalars.first!), "seed \(seed): a label holds a raw \(bad.debugDescription)")
            }
            #expect(!insideText.unicodeScalars.contains("\n"), "seed \(seed): a label spans lines")
            // Outside the labels there is only stackcat's own syntax: ASCII ids, arrows, keywords, styles.
            #expect(outsideText.unicodeScalars.allSatisfy { $0.isASCII && ($0.value >= 0x20 || $0 == "\n") }, "seed \(seed)")
            for line in outsideText.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let allowed =
                    trimmed.hasPrefix("flowchart ") || trimmed.hasPrefix("subgraph c_") || trimmed == "end"
                    || trimmed.hasPrefix("t_") || trimmed.hasPrefix("linkStyle ") || trimmed.hasPrefix("classDef ") || trimmed.hasPrefix("class ")
                #expect(allowed, "seed \(seed): unexpected Mermaid line \(trimmed)")
            }
        }
    }

    @Test(arguments: seeds) func csvReadsBackExactly(seed: UInt64) throws {
        let (catalog, _) = try catalog(seed)
        let table = Comparison(tools: catalog.tools, in: catalog).table
        let csv = CSVTableFormat().render(table, options: .plain) + CSVTableFormat().render(Listings.tools(catalog.tools, in: catalog), options: .plain)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = "import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let result = try ExternalTool.run("python3", ["-c", script, file.path], input: "")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONDecoder().decode([[String]].self, from: Data(result.stdout.utf8))
        let listing = Listings.tools(catalog.tools, in: catalog)
        let expected = ([table.columns.map(\.title)] + table.rows + [listing.columns.map(\.title)] + listing.rows).map { row in
            row.map { cell -> String in
                // Controls, which validation refuses, come out as visible pictures.
                let cell = CSVTableFormat.visibleControls(cell)
                // A cell that a spreadsheet would run as a formula is defused with a leading apostrophe.
                if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { return "'" + cell }
                return cell
            }
        }
        #expect(rows == expected, "seed \(seed)")
    }

    @Test(arguments: seeds) func jsonParsesAndRoundTrips(seed: UInt64) throws {
        let (catalog, c) = try catalog(seed)
        let list = try JSONSerialization.jsonObject(with: Data(Listings.toolsJSON(catalog.tools).rendered().utf8)) as? [[String: Any]]
        for object in list ?? [] {
            let id = object["id"] as? String ?? ""
            #expect(object["name"] as? String == c.names[id], "seed \(seed): \(id)")
        }
        var query = GraphQuery()
        query.stack = "s"
        for text in [
            GraphJSONFormat.render(try GraphQuery().build(from: catalog)), GraphJSONFormat.render(try query.build(from: catalog)),
            Comparison(tools: catalog.tools, in: catalog).json.rendered(),
            CatalogJSON.stack(catalog.stacks[0]).rendered(),
            CatalogJSON.toolDetail(catalog.tools[0], in: catalog).rendered()
        ] {
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
            let again = try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys])
            let reparsed = try JSONSerialization.jsonObject(with: again)
            #expect(NSDictionary(dictionary: ["v": parsed]).isEqual(to: ["v": reparsed]), "seed \(seed)")
        }
    }
}
