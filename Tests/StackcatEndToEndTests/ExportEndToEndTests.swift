import Foundation
import Testing

@Suite("export end to end", .serialized)
struct ExportEndToEndTests {
    static var inHouse: String { Binary.packageRoot.appendingPathComponent("Tests/Fixtures/inhouse-catalog").path }

    @Test func exportLandscapeWritesOnceAndRefusesOthersFiles() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let run = try Binary.run(["export", "landscape", "--catalog", Self.inHouse, "--out", "out/landscape.yml"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(
            run.stderr == "export: left out 3 tools without a homepage: checkout-api, "
                + "order-events-stream-processor-for-the-fulfilment-warehouse-syncs, payments-gateway-in-house\n"
                + "export: wrote 2 items to out/landscape.yml\n")
        let again = try Binary.run(["export", "landscape", "--catalog", Self.inHouse, "--out", "out/landscape.yml"], in: scratch.root)
        #expect(again.stderr == "export: out/landscape.yml is up to date (2 items)\n")
        try Data("landscape: []\n".utf8).write(to: scratch.root.appendingPathComponent("mine.yml"))
        let refused = try Binary.run(["export", "landscape", "--catalog", Self.inHouse, "--out", "mine.yml"], in: scratch.root)
        #expect(refused.status == 1)
        #expect(refused.stderr == "stackcat: error: mine.yml exists and was not written by stackcat export; move it away\n")
        #expect(try String(contentsOf: scratch.root.appendingPathComponent("mine.yml"), encoding: .utf8) == "landscape: []\n")
        let root = try Binary.run(["export", "landscape", "--catalog", Self.inHouse, "--out", "/"], in: scratch.root)
        #expect(root.status == 1)
        #expect(root.stderr.contains("refusing to write an export into the root directory"))
    }
}

extension ExportEndToEndTests {
    @Test func exportBackstageRerunsAndRefusesForeignFiles() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let run = try Binary.run(["export", "backstage", "--catalog", Self.inHouse, "--out", "backstage"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        // No placeholder Group: the shared tool takes its stack's owner (issue 25).
        #expect(
            run.stderr
                == "export: note: 1 symmetric relation is not written as spec.dependsOn, which is one-way; they travel in the stackcat.dev/relations annotation\n"
                + "export: 11 entities in backstage (11 files written)\n")
        let again = try Binary.run(["export", "backstage", "--catalog", Self.inHouse, "--out", "backstage"], in: scratch.root)
        #expect(
            again.stderr
                == "export: note: 1 symmetric relation is not written as spec.dependsOn, which is one-way; they travel in the stackcat.dev/relations annotation\n"
                + "export: 11 entities in backstage (0 files written)\n")
        try Data("kind: Group\n".utf8).write(to: scratch.root.appendingPathComponent("backstage/groups/team-checkout.yaml"))
        let refused = try Binary.run(["export", "backstage", "--catalog", Self.inHouse, "--out", "backstage"], in: scratch.root)
        #expect(refused.status == 1)
        #expect(refused.stderr == "stackcat: error: backstage/groups/team-checkout.yaml exists and was not written by stackcat export; move it away\n")
    }
}
