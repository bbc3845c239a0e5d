import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatRendering
@testable import StackcatScaffold

/// The declarations of a tool file's keys drive the loader, the schema, the skeleton and the README:
/// each test here checks that a part follows every declaration, so that a new fact needs nothing else.
@Suite("ToolFact: one declaration per key of a tool file")
struct ToolFactTests {
    @Test func keysAreDeclaredOnceAndShownFactsKeepTheirOrder() {
        let keys = ToolFact.fileFacts.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(ToolFact.fileKeys == keys)
        #expect(ToolFact.all.map(\.key) == ToolFact.fileFacts.filter(\.shown).map(\.key))
        #expect(CatalogLoader.toolKeys.names == keys)
        for fact in ToolFact.fileFacts {
            #expect(!fact.documentation.isEmpty, "\(fact.key) has no documentation")
            #expect(ToolFact.named(fact.key)?.key == fact.key)
        }
    }

    /// `schema/tool.schema.json` is the generated schema; STACKCAT_RECORD=1 writes it anew (as does
    /// `stackcat schema tool --out schema`).
    @Test func committedToolSchemaIsTheGeneratedOne() throws {
        let url = Repository.root.appendingPathComponent("schema/tool.schema.json")
        let generated = CatalogSchemas.toolSchema()
        if Golden.recording { try Data(generated.utf8).write(to: url) }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "schema/tool.schema.json is stale: run 'stackcat schema tool --out schema'")
        let embedded = CatalogSchemas.schemas(embedded: [("tool.schema.json", "{}"), ("stack.schema.json", "{}")])
        #expect(embedded.map(\.text) == [generated, "{}"])
    }

    /// Every key is a property of the schema, typed by its kind, and the required ones are required.
    @Test func schemaHasAPropertyForEveryKey() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(CatalogSchemas.toolSchema().utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(ToolFact.fileKeys))
        #expect(schema["required"] as? [String] == ToolFact.fileFacts.filter { $0.presence == .required }.map(\.key))
        for fact in ToolFact.fileFacts {
            let property = try #require(properties[fact.key])
            #expect(property["description"] as? String == fact.documentation)
            let text = String(decoding: try JSONSerialization.data(withJSONObject: property, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
            switch fact.kind {
            case .url: #expect(text.contains("#/definitions/url"), "\(fact.key): \(text)")
            case .date: #expect(text.contains("#/definitions/date"), "\(fact.key): \(text)")
            case .year: #expect(text.contains("\"minimum\":1900"), "\(fact.key): \(text)")
            case .choice(let values): #expect(property["enum"].map { "\($0)" }.map { s in values.allSatisfy(s.contains) } == true, "\(fact.key): \(text)")
            case .categories, .words, .roles, .relations, .sources: #expect(text.contains("\"array\""), "\(fact.key): \(text)")
            default: break
            }
            if fact.presence != .required, !fact.isList {
                #expect(text.contains("null") || text.contains("optionalText"), "optional \(fact.key) may be written null: \(text)")
            }
        }
        let clauses = try #require(schema["allOf"] as? [[String: Any]])
        let conditional = ToolFact.fileFacts.filter {
            if case .required = $0.presence { return false }
            if case .optional = $0.presence { return false }
            return true
        }
        let requiredInClauses = clauses.compactMap { ($0["then"] as? [String: Any])?["required"] as? [String] }.flatMap { $0 }
        #expect(Set(requiredInClauses) == Set(conditional.map(\.key)))
    }
}

extension ToolFactTests {
    /// The `new tool` skeleton has a line for every key but the id (which the file name gives),
    /// in the declarations' order, stated or commented out.
    @Test func skeletonListsEveryKeyInOrder() throws {
        let catalog = try ScaffoldTests.catalog()
        let draft = try NewEntry.tool(id: "argo-cd", category: "cd", options: .init(), in: catalog)
        let lines = EntryTemplate.tool(draft).split(separator: "\n").map(String.init)
        var positions: [Int] = []
        for fact in ToolFact.fileFacts where fact.kind != .id {
            let index = lines.firstIndex { $0.hasPrefix("\(fact.key):") || $0.hasPrefix("# \(fact.key):") }
            #expect(index != nil, "the skeleton has no line for '\(fact.key)'")
            if let index { positions.append(index) }
        }
        #expect(positions == positions.sorted())
        // The init example states the values its tool has, through the same declarations.
        let kubernetes = try #require(try Repository.check().catalog.tool("kubernetes"))
        let example = EntryTemplate.tool(ToolDraft(kubernetes))
        for fact in ToolFact.all where fact.value(of: kubernetes) != nil {
            #expect(example.contains("\n\(fact.key): "), "the example does not state '\(fact.key)'")
        }
    }
}

extension ToolFactTests {
    /// The README's table of a tool file's keys (`schema tool --format markdown`) has a row per key.
    @Test func keysTableHasARowPerKey() {
        let rows = CatalogSchemas.toolKeysMarkdown().split(separator: "\n").dropFirst(2)
        #expect(rows.map { $0.split(separator: "`")[1] } == ToolFact.fileKeys.map { Substring($0) })
        #expect(rows.allSatisfy { $0.hasPrefix("| ") && $0.hasSuffix(" |") })
        #expect(ToolSchema.required(.requiredExcept([.pattern, .inHouse])) == "yes, except for patterns and in-house tools")
        #expect(ToolSchema.required(.requiredFor([.inHouse])) == "for in-house tools")
    }
}

extension ToolFactTests {
    /// A new optional URL fact declared with `ToolFact.other` needs no property of `Tool`: what the
    /// loader stores through it, every output reads back as a link.
    @Test func anUndeclaredPropertyFactIsKeptInOtherFacts() throws {
        let docs = ToolFact.other("docs_url", "Documentation", .url, doc: "http(s) URL of the documentation")
        var tool = try #require(try Repository.check().catalog.tool("kubernetes"))
        #expect(docs.value(of: tool) == nil)
        docs.store(.text(Located("https://kubernetes.io/docs/", span: .fileStart)), in: &tool)
        #expect(docs.value(of: tool) == .url("https://kubernetes.io/docs/"))
        #expect(ToolSchema.valueSchema(docs, nullable: true) == .object([("anyOf", .array([ToolSchema.ref("url"), ToolSchema.null]))]))
        #expect(EntryTemplate.comment(docs) == "optional: http(s) URL of the documentation")
    }
}
