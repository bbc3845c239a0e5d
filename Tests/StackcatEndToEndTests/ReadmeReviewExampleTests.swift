import Foundation
import Testing

/// The README's section on reviewing a change shows `stackcat diff` between two of this repository's
/// own commits: the output there is what the built binary prints for them now.
@Suite("README review example")
struct ReadmeReviewExampleTests {
    static let root = Binary.packageRoot

    /// The example's command line and the output the README shows for it.
    static func example() throws -> (arguments: [String], output: String) {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Reviewing a change\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```console\n$ stackcat ").dropFirst().first?.components(separatedBy: "```\n").first)
        let command = String(block.prefix { $0 != "\n" })
        return (command.split(separator: " ").map(String.init), String(block.dropFirst(command.count + 1)))
    }

    /// A clone without the history (a shallow one) cannot run the example.
    static var hasHistory: Bool {
        guard let arguments = try? example().arguments else { return false }
        return arguments.filter { !$0.hasPrefix("-") && $0 != "diff" }.allSatisfy { revision in
            (try? Binary.runProgram("/usr/bin/env", ["git", "-C", root.path, "cat-file", "-e", revision + "^{commit}"]).status) == 0
        }
    }

    @Test(.enabled(if: hasHistory)) func theExampleIsTheBinarysOutput() throws {
        let (arguments, output) = try Self.example()
        #expect(arguments.first == "diff" && arguments.count == 3, "\(arguments)")
        for revision in arguments.dropFirst() {
            let touched = try Binary.runProgram(
                "/usr/bin/env",
                [
                    "git", "-C", Self.root.path, "diff-tree", "--no-commit-id", "--name-only", "-r",
                    revision, "--", "catalog"
                ])
            #expect(!touched.stdout.isEmpty, "\(revision) is a commit that changed the built-in catalog")
        }
        let run = try Binary.run(arguments, in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == output, "the README's example is stale: run `.build/debug/stackcat \(arguments.joined(separator: " "))` and paste its output")
    }
}
