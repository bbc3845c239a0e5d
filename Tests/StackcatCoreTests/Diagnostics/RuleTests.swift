import CatalogLayout
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

@Suite("The rule table")
struct RuleTests {
    @Test func idsAreUniqueKebabCaseAndDescribed() {
        let ids = Rule.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in Rule.all {
            #expect(Identifier.isValid(rule.id), "\(rule.id)")
            #expect(rule.summary.hasSuffix("."), "\(rule.id)")
            #expect(Rule.named(rule.id) == rule)
        }
    }

    @Test func everyRuleHasTwoDifferentExamplesOfItsPhase() {
        // The examples themselves run through the pipeline in RuleExampleTests (end to end).
        for rule in Rule.all {
            #expect(rule.triggering != rule.passing, "\(rule.id)")
            #expect(!rule.triggering.file.isEmpty && !rule.passing.file.isEmpty, "\(rule.id)")
            if rule.topic == .merge {
                // A file of the catalog that --into names: a tool or stack file, or a vocabulary.
                for example in [rule.triggering, rule.passing] {
                    #expect(CatalogLayout.kind(of: example.file) != .unexpected, "\(rule.id): \(example.file)")
                }
            } else if rule.phase == .import {
                let file = rule.topic == .landscape ? "landscape.yml" : "catalog-info.yaml"
                #expect(rule.triggering.file == file && rule.passing.file == file, "\(rule.id)")
            }
        }
    }

    /// Every rule id is written in one file under Sources/: its rule's. Code elsewhere names the rule
    /// (`Rule.unknownKey.id`), so renaming an id is one edit.
    @Test func everyRuleIdIsWrittenOnlyInItsRuleFile() throws {
        let sources = Self.packageRoot.appendingPathComponent("Sources")
        var writtenIn: [String: [String]] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            let relative = String(url.path.dropFirst(Self.packageRoot.path.count + 1))
            for rule in Rule.all where text.contains("\"\(rule.id)\"") { writtenIn[rule.id, default: []].append(relative) }
        }
        for rule in Rule.all {
            let file = "Sources/StackcatModel/Rules/Rule+\(Self.typeName(rule.id)).swift"
            #expect(writtenIn[rule.id]?.contains(file) == true, "\(rule.id) is not declared in \(file)")
            let elsewhere = (writtenIn[rule.id] ?? []).filter { $0 != file }
            #expect(elsewhere.isEmpty, "\(rule.id) is also written in \(elsewhere)")
        }
    }

    /// Every rule file says what checks its rule: it holds its checks on the loaded catalog
    /// (`extension CatalogRules`, each of which the driver runs), or names the function that checks it
    /// (the reader, the loader, an importer) in a `/// Checked by` line, and that function exists.
    @Test func everyRuleFileHoldsOrNamesItsCheck() throws {
        let root = Self.packageRoot
        var everySource = ""
        let files = FileManager.default.enumerator(at: root.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            if url.pathExtension == "swift" { everySource += try String(contentsOf: url, encoding: .utf8) }
        }
        let driver = try ["Sources/StackcatValidation/CatalogValidator.swift", "Sources/StackcatValidation/CatalogCheck.swift"]
            .map { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.joined()
        let declared = try Regex(#"static package func (\w+)\("#)
        // `Type.function`; a type alone (`ContactCheck`) is a pointer for the reader, not checked here.
        let named = try Regex(#"`\w+\.([a-z]\w*)`"#)
        for rule in Rule.all {
            let text = try String(contentsOf: root.appendingPathComponent("Sources/StackcatModel/Rules/Rule+\(Self.typeName(rule.id)).swift"), encoding: .utf8)
            if let checks = text.firstRange(of: "extension CatalogRules {") {
                #expect(rule.phase == .validate, "\(rule.id) is checked on the catalog but is not a validate rule")
                let names = text[checks.upperBound...].matches(of: declared).map { String($0.output[1].substring!) }
                #expect(!names.isEmpty, "\(rule.id)'s CatalogRules extension declares no check")
                for name in Set(names) {
                    #expect(driver.contains("CatalogRules.\(name)("), "\(rule.id): CatalogRules.\(name) is not run by CatalogValidator or CatalogCheck")
                }
            } else {
                let line = text.split(separator: "\n").first { $0.hasPrefix("/// Checked by `") }
                #expect(line != nil, "\(rule.id) neither holds its check nor names the function that checks it")
                for match in line.map({ $0.matches(of: named) }) ?? [] {
                    let function = String(match.output[1].substring!)
                    let declaration = function == "init" ? "init(" : "func \(function)("
                    #expect(everySource.contains(declaration), "\(rule.id) names \(function), which no source declares")
                }
            }
        }
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `unknown-key` -> `UnknownKey`, as rule files are named.
    static func typeName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    @Test func sarifListsEveryRuleWithItsLevel() throws {
        let sarif = SARIFFormat.render([], toolVersion: "0")
        let object = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let runs = object?["runs"] as? [[String: Any]]
        let driver = (runs?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        #expect(rules.map { $0["id"] as? String } == Rule.all.map(\.id))
        let levels = rules.map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }
        #expect(levels == Rule.all.map(\.severity.rawValue))
    }

    @Test func listingsCarryEveryRule() {
        let table = Listings.rules()
        #expect(table.rows.map { $0[0] } == Rule.all.map(\.id))
        #expect(table.rows.first { $0[0] == "missing-sources" }?[1] == "warning")
        #expect(table.rows.first { $0[0] == "successor-lifecycle" }?[1] == "warning")
        #expect(table.rows.first { $0[0] == "missing-successor" }?[1] == "error")
    }
}
