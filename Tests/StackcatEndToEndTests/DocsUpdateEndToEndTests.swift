import Foundation
import Testing

/// `docs --out` on a directory that exists: whole or nothing, locked, file modes kept (issue 12, items 6 and 7).
@Suite("docs --out updates an existing directory whole or not at all", .serialized)
struct DocsUpdateEndToEndTests {
    let files = FileManager.default

    /// Every file's bytes, and where every symbolic link points, by relative path; hidden names included.
    func snapshot(_ directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in try files.subpathsOfDirectory(atPath: directory.path) {
            let path = directory.appendingPathComponent(relative).path
            if let target = try? files.destinationOfSymbolicLink(atPath: path) {
                result[relative] = Data(("-> " + target).utf8)
            } else if !isDirectory(path) {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return result
    }

    func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return files.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    func hidden(in directory: URL) throws -> [String] {
        try files.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".stackcat-") }
    }

    func permissions(_ url: URL) throws -> Int { (try files.attributesOfItem(atPath: url.path)[.posixPermissions] as! NSNumber).intValue }
    func inode(_ url: URL) throws -> Int { (try files.attributesOfItem(atPath: url.path)[.systemFileNumber] as! NSNumber).intValue }

    /// Two synthetic catalogs of `count` tools, the second with most texts changed, and the docs of each.
    func twoCatalogs(_ count: Int, in root: URL) throws -> (old: [String: Data], new: [String: Data]) {
        let make = try Binary.runProgram(
            "/usr/bin/env",
            [
                "python3", Binary.packageRoot.appendingPathComponent("Benchmarks/make_catalog.py").path,
                "\(count)", "a"
            ], in: root)
        #expect(make.status == 0, "\(make.stderr)")
        try files.copyItem(at: root.appendingPathComponent("a"), to: root.appendingPathComponent("b"))
        for relative in try files.subpathsOfDirectory(atPath: root.appendingPathComponent("b").path) where relative.hasSuffix(".yaml") {
            let url = root.appendingPathComponent("b/" + relative)
            try Data(String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: "cloud", with: "vapour").utf8).write(to: url)
        }
        for name in ["a", "b"] {
            let run = try Binary.run(["docs", "--catalog", name, "--out", "expected-" + name], in: root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        return (try snapshot(root.appendingPathComponent("expected-a")), try snapshot(root.appendingPathComponent("expected-b")))
    }

    @Test func aKilledUpdateLeavesTheOldTreeOrTheNewOneAndTheNextRunCleansUp() throws {
        let root = files.temporaryDirectory.appendingPathComponent("stackcat-kill-\(UUID().uuidString)")
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: root) }
        let (old, new) = try twoCatalogs(1000, in: root)
        #expect(old != new)
        let out = root.appendingPathComponent("out")
        // How long a whole update takes, to kill runs at points spread over it.
        _ = try Binary.run(["docs", "--catalog", "a", "--out", "out"], in: root)
        let start = Date()
        _ = try Binary.run(["docs", "--catalog", "b", "--out", "out"], in: root)
        let duration = Date().timeIntervalSince(start)
        var outcomes: [String] = []
        // Stopped while the new pages are being written (once the first temporary file appears), and
        // around the renames. SIGTERM is handled (`Interruption`): the renames are never cut short.
        // SIGKILL cannot be handled: the update is in place, so a kill during the renames could leave a
        // mix, which the next run completes; these delays rarely hit them, and the property is the
        // next run's.
        for (delay, signal) in [(0.0, SIGTERM), (0.02, SIGKILL), (0.1, SIGTERM), (0.3, SIGKILL), (duration, SIGTERM)] {
            _ = try Binary.run(["docs", "--catalog", "a", "--out", "out"], in: root)
            #expect(try snapshot(out) == old)
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["docs", "--catalog", "b", "--out", "out"]
            process.currentDirectoryURL = root
            process.standardError = FileHandle.nullDevice
            try process.run()
            // `.stackcat-<pid>-<random>-<name>` beside each page: the random part cannot be known in advance.
            let temporary = ".stackcat-\(process.processIdentifier)-"
            func writing() -> Bool {
                ((try? files.contentsOfDirectory(atPath: out.appendingPathComponent("tools").path)) ?? []).contains { $0.hasPrefix(temporary) }
            }
            while process.isRunning && !writing() { Thread.sleep(forTimeInterval: 0.002) }
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let now = try snapshot(out)
            if signal == SIGTERM {
                #expect(now == old || now == new, "stopped \(delay) s into writing the new pages: a mix of old and new pages")
                #expect(try hidden(in: root) == [] && !now.keys.contains { $0.contains(".stackcat-") }, "SIGTERM leaves nothing behind")
            }
            outcomes.append(now == old ? "old" : now == new ? "new" : "mixed")
            // The next run removes what the killed one left, and succeeds.
            let next = try Binary.run(["docs", "--catalog", "b", "--out", "out"], in: root)
            #expect(next.status == 0, "\(next.stderr)")
            #expect(try snapshot(out) == new)
            #expect(try hidden(in: root) == [], "no staging directory or lock file is left")
        }
        // Which of old and new a late stop leaves depends on the machine's load. A stop as soon as the
        // new pages are started leaves the old.
        #expect(outcomes.first == "old", "\(outcomes)")
        print("killed runs left: \(outcomes)")
    }

    @Test func concurrentRunsNeverMixTwoCatalogs() throws {
        let root = files.temporaryDirectory.appendingPathComponent("stackcat-lock-\(UUID().uuidString)")
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: root) }
        let (old, new) = try twoCatalogs(300, in: root)
        _ = try Binary.run(["docs", "--catalog", "a", "--out", "out"], in: root)
        // Another process holds the lock: the run fails at once and writes nothing.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [root.appendingPathComponent(".stackcat-out.lock").path, "sleep", "30"]
        try holder.run()
        defer { holder.terminate() }
        while !files.fileExists(atPath: root.appendingPathComponent(".stackcat-out.lock").path) { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.2)
        let refused = try Binary.run(["docs", "--catalog", "b", "--out", "out"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("stackcat: error: another stackcat run is writing into out (it holds "), "\(refused.stderr)")
        #expect(try snapshot(root.appendingPathComponent("out")) == old)
        holder.terminate()
        holder.waitUntilExit()
        // Two runs at once: each succeeds or is refused, and the directory holds one catalog's docs.
        let group = DispatchGroup()
        let results = LockedRuns()
        for name in ["a", "b", "a", "b"] {
            group.enter()
            DispatchQueue.global().async {
                if let run = try? Binary.run(["docs", "--catalog", name, "--out", "out"], in: root) { results.append(run) }
                group.leave()
            }
        }
        group.wait()
        for run in results.all {
            #expect(run.status == 0 || run.stderr.contains("another stackcat run is writing into out"), "\(run.stderr)")
        }
        let now = try snapshot(root.appendingPathComponent("out"))
        #expect(now == old || now == new)
        #expect(try hidden(in: root) == [])
    }

    @Test func foreignFilesLinksAndModesSurviveAnUpdate() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let out = scratch.root.appendingPathComponent("docs")
        #expect(try Binary.run(["docs", "--out", "docs"], in: scratch.root).status == 0)
        let notes = out.appendingPathComponent("tools/notes.md")
        let secret = scratch.root.appendingPathComponent("secret.txt")
        try Data("my notes\n".utf8).write(to: notes)
        try Data("outside\n".utf8).write(to: secret)
        try files.createSymbolicLink(atPath: out.appendingPathComponent("tools/link.md").path, withDestinationPath: secret.path)
        try files.createDirectory(at: out.appendingPathComponent("mine/deep"), withIntermediateDirectories: true)
        try Data("deep\n".utf8).write(to: out.appendingPathComponent("mine/deep/file.txt"))
        let kayenta = out.appendingPathComponent("tools/kayenta.md")
        let readme = out.appendingPathComponent("README.md")
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: kayenta.path)
        try files.setAttributes([.posixPermissions: 0o750], ofItemAtPath: out.appendingPathComponent("tools").path)
        // An abandoned temporary file of a run killed while writing (process 2^22 + 1 does not exist).
        try Data().write(to: out.appendingPathComponent("tools/.stackcat-4194305-0123456789abcdef-spinnaker.md"))
        let notesInode = try inode(notes)
        let spinnakerInode = try inode(out.appendingPathComponent("tools/spinnaker.md"))

        let yaml = scratch.catalog.appendingPathComponent("tools/kayenta.yaml")
        try scratch.write(
            "tools/kayenta.yaml",
            try String(contentsOf: yaml, encoding: .utf8)
                .replacingOccurrences(of: "Automated canary analysis service for Spinnaker", with: "Canary analysis for Spinnaker"))
        let run = try Binary.run(["docs", "--out", "docs"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: kayenta, encoding: .utf8).contains("Canary analysis for Spinnaker"))
        #expect(try permissions(kayenta) == 0o600, "a replaced page keeps its mode")
        #expect(try permissions(out.appendingPathComponent("tools")) == 0o750, "and a directory its mode")
        #expect(try inode(notes) == notesInode && String(contentsOf: notes, encoding: .utf8) == "my notes\n", "a file without the marker is the same file")
        #expect(try inode(out.appendingPathComponent("tools/spinnaker.md")) == spinnakerInode, "unchanged pages are left as they are")
        #expect(try files.destinationOfSymbolicLink(atPath: out.appendingPathComponent("tools/link.md").path) == secret.path)
        #expect(try String(contentsOf: secret, encoding: .utf8) == "outside\n", "a symbolic link is carried over, not followed")
        #expect(try String(contentsOf: out.appendingPathComponent("mine/deep/file.txt"), encoding: .utf8) == "deep\n")
        #expect(!files.fileExists(atPath: out.appendingPathComponent("tools/.stackcat-4194305-0123456789abcdef-spinnaker.md").path))
        #expect(try hidden(in: scratch.root) == [])
        _ = readme

        // docs --inject keeps the mode of the file it rewrites.
        let guide = scratch.root.appendingPathComponent("guide.md")
        try Data("<!-- stackcat:begin list --category cd --format ids -->\n<!-- stackcat:end -->\n".utf8).write(to: guide)
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: guide.path)
        let inject = try Binary.run(["docs", "--inject", "guide.md"], in: scratch.root)
        #expect(inject.status == 0, "\(inject.stderr)")
        #expect(try String(contentsOf: guide, encoding: .utf8).contains("spinnaker"))
        #expect(try permissions(guide) == 0o600)
    }

    /// Directories named like the staging and aside directories of a run (this one's, or an older
    /// stackcat's) but without the marker a run writes into them are not ours: they are left alone.
    @Test func directoriesOnlyNamedLikeOursAreLeftAlone() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        #expect(try Binary.run(["docs", "--out", "docs"], in: scratch.root).status == 0)
        let before = try snapshot(scratch.root.appendingPathComponent("docs"))
        try files.moveItem(at: scratch.root.appendingPathComponent("docs"), to: scratch.root.appendingPathComponent(".stackcat-docs-old-4194305-docs"))
        try files.createDirectory(at: scratch.root.appendingPathComponent(".stackcat-docs-4194305-docs"), withIntermediateDirectories: true)
        let run = try Binary.run(["docs", "--out", "docs"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "docs: note: left ./.stackcat-docs-old-4194305-docs alone: it is named like a staging directory of stackcat, but has no marker"),
            "\(run.stderr)")
        #expect(run.stderr.contains("docs: note: left ./.stackcat-docs-4194305-docs alone"), "\(run.stderr)")
        #expect(try snapshot(scratch.root.appendingPathComponent("docs")) == before)
        #expect(try snapshot(scratch.root.appendingPathComponent(".stackcat-docs-old-4194305-docs")) == before)
        #expect(try hidden(in: scratch.root).sorted() == [".stackcat-docs-4194305-docs", ".stackcat-docs-old-4194305-docs"])
    }

    /// A full disk, on a small tmpfs (needs root; skipped where mounting is not allowed).
    @Test func aFullDiskLeavesTheOldTreeWhole() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let disk = scratch.root.appendingPathComponent("disk")
        try files.createDirectory(at: disk, withIntermediateDirectories: true)
        guard try Binary.runProgram("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.path]).status == 0 else {
            print("skipped: cannot mount a tmpfs here")
            return
        }
        defer { _ = try? Binary.runProgram("/usr/bin/env", ["umount", disk.path]) }
        try files.copyItem(at: scratch.catalog, to: disk.appendingPathComponent("catalog"))
        #expect(try Binary.run(["docs", "--catalog", "catalog", "--out", "docs"], in: disk).status == 0)
        let before = try snapshot(disk.appendingPathComponent("docs"))
        // Fill the disk to the last byte.
        #expect(files.createFile(atPath: disk.appendingPathComponent("filler").path, contents: nil))
        let filler = try FileHandle(forWritingTo: disk.appendingPathComponent("filler"))
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        while (try? filler.write(contentsOf: Data(count: 1))) != nil {}
        try? filler.close()
        let categories = disk.appendingPathComponent("catalog/categories.yaml")
        try Data(try String(contentsOf: categories, encoding: .utf8).replacingOccurrences(of: "name: Continuous delivery", with: "name: Delivery").utf8)
            .write(to: categories)
        let run = try Binary.run(["docs", "--catalog", "catalog", "--out", "docs"], in: disk)
        #expect(run.status == 1)
        #expect(run.stderr.contains("No space left on device"), "\(run.stderr)")
        #expect(try snapshot(disk.appendingPathComponent("docs")) == before)
        #expect(try hidden(in: disk) == [])
    }
}

final class LockedRuns: @unchecked Sendable {
    private var runs: [Run] = []
    private let lock = NSLock()
    func append(_ run: Run) {
        lock.lock()
        runs.append(run)
        lock.unlock()
    }
    var all: [Run] {
        lock.lock()
        defer { lock.unlock() }
        return runs
    }
}
