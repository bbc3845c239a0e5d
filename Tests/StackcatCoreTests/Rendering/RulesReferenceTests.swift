import Foundation
import Testing

@testable import StackcatModel
@testable import StackcatRendering

/// `docs/rules.md`, the reference page that diagnostics link to: committed fresh, one section a rule,
/// and every rule's link lands on its own anchor as GitHub renders the page.
@Suite("the rules' reference page")
struct RulesReferenceTests {
    static var page: URL { Repository.root.appendingPathComponent(Rule.referencePage) }

    @Test func theCommittedPageIsFresh() throws {
        let committed = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(committed == RulesReference.markdown(), "run '.build/debug/stackcat rules --format reference > docs/rules.md'")
    }

    /// cmark-gfm renders the page; each rule's heading gets, by GitHub's rule for heading anchors,
    /// exactly its id, and every link inside the page names an anchor that exists.
    @Test func everyRuleHasItsOwnAnchorInTheRenderedPage() throws {
        let html = try ExternalTool.run("cmark-gfm", ["-e", "table", "-e", "autolink"], input: RulesReference.markdown()).stdout
        let anchors = Self.githubAnchors(html: html)
        #expect(Set(anchors).count == anchors.count, "two headings share an anchor: \(anchors)")
        for rule in Rule.all {
            let fragment = String(rule.documentationURL.split(separator: "#").last ?? "")
            #expect(fragment == rule.id)
            #expect(anchors.contains(fragment), "no heading anchors \(rule.id)")
            #expect(html.contains("<h3>\(rule.id)</h3>"), "\(rule.id) has no section of its own")
        }
        let links = html.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count == Rule.all.count)
        for link in links { #expect(anchors.contains(link), "a link to #\(link), which no heading anchors") }
        // Every example is inside a code block: nothing of an example became markup.
        #expect(!html.contains("<!-- stackcat:begin"), "a marker of an inject example was not in a code block")
    }

    @Test func aSectionHasTheSeverityPhaseSummaryExampleAndFix() {
        let page = RulesReference.markdown([Rule.licenseCase, Rule.symlinkOutside])
        #expect(page.hasPrefix(DocsGenerator.marker + "\n# Rules\n"))
        #expect(page.contains("### license-case\n\n**warning**, checked by `validate`. SPDX identifiers are written in the list's own case.\n"))
        #expect(page.contains("-license: apache-2.0\n+license: Apache-2.0\n"))
        #expect(
            page.contains(
                "Breaks it: `tools/argo-cd.yaml` is a symbolic link to `/etc/passwd`.\n\nFixed: `tools/argo-cd.yaml` is a symbolic link to `kubernetes.yaml`.\n"
            ))
    }

    @Test func controlCharactersAndBytesThatAreNotUTF8ShowAsEscapes() {
        let page = RulesReference.markdown([Rule.controlCharacter, Rule.invalidUtf8])
        #expect(page.contains("-summary: Declarative GitOps\\tcontinuous delivery for Kubernetes.\n"))
        #expect(page.contains("vendor: Argo Project \\xA9\n"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func linksPointAtTheRepositoryPublicPage() {
        #expect(Rule.unknownReference.documentationURL == "https://github.com/stackcat/stackcat/blob/main/docs/rules.md#unknown-reference")
        #expect(FileManager.default.fileExists(atPath: Self.page.path))
    }

    @Test func sarifGivesEachRuleItsHelpLink() throws {
        let sarif = SARIFFormat.render([], toolVersion: "0")
        let object = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let runs = object?["runs"] as? [[String: Any]]
        let driver = (runs?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        #expect(rules.map { $0["helpUri"] as? String } == Rule.all.map(\.documentationURL))
        #expect(driver?["informationUri"] as? String == Rule.repositoryURL)
    }

    /// The anchors GitHub gives the headings of a rendered page: the heading's text lower-cased, with
    /// everything but letters, digits, spaces, hyphens and underscores removed and spaces made hyphens;
    /// a repeated anchor gets `-1`, `-2`, ...
    static func githubAnchors(html: String) -> [String] {
        var seen: [String: Int] = [:]
        var anchors: [String] = []
        let pattern = try! NSRegularExpression(pattern: "<h[1-6]>(.*?)</h[1-6]>")
        let range = NSRange(html.startIndex..., in: html)
        for match in pattern.matches(in: html, range: range) {
            let inner = String(html[Range(match.range(at: 1), in: html)!])
            let text = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            var slug = ""
            for character in text.lowercased() {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    slug.append(character)
                } else if character == " " {
                    slug.append("-")
                }
            }
            let count = seen[slug, default: 0]
            seen[slug] = count + 1
            anchors.append(count == 0 ? slug : "\(slug)-\(count)")
        }
        return anchors
    }
}
