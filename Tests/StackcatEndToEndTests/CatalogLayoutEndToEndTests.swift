import Foundation
import Testing

/// The built-in catalog is the repository's catalog/ embedded at build time through the same
/// `CatalogLayout` that reads a directory: both give the same results.
@Suite("the built-in catalog and its directory agree")
struct CatalogLayoutEndToEndTests {
    @Test func builtInAndDirectoryGiveIdenticalOutput() throws {
        let empty = try EmptyDirectory()
        defer { empty.remove() }
        let directory = Binary.packageRoot.appendingPathComponent("catalog").path
        for command in [
            ["list", "--format", "json"], ["graph", "--format", "json"], ["categories", "--format", "json"],
            ["relations", "--format", "json"], ["compare", "--stack", "mercari-2018", "--format", "csv"],
            ["search", "canary", "--format", "json"], ["validate", "--format", "json"]
        ] {
            let builtIn = try Binary.run(command, in: empty.url)
            let fromDirectory = try Binary.run(command + ["--catalog", directory], in: empty.url)
            #expect(builtIn.status == 0 && fromDirectory.status == 0, "\(command)")
            #expect(!builtIn.stdout.isEmpty, "\(command)")
            #expect(builtIn.stdout == fromDirectory.stdout, "\(command)")
        }
        let builtInSummary = try Binary.run(["validate"], in: empty.url).stderr
        let directorySummary = try Binary.run(["validate", "--catalog", directory], in: empty.url).stderr
        let files = "in \(Binary.builtInFileCount) files of "
        #expect(builtInSummary.hasSuffix(files + "the built-in catalog\n"))
        #expect(directorySummary.hasSuffix(files + directory + "/\n"))
    }
}
