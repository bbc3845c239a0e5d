import Foundation
import Testing

@testable import StackcatModel

/// The rules in CONTRIBUTING.md's "The built-in catalog" that can be checked offline.
@Suite("Editorial rules")
struct EditorialRulesTests {
    /// Every tool and stack says when its facts were last checked; `.ci/run`'s `--max-age 400` ages them.
    @Test func everyToolAndStackCarriesAReviewDate() throws {
        let catalog = try Repository.check().catalog
        #expect(catalog.tools.filter { $0.otherFacts["reviewed"] == nil }.map(\.id) == [])
        #expect(catalog.stacks.filter { $0.reviewed == nil }.map(\.id) == [])
    }

    /// The default branch of each repository a source cites a file of, when it is neither main nor master.
    static let otherDefaultBranches = ["redis/redis": "unstable"]

    /// A GitHub file is cited at HEAD of the default branch: not at a commit, a tag or another branch.
    @Test func githubFilesAreCitedAtTheDefaultBranch() throws {
        let catalog = try Repository.check().catalog
        var wrong: [String] = []
        for tool in catalog.tools {
            for source in tool.sources {
                guard let (repo, ref) = Self.githubFileRef(source) else { continue }
                let expected = Self.otherDefaultBranches[repo].map { [$0] } ?? ["main", "master"]
                if !expected.contains(ref) { wrong.append("\(tool.id): \(source)") }
            }
        }
        #expect(wrong == [])
        #expect(Self.githubFileRef("https://github.com/a/b/blob/0123abc/LICENSE")! == ("a/b", "0123abc"))
        #expect(Self.githubFileRef("https://github.com/a/b/releases/tag/v1.0") == nil)
    }

    /// "owner/name" and the ref of a github.com blob or tree URL.
    static func githubFileRef(_ url: String) -> (String, String)? {
        let parts = url.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // https:, github.com, owner, name, blob|tree, ref, ...
        guard parts.count >= 6, parts[1] == "github.com", ["blob", "tree"].contains(parts[4]) else { return nil }
        return ("\(parts[2])/\(parts[3])", parts[5])
    }

    /// Aggregators, resellers and wikis that earlier rounds cited where a primary source exists.
    static let aggregatorHosts = [
        "centerconsulting.com", "stackshare.io", "relayto.com", "wideops.com", "what-when-how.com",
        "hackernoon.com", "googblogs.com", "verifyrecruitment.com", "blogspot.com", "icannwiki.org",
        "wikipedia.org", "grokipedia", "medium.com/@"
    ]

    @Test func noAggregatorIsCited() throws {
        let catalog = try Repository.check().catalog
        let cited =
            catalog.tools.flatMap { tool in tool.sources.map { (tool.id, $0) } } + catalog.stacks.flatMap { stack in stack.sources.map { (stack.id, $0) } }
        #expect(cited.filter { _, url in Self.aggregatorHosts.contains { url.contains($0) } }.map { "\($0.0): \($0.1)" } == [])
    }

    /// `implements` is defined for patterns.
    @Test func implementsPointsAtPatterns() throws {
        let catalog = try Repository.check().catalog
        var wrong: [String] = []
        for tool in catalog.tools {
            for relation in tool.relations where relation.type.value == "implements" {
                if catalog.tool(relation.target.value)?.hosting != .pattern { wrong.append("\(tool.id) implements \(relation.target.value)") }
            }
        }
        #expect(wrong == [])
    }

    /// Everything from the Kubernetes project's organisations shares its graduated status.
    @Test func kubernetesSubProjectsCarryItsCNCFStatus() throws {
        let catalog = try Repository.check().catalog
        let kubernetes = catalog.tools.filter {
            ($0.repo ?? "").hasPrefix("https://github.com/kubernetes/") || ($0.repo ?? "").hasPrefix("https://github.com/kubernetes-sigs/")
        }
        #expect(kubernetes.count >= 9)
        #expect(kubernetes.filter { $0.cncf != .graduated }.map(\.id) == [])
    }

    /// Superseded, archived and deprecated entries say since when, except these, whose date no primary
    /// source at hand gives.
    static let undatedLifecycles = [
        "halyard":
            "the repository's archiving date is GitHub metadata, not in its history (its last commit is of 2025-04-11; the monorepo removed Halyard on 2026-07-29, which dates no archiving)",
        "logmatic": "Datadog's press release of the acquisition gives no day we could verify",
        "stackdriver": "Google's announcement of the operations suite gives no day we could verify"
    ]

    @Test func lifecycleChangesAreDated() throws {
        let catalog = try Repository.check().catalog
        let undated = catalog.tools.filter { $0.lifecycle.value != .active && $0.lifecycleSince == nil }.map(\.id)
        #expect(undated == Self.undatedLifecycles.keys.sorted())
    }

    /// A rename is findable: every "called X until" and "formerly X" names an alias of the entry, or the
    /// name or an alias of a superseded entry that points at it; and the target of a superseded-by
    /// relation whose note says "renamed" mentions the old name in its summary or description.
    @Test func renamesAreFindable() throws {
        let catalog = try Repository.check().catalog
        var missing: [String] = []
        for tool in catalog.tools {
            var names = Set(tool.aliases.map(\.value) + [tool.name])
            for old in catalog.tools where old.relations.contains(where: { $0.type.value == "superseded-by" && $0.target.value == tool.id }) {
                names.formUnion(old.aliases.map(\.value) + [old.name])
            }
            for old in Self.formerNames(in: tool.summary + " " + (tool.description ?? "")) where !names.contains(old) {
                missing.append("\(tool.id): '\(old)'")
            }
            for relation in tool.relations where relation.type.value == "superseded-by" && (relation.note ?? "").lowercased().contains("renamed") {
                let text = catalog.tool(relation.target.value).map { $0.summary + " " + ($0.description ?? "") } ?? ""
                if !([tool.name] + tool.aliases.map(\.value)).contains(where: { text.contains($0) }) {
                    missing.append("\(relation.target.value): does not mention '\(tool.name)'")
                }
            }
        }
        #expect(missing == [])
        #expect(catalog.tool("jenkins-x")?.name == "JayeX")
        #expect(
            Self.formerNames(in: "Serverless CI; called Container Builder until 2018. Formerly Stackdriver Logging.")
                == ["Container Builder", "Stackdriver Logging"])
        #expect(Self.formerNames(in: "balancers (formerly HTTP(S) Load Balancing), and more") == ["HTTP(S) Load Balancing"])
    }

    /// The names after "called ... until" and "formerly ...", up to punctuation that ends a name.
    static func formerNames(in text: String) -> [String] {
        var names: [String] = []
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        for pattern in [#"called ([A-Z][^,;.]*?) until"#, #"[Ff]ormerly ([A-Z][^,;.]*)"#] {
            let regex = try! NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: flat, range: NSRange(flat.startIndex..., in: flat)) {
                guard let range = Range(match.range(at: 1), in: flat) else { continue }
                var name = String(flat[range]).trimmingCharacters(in: .whitespaces)
                // "(formerly HTTP(S) Load Balancing)": drop a closing parenthesis the name does not open.
                while name.hasSuffix(")") && name.filter({ $0 == ")" }).count > name.filter({ $0 == "(" }).count { name.removeLast() }
                names.append(name)
            }
        }
        return names
    }
}
