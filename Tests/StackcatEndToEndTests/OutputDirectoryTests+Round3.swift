import Foundation
import Testing

/// Issue 21, families 3 and 6: an output directory keeps what is not ours (its metadata, files others
/// write, the working directories of others), staging directories are ours by their marker, and a
/// run stopped by a signal leaves nothing behind.
@Suite("output directories keep what is not ours (round three)", .serialized)
struct OutputDirectoryRound3Tests {
    let files = FileManager.default

    func snapshot(_ directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in try files.subpathsOfDirectory(atPath: directory.path) {
            let path = directory.appendingPathComponent(relative).path
            var flag: ObjCBool = false
            if files.fileExists(atPath: path, isDirectory: &flag), !flag.boolValue { result[relative] = try Data(contentsOf: URL(fileURLWithPath: path)) }
        }
        return result
    }

    func hidden(in directory: URL) throws -> [String] {
        try files.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".stackcat-") }.sorted()
    }

    func shell(_ script: String, in directory: URL) throws -> Run {
        try Binary.runProgram("/bin/sh", ["-c", script], in: directory)
    }

    /// Changes one tool's summary, so that an update rewrites pages in tools/.
    func changeSpinnaker(_ scratch: ScratchCatalog, to summary: String) throws {
        let yaml = scratch.catalog.appendingPathComponent("tools/spinnaker.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("summary:") ? "summary: \(summary)" : String($0) }
        try scratch.write("tools/spinnaker.yaml", lines.joined(separator: "\n"))
    }

    @Test func aclExtendedAttributesModeAndOwnerOfDirectoriesAreKept() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        #expect(try Binary.run(["docs", "--out", "out"], in: scratch.root).status == 0)
        let setup = try shell(
            "setfacl -m u:nobody:rwx out/tools && setfattr -n user.test -v 1 out/tools && chmod 2750 out/tools"
                + " && setfattr -n user.page -v 2 out/tools/spinnaker.md && setfacl -m u:nobody:r out/tools/spinnaker.md"
                + " && (chown nobody out/stacks 2>/dev/null || true)", in: scratch.root)
        guard setup.status == 0 else {
            print("skipped: this file system has no ACLs or user extended attributes (\(setup.stderr))")
            return
        }
        let ownerBefore = try files.attributesOfItem(atPath: scratch.root.appendingPathComponent("out/stacks").path)[.ownerAccountID] as? NSNumber
        try changeSpinnaker(scratch, to: "Multi-cloud delivery, changed.")
        let run = try Binary.run(["docs", "--out", "out"], in: scratch.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try String(contentsOf: scratch.root.appendingPathComponent("out/tools/spinnaker.md"), encoding: .utf8).contains("Multi-cloud delivery, changed."))
        let check = try shell(
            "getfacl -c out/tools; getfattr -n user.test --only-values out/tools; echo; stat -c %a out/tools;"
                + " getfacl -c out/tools/spinnaker.md; getfattr -n user.page --only-values out/tools/spinnaker.md", in: scratch.root)
        #expect(check.stdout.contains("user:nobody:rwx"), "the directory's ACL: \(check.stdout)")
        #expect(check.stdout.contains("\n1\n2750\n"), "its extended attribute and mode: \(check.stdout)")
        #expect(check.stdout.contains("user:nobody:r--") && check.stdout.hasSuffix("2"), "a rewritten page's ACL and attribute: \(check.stdout)")
        let ownerAfter = try files.attributesOfItem(atPath: scratch.root.appendingPathComponent("out/stacks").path)[.ownerAccountID] as? NSNumber
        #expect(ownerAfter == ownerBefore)
    }

    @Test func filesOthersWriteBeforeAndDuringAnUpdateAreKept() throws {
        let root = files.temporaryDirectory.appendingPathComponent("stackcat-others-\(UUID().uuidString)")
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: root) }
        let make = try Binary.runProgram(
            "/usr/bin/env", ["python3", Binary.packageRoot.appendingPathComponent("Benchmarks/make_catalog.py").path, "800", "a"], in: root)
        #expect(make.status == 0, "\(make.stderr)")
        #expect(try Binary.run(["docs", "--catalog", "a", "--out", "out"], in: root).status == 0)
        try Data("mine\n".utf8).write(to: root.appendingPathComponent("out/tools/notes.md"))
        try Data("mine\n".utf8).write(to: root.appendingPathComponent("out/extra.txt"))
        for relative in try files.subpathsOfDirectory(atPath: root.appendingPathComponent("a").path) where relative.hasSuffix(".yaml") {
            let url = root.appendingPathComponent("a/" + relative)
            try Data(String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: "cloud", with: "vapour").utf8).write(to: url)
        }
        // A writer that keeps creating files in the output while the update runs.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "i=0; while [ $i -lt 400 ]; do echo $i > out/tools/w-$i.txt; echo $i > out/w-$i.txt; i=$((i+1)); done"]
        writer.currentDirectoryURL = root
        try writer.run()
        let run = try Binary.run(["docs", "--catalog", "a", "--out", "out"], in: root)
        writer.waitUntilExit()
        #expect(run.status == 0, "\(run.stderr)")
        let names = Set(try files.contentsOfDirectory(atPath: root.appendingPathComponent("out/tools").path))
        let top = Set(try files.contentsOfDirectory(atPath: root.appendingPathComponent("out").path))
        let lost = (0..<400).filter { !names.contains("w-\($0).txt") || !top.contains("w-\($0).txt") }
        #expect(lost.isEmpty, "files written by another process during the update were lost: \(lost.count)")
        #expect(names.contains("notes.md") && top.contains("extra.txt"))
        #expect(try hidden(in: root) == [])
    }

    @Test func aProcessWorkingInsideTheOutputKeepsWritingIntoIt() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        #expect(try Binary.run(["docs", "--out", "out"], in: scratch.root).status == 0)
        try changeSpinnaker(scratch, to: "Changed while a shell sits in out/tools.")
        let inside = Process()
        inside.executableURL = URL(fileURLWithPath: "/bin/sh")
        inside.arguments = ["-c", "cd out/tools && sleep 1 && echo x > mine.txt"]
        inside.currentDirectoryURL = scratch.root
        try inside.run()
        Thread.sleep(forTimeInterval: 0.2)
        let run = try Binary.run(["docs", "--out", "out"], in: scratch.root)
        inside.waitUntilExit()
        #expect(run.status == 0 && run.stderr.contains("written"), "\(run.stderr)")
        #expect(try String(contentsOf: scratch.root.appendingPathComponent("out/tools/mine.txt"), encoding: .utf8) == "x\n")
        // And the next run keeps it too.
        #expect(try Binary.run(["docs", "--out", "out"], in: scratch.root).status == 0)
        #expect(files.fileExists(atPath: scratch.root.appendingPathComponent("out/tools/mine.txt").path))
        #expect(try hidden(in: scratch.root) == [])
    }

    @Test func aDirectoryNamedLikeOurStagingIsNotOurs() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let decoy = scratch.root.appendingPathComponent(".stackcat-docs-123-out")
        try files.createDirectory(at: decoy.appendingPathComponent("keep"), withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: decoy.appendingPathComponent("keep/file"))
        // Named like a staging directory of a dead process, with a marker that names another run.
        let forged = scratch.root.appendingPathComponent(".stackcat-docs-4194305-0123456789abcdef-out")
        try files.createDirectory(at: forged, withIntermediateDirectories: true)
        try Data("stackcat staging directory 4194305-fedcba9876543210\n".utf8).write(to: forged.appendingPathComponent(".stackcat-staging"))
        for _ in 0..<2 {  // creating the directory, then updating it
            let run = try Binary.run(["docs", "--out", "out"], in: scratch.root)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(
                run.stderr.contains(
                    "docs: note: left ./.stackcat-docs-123-out alone: it is named like a staging directory of stackcat, "
                        + "but has no marker that a run of stackcat wrote; remove it if it is not yours"), "\(run.stderr)")
            #expect(try String(contentsOf: decoy.appendingPathComponent("keep/file"), encoding: .utf8) == "precious\n")
            #expect(files.fileExists(atPath: forged.appendingPathComponent(".stackcat-staging").path))
        }
        // What a killed run leaves, with its marker, is removed by the next run.
        let left = scratch.root.appendingPathComponent(".stackcat-docs-4194305-00000000deadbeef-out")
        try files.createDirectory(at: left.appendingPathComponent("tools"), withIntermediateDirectories: true)
        try Data("stackcat staging directory 4194305-00000000deadbeef\n".utf8).write(to: left.appendingPathComponent(".stackcat-staging"))
        try Data("half\n".utf8).write(to: left.appendingPathComponent("tools/a.md"))
        #expect(try Binary.run(["docs", "--out", "out"], in: scratch.root).status == 0)
        #expect(!files.fileExists(atPath: left.path))
        #expect(try hidden(in: scratch.root) == [".stackcat-docs-123-out", ".stackcat-docs-4194305-0123456789abcdef-out"])
    }

    /// SIGTERM while a large site is created, SIGINT while it is updated: nothing is left beside or
    /// inside it, the old tree is whole, and the exit status is the signal's.
    @Test func signalsDuringSiteLeaveNoStagingDirectoryNoLockAndTheOldTree() throws {
        let root = files.temporaryDirectory.appendingPathComponent("stackcat-signal-\(UUID().uuidString)")
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: root) }
        let make = try Binary.runProgram(
            "/usr/bin/env", ["python3", Binary.packageRoot.appendingPathComponent("Benchmarks/make_catalog.py").path, "3000", "big"], in: root)
        #expect(make.status == 0, "\(make.stderr)")
        let site = root.appendingPathComponent("site")

        func stop(_ signal: Int32, when started: () -> Bool) throws -> Process {
            let process = Process()
            process.executableURL = Binary.url
            process.arguments = ["site", "--catalog", "big", "--out", "site"]
            process.currentDirectoryURL = root
            process.standardError = FileHandle.nullDevice
            try process.run()
            while process.isRunning && !started() { Thread.sleep(forTimeInterval: 0.005) }
            Thread.sleep(forTimeInterval: 0.3)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            return process
        }

        let created = try stop(SIGTERM) { ((try? hidden(in: root)) ?? []).contains { $0.hasPrefix(".stackcat-site-") } }
        #expect(
            created.terminationReason == .uncaughtSignal && created.terminationStatus == SIGTERM,
            "\(created.terminationReason) \(created.terminationStatus)")
        #expect(try hidden(in: root) == [], "no staging directory and no lock file")
        #expect(!files.fileExists(atPath: site.path), "no half-made site")

        let full = try Binary.run(["site", "--catalog", "big", "--out", "site"], in: root)
        #expect(full.status == 0, "\(full.stderr)")
        let old = try snapshot(site)
        for relative in try files.subpathsOfDirectory(atPath: root.appendingPathComponent("big").path) where relative.hasSuffix(".yaml") {
            let url = root.appendingPathComponent("big/" + relative)
            try Data(String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: "cloud", with: "vapour").utf8).write(to: url)
        }
        let updated = try stop(SIGINT) {
            ((try? files.contentsOfDirectory(atPath: site.appendingPathComponent("tools").path)) ?? []).contains { $0.hasPrefix(".stackcat-") }
        }
        #expect(
            updated.terminationReason == .uncaughtSignal && updated.terminationStatus == SIGINT,
            "\(updated.terminationReason) \(updated.terminationStatus)")
        #expect(try hidden(in: root) == [], "no lock file")
        #expect(try snapshot(site) == old, "the old site, whole, without temporary files")
    }
}
