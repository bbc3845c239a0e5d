import Foundation
import Testing

/// ARCHITECTURE.md's table of targets says what each target names; Package.swift is what the compiler
/// keeps. They must agree, or the page misleads whoever adds the next layer.
@Suite("ARCHITECTURE.md matches Package.swift")
struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Each non-test target's dependencies in Package.swift, by name.
    static func packageTargets() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var targets: [String: Set<String>] = [:]
        for block in text.components(separatedBy: ".target(").dropFirst() + text.components(separatedBy: ".executableTarget(").dropFirst() {
            let body = block.components(separatedBy: "\n        ),")[0]
            guard let name = Self.quoted(in: body.components(separatedBy: "name:").dropFirst().first ?? "").first else { continue }
            let dependencies = body.components(separatedBy: "dependencies: [").dropFirst().first?.components(separatedBy: "]")[0] ?? ""
            // `.product(name: "ArgumentParser", package: "swift-argument-parser")` names the product.
            let products = dependencies.replacingOccurrences(of: #"package: "[^"]*""#, with: "", options: .regularExpression)
            targets[name] = Set(Self.quoted(in: products))
        }
        return targets
    }

    static func quoted(in text: String) -> [String] {
        text.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    }

    @Test func theTableNamesWhatEachTargetDependsOn() throws {
        let page = try String(contentsOf: Self.root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        var documented: [String: Set<String>] = [:]
        for line in page.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let name = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let names = cells[3] == "nothing" ? [] : cells[3].components(separatedBy: ", ")
            documented[name] = Set(names)
        }
        let package = try Self.packageTargets()
        let layers = package.filter { $0.key.hasPrefix("Stackcat") || $0.key == "stackcat" }
        #expect(layers.count >= 11, "\(package.keys.sorted())")
        for (name, dependencies) in layers {
            #expect(
                documented[name] == dependencies,
                "ARCHITECTURE.md says \(name) names \(documented[name].map { $0.sorted() } ?? []), Package.swift says \(dependencies.sorted())")
        }
        #expect(Set(documented.keys) == Set(layers.keys))
    }
}
