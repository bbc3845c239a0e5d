import Foundation
import Testing

extension FederationEndToEndTests {
    /// A path the repository lacks at that ref is the `path:` line's mistake: named there, with the
    /// URL, the ref and what to correct.
    @Test func aMissingPathInAGitRepositoryIsReportedAtItsLine() throws {
        let repo = try Repository()
        defer { repo.remove() }
        try repo.addServices(["payments"])
        let remote = try Self.remote("payments", tools: ["payments-api": Repository.tool("Payments API", owner: "platform")], tag: "v1")
        defer { try? FileManager.default.removeItem(at: remote.directory) }
        try repo.write(
            "catalog/catalog.yaml",
            """
            include:
              - services/*/stackcat/
              - git: \(remote.url)
                ref: v1
                path: nowhere
            """)
        let noPath = try repo.run(["validate"])
        #expect(noPath.status == 1)
        #expect(
            noPath.stderr.contains("catalog/catalog.yaml:5:11: error: the repository \(remote.url) has no directory 'nowhere' at 'v1' (commit "),
            "\(noPath.stderr)")
        #expect(noPath.stderr.contains("note: correct 'path:'"), "\(noPath.stderr)")
    }
}
