import Foundation
import Testing

/// Issue 22: `docs --out DIR` records a stamp (`.stackcat/cache/stamps/` of the catalog's repository)
/// and a rerun with the same inputs over an untouched DIR skips rendering. Which path a run took shows
/// in the stamp file: a full run always writes a new one (a new inode), the fast path only reads it.
@Suite("docs --out skips rendering when nothing changed", .serialized)
struct DocsStampEndToEndTests {
    let files = FileManager.default

    /// The stamp files of a repository (or of a catalog outside one), by name.
    func stamps(_ root: URL) -> [String] {
        ((try? files.contentsOfDirectory(atPath: root.appendingPathComponent(".stackcat/cache/stamps").path)) ?? []).sorted()
    }

    func lstatus(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    /// The inode of every file under `directory` (a rewritten file gets a new one: every write is a rename).
    func inodes(_ directory: URL) throws -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for relative in try files.subpathsOfDirectory(atPath: directory.path) {
            result[relative] = lstatus(directory.appendingPathComponent(relative).path).map { UInt64($0.st_ino) }
        }
        return result
    }

    /// The generated files under `out` (every name with an extension; directories have none).
    func pageCount(_ out: URL) throws -> Int { try inodes(out).keys.count { $0.contains(".") } }

    /// Access and modification times, in nanoseconds.
    func times(_ info: stat) -> (access: Int, modified: Int) {
        #if canImport(Darwin)
            let (access, modified) = (info.st_atimespec, info.st_mtimespec)
        #else
            let (access, modified) = (info.st_atim, info.st_mtim)
        #endif
        return (Int(access.tv_sec) * 1_000_000_000 + Int(access.tv_nsec), Int(modified.tv_sec) * 1_000_000_000 + Int(modified.tv_nsec))
    }

    /// Whether the file system records reads in access times (relatime does once after each write;
    /// `noatime` never): a file written, then read by another process.
    func accessTimeShowsReads(in directory: URL) throws -> Bool {
        let probe = directory.appendingPathComponent("atime-probe")
        try Data("x".utf8).write(to: probe)
        let written = try #require(lstatus(probe.path))
        Thread.sleep(forTimeInterval: 0.01)
        _ = try Binary.runProgram("/bin/cat", [probe.path])
        return times(try #require(lstatus(probe.path))).access != times(written).access
    }

    func read(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    func docs(_ scratch: ScratchCatalog, _ extra: [String] = []) throws -> Run {
        try Binary.run(["docs", "--catalog", "catalog", "--out", "out"] + extra, in: scratch.root)
    }

    func unchanged(_ count: Int) -> String { "docs: 0 written, 0 removed, \(count) unchanged in out (from catalog/)\n" }

    @Test func anUnchangedRerunReadsTheStampAndSaysWhatAFullRunSays() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let out = scratch.root.appendingPathComponent("out")
        let first = try docs(scratch)
        #expect(first.status == 0, "\(first.stderr)")
        let stampNames = stamps(scratch.catalog)
        try #require(stampNames.count == 1 && stampNames[0].hasPrefix("docs-"), "\(stampNames)")
        let stamp = scratch.catalog.appendingPathComponent(".stackcat/cache/stamps/" + stampNames[0]).path
        #expect(try read(scratch.catalog.appendingPathComponent(".stackcat/cache/.gitignore")).hasSuffix("\n*\n"))
        #expect(try read(URL(fileURLWithPath: stamp)).hasPrefix("stackcat output stamp 1\nkey "))
        #expect(try read(URL(fileURLWithPath: stamp)).contains("\ndirectory \(out.resolvingSymlinksInPath().path)\n"))
        let count = try pageCount(out)
        let pages = try inodes(out)
        let stampInode = lstatus(stamp)?.st_ino

        let rerun = try docs(scratch)
        #expect(rerun.status == 0)
        #expect(rerun.stderr == unchanged(count))
        #expect(lstatus(stamp)?.st_ino == stampInode, "the rerun only read the stamp")
        #expect(try inodes(out) == pages)

        // A full run over the same tree (the stamp deleted, which is always safe) says the same, and stamps again.
        try files.removeItem(atPath: stamp)
        let full = try docs(scratch)
        #expect(full.stderr == rerun.stderr)
        #expect(try inodes(out) == pages)
        let again = try #require(lstatus(stamp)?.st_ino)
        #expect(try docs(scratch).stderr == rerun.stderr)
        #expect(lstatus(stamp)?.st_ino == again)
        #expect(stamps(scratch.catalog).count == 1)
    }

    @Test func aChangedCatalogOrDirectoryTakesTheFullPath() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let out = scratch.root.appendingPathComponent("out")
        let page = out.appendingPathComponent("tools/spinnaker.md")
        #expect(try docs(scratch).status == 0)
        let count = try pageCount(out)
        let original = try read(page)

        // A catalog file edited: its page follows.
        let tool = scratch.catalog.appendingPathComponent("tools/spinnaker.yaml")
        let yaml = try read(tool)
        try scratch.write("tools/spinnaker.yaml", yaml.replacingOccurrences(of: "summary: Multi-cloud", with: "summary: Stamped multi-cloud"))
        var run = try docs(scratch)
        #expect(run.status == 0 && !run.stderr.hasPrefix("docs: 0 written"), "\(run.stderr)")
        #expect(try read(page).contains("Stamped multi-cloud"))
        try scratch.write("tools/spinnaker.yaml", yaml)
        #expect(try !docs(scratch).stderr.hasPrefix("docs: 0 written"))
        #expect(try read(page) == original)

        // A page edited by hand at once, in place, to the same size: the ctime tells.
        let middle = original.utf8.count / 2
        let handle = try FileHandle(forWritingTo: page)
        try handle.seek(toOffset: UInt64(middle))
        try handle.write(contentsOf: Data(Array(original.utf8)[middle] == UInt8(ascii: "#") ? "@".utf8 : "#".utf8))
        try handle.close()
        #expect(try read(page) != original)
        run = try docs(scratch)
        #expect(run.stderr == "docs: 1 written, 0 removed, \(count - 1) unchanged in out (from catalog/)\n", "\(run.stderr)")
        #expect(try read(page) == original)

        // A page deleted comes back.
        try files.removeItem(at: page)
        run = try docs(scratch)
        #expect(run.stderr.hasPrefix("docs: 1 written, 0 removed,"), "\(run.stderr)")
        #expect(try read(page) == original)

        // A stray generated file is removed; a file without the marker stays, through full runs and stamped ones.
        try Data("<!-- generated by stackcat; do not edit -->\nold\n".utf8).write(to: out.appendingPathComponent("tools/gone.md"))
        try Data("mine\n".utf8).write(to: out.appendingPathComponent("tools/notes.md"))
        run = try docs(scratch)
        #expect(run.stderr == "docs: 0 written, 1 removed, \(count) unchanged in out (from catalog/)\n", "\(run.stderr)")
        #expect(!files.fileExists(atPath: out.appendingPathComponent("tools/gone.md").path))
        let stamp = scratch.catalog.appendingPathComponent(".stackcat/cache/stamps/" + stamps(scratch.catalog)[0]).path
        let stamped = lstatus(stamp)?.st_ino
        #expect(try docs(scratch).stderr == unchanged(count))
        #expect(lstatus(stamp)?.st_ino == stamped, "stamped with a file of someone else's in the tree")
        #expect(try read(out.appendingPathComponent("tools/notes.md")) == "mine\n")
    }

    @Test func anOptionThatChangesTheOutputChangesTheKey() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let categories = scratch.catalog.appendingPathComponent("categories.yaml")
        try scratch.write(
            "categories.yaml",
            try read(categories).replacingOccurrences(
                of: "categories:\n", with: "categories:\n- id: stamp-empty\n  name: Stamp empty\n  description: A category with no tool.\n"))
        let index = scratch.root.appendingPathComponent("out/README.md")
        #expect(try docs(scratch).status == 0)
        let plain = try read(index)
        #expect(!plain.contains("Stamp empty"))
        let shown = try docs(scratch, ["--show-empty"])
        #expect(shown.status == 0 && !shown.stderr.hasPrefix("docs: 0 written"), "\(shown.stderr)")
        #expect(try read(index).contains("Stamp empty"))
        #expect(try !docs(scratch).stderr.hasPrefix("docs: 0 written"))
        #expect(try read(index) == plain)
    }

    @Test func aCorruptStampOrAnUnwritableCacheMeansAFullRun() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        #expect(try docs(scratch).status == 0)
        let count = try pageCount(scratch.root.appendingPathComponent("out"))
        let stamp = scratch.catalog.appendingPathComponent(".stackcat/cache/stamps/" + stamps(scratch.catalog)[0])
        let good = try Data(contentsOf: stamp)
        for bad in [Data(), good.dropLast(3), good + Data("tree 0 0\n".utf8), Data(repeating: 0xFF, count: 100)] {
            try bad.write(to: stamp)
            let before = lstatus(stamp.path)?.st_ino
            let run = try docs(scratch)
            #expect(run.status == 0 && run.stderr == unchanged(count), "\(run.stderr)")
            #expect(lstatus(stamp.path)?.st_ino != before, "a full run, which stamps anew")
            #expect(try Data(contentsOf: stamp) == good, "the same tree and key give the same stamp")
        }
        // A 1 GiB sparse file is not read (its size is checked first).
        let huge = try FileHandle(forWritingTo: stamp)
        try huge.truncate(atOffset: 1 << 30)
        try huge.close()
        let run = try docs(scratch, [])
        #expect(run.status == 0 && run.stderr == unchanged(count), "\(run.stderr)")
        #expect(try Data(contentsOf: stamp) == good)
        // A cache that cannot be written: the stamp is only an optimisation.
        try files.removeItem(at: scratch.catalog.appendingPathComponent(".stackcat"))
        try Data("in the way\n".utf8).write(to: scratch.catalog.appendingPathComponent(".stackcat"))
        for _ in 0..<2 {
            let run = try docs(scratch)
            #expect(run.status == 0 && run.stderr == unchanged(count), "\(run.stderr)")
        }
        #expect(try read(scratch.catalog.appendingPathComponent(".stackcat")) == "in the way\n")
    }

    @Test func checkNeverReadsNorWritesTheStamp() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let missing = try docs(scratch, ["--check"])
        #expect(missing.status == 1)
        #expect(!files.fileExists(atPath: scratch.catalog.appendingPathComponent(".stackcat").path), "--check made no cache")
        #expect(try docs(scratch).status == 0)
        let stamp = scratch.catalog.appendingPathComponent(".stackcat/cache/stamps/" + stamps(scratch.catalog)[0]).path
        let written = try #require(lstatus(stamp))
        let check = try docs(scratch, ["--check"])
        #expect(check.status == 0, "\(check.stderr)")
        let checked = try #require(lstatus(stamp))
        #expect(checked.st_ino == written.st_ino && checked.st_size == written.st_size)
        #expect(times(checked).modified == times(written).modified, "not written")
        // Whether --check read the stamp shows in its access time, where the file system keeps it.
        let readsShow = try accessTimeShowsReads(in: scratch.root)
        if readsShow { #expect(times(checked).access == times(written).access, "not read") }
        #expect(try docs(scratch).status == 0)
        let read = try #require(lstatus(stamp))
        #expect(read.st_ino == written.st_ino)
        if readsShow { #expect(times(read).access != times(written).access, "a run without --check reads the stamp") }
        // A stale page is stale to --check with a stamp in place.
        let page = scratch.root.appendingPathComponent("out/tools/istio.md")
        try Data((try self.read(page)).replacingOccurrences(of: "Istio", with: "Itsio").utf8).write(to: page)
        #expect(try docs(scratch, ["--check"]).status == 1)
    }

    @Test func includedFragmentsArePartOfTheKey() throws {
        let repo = try FederationEndToEndTests.Repository()
        defer { repo.remove() }
        try repo.addServices(["payments"])
        try repo.write("catalog/catalog.yaml", "include:\n  - services/*/stackcat/\n")
        let page = repo.root.appendingPathComponent("out/tools/payments-api.md")
        #expect(try repo.run(["docs", "--out", "out"]).status == 0)
        #expect(stamps(repo.root).count == 1, "in the cache of the repository, beside the git includes'")
        #expect(try read(page).contains("Payments API, in-house."))
        try repo.write(
            "services/payments/stackcat/tools/payments-api.yaml",
            FederationEndToEndTests.Repository.tool("Payments API", owner: "team-payments").replacingOccurrences(of: "in-house.", with: "stamped."))
        let run = try repo.run(["docs", "--out", "out"])
        #expect(run.status == 0 && !run.stderr.contains("docs: 0 written,"), "\(run.stderr)")
        #expect(try read(page).contains("Payments API, stamped."))
    }
}
