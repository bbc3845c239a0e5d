import Foundation
import Testing

@testable import StackcatIO

@Suite struct OutputStampTests {
    func digest(_ parts: [String]) -> StableDigest {
        var hasher = StableHasher()
        for part in parts { hasher.combine(part) }
        return hasher.finalize()
    }

    @Test func theDigestIsTheSameInEveryProcessAndFramesEachValue() {
        // Fixed values: a digest that changed from one build or process to another would never match a stamp.
        #expect(StableHasher.digest("").hex == StableHasher.digest("").hex)
        #expect(StableHasher.digest("stackcat").hex == "faed57a7d5933573d0f3fb0d689b5d17")
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["a", ""]) != digest(["a"]))
        #expect(digest([String(repeating: "x", count: 16)]) != digest([String(repeating: "x", count: 15) + "\0"]))
        // Every byte counts, wherever it is in a 16-byte block and in the tail.
        let text = String(repeating: "tools/a.md 1234 ", count: 5) + "tail"
        var seen: Set<StableDigest> = [StableHasher.digest(text)]
        for offset in 0..<text.utf8.count {
            var bytes = Array(text.utf8)
            bytes[offset] ^= 0x80
            var hasher = StableHasher()
            hasher.combine(bytes)
            seen.insert(hasher.finalize())
        }
        #expect(seen.count == text.utf8.count + 1)
    }

    func stamp(in scratch: Scratch, of directory: String = "out", key: String = "key") -> OutputStamp {
        OutputStamp(
            cache: CacheDirectory(root: scratch.root + "/repo"), directory: scratch.root + "/" + directory, command: "docs", key: StableHasher.digest(key))
    }

    func clock() -> Int64? {
        // The file system's clock as the run's lock file tells it.
        let path = FileManager.default.temporaryDirectory.path + "/stackcat-clock-\(getpid())"
        let fd = open(path, O_RDWR | O_CREAT, 0o644)
        defer {
            close(fd)
            unlink(path)
        }
        return SystemCalls.touch(fd)
    }

    @Test func aRecordedTreeMatchesUntilAnythingInItChanges() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("a\n", to: "out/tools/a.md")
        try scratch.write("b\n", to: "out/README.md")
        let out = scratch.root + "/out"
        let stamp = stamp(in: scratch)
        #expect(!stamp.matches().matches, "no stamp yet")
        stamp.record(wrote: ["tools/a.md", "README.md"], before: nil, clock: clock)
        #expect(scratch.read("repo/.stackcat/cache/.gitignore") == "# written by stackcat: its cache, which it may delete and make again\n*\n")
        #expect(stamp.matches().matches)
        #expect(!self.stamp(in: scratch, key: "other").matches().matches, "another key")
        // Same size, same contents even: the ctime moved.
        try scratch.write("a\n", to: "out/tools/a.md")
        #expect(!stamp.matches().matches)
        stamp.record(wrote: ["tools/a.md", "README.md"], before: nil, clock: clock)
        #expect(stamp.matches().matches)
        try scratch.write("", to: "out/tools/new.md")
        #expect(!stamp.matches().matches, "a file added")
        try FileManager.default.removeItem(atPath: out + "/tools/new.md")
        #expect(!stamp.matches().matches, "the directory's times moved")
    }

    @Test func aCorruptTruncatedOrHugeStampIsNoMatch() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("a\n", to: "out/a.md")
        let out = scratch.root + "/out"
        let stamp = stamp(in: scratch)
        stamp.record(wrote: ["a.md"], before: nil, clock: clock)
        let good = try #require(try? String(contentsOfFile: stamp.path, encoding: .utf8))
        #expect(good.hasPrefix("stackcat output stamp 1\nkey \(StableHasher.digest("key").hex)\ndirectory \(out)\ntree "))
        #expect(stamp.matches().matches)
        for bad in [String(good.dropLast()), good + "x", good.replacingOccurrences(of: "stamp 1", with: "stamp 2"), "", "\u{0}"] {
            try bad.write(toFile: stamp.path, atomically: false, encoding: .utf8)
            #expect(!stamp.matches().matches, "\(bad.debugDescription)")
        }
        // A sparse file of 1 GiB: never read, since its size is checked first.
        let huge = try FileHandle(forWritingTo: URL(fileURLWithPath: stamp.path))
        try huge.truncate(atOffset: 1 << 30)
        try huge.close()
        #expect(!stamp.matches().matches)
        try FileManager.default.removeItem(atPath: stamp.path)
        try FileManager.default.createDirectory(atPath: stamp.path, withIntermediateDirectories: false)
        #expect(!stamp.matches().matches)
        stamp.record(wrote: [], before: nil, clock: clock)
        #expect(!stamp.matches().matches, "a directory in the stamp's place stays, and is no stamp")
    }

    @Test func aChangeBySomeoneElseDuringTheRunLeavesNoStamp() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("a\n", to: "out/tools/a.md")
        try scratch.write("b\n", to: "out/tools/b.md")
        try scratch.write("notes\n", to: "out/notes.txt")
        let out = scratch.root + "/out"
        let stamp = stamp(in: scratch)
        let before = try #require(TreeState(walking: out))
        // The run writes a.md; someone else changes b.md meanwhile.
        try scratch.write("A\n", to: "out/tools/a.md")
        try scratch.write("B\n", to: "out/tools/b.md")
        let after = try #require(TreeState(walking: out))
        #expect(after.differsOnly(in: ["tools/a.md", "tools/b.md"], from: before))
        #expect(!after.differsOnly(in: ["tools/a.md"], from: before))
        stamp.record(wrote: ["tools/a.md"], before: before, clock: clock)
        #expect(FileManager.default.fileExists(atPath: stamp.path) == false)
        // Nor a file that appeared, or went, where the run wrote nothing.
        try scratch.write("", to: "out/tools/c.md")
        #expect(!TreeState(walking: out)!.differsOnly(in: [], from: after))
        try FileManager.default.removeItem(atPath: out + "/notes.txt")
        #expect(!TreeState(walking: out)!.differsOnly(in: ["tools/c.md"], from: after))
        #expect(TreeState(walking: out)!.differsOnly(in: ["tools/c.md", "notes.txt"], from: after))
        // A directory the run made holds only what it wrote.
        #expect(TreeState(walking: out)!.differsOnly(in: ["tools/a.md", "tools/b.md", "tools/c.md"], from: nil))
        #expect(!TreeState(walking: out)!.differsOnly(in: ["tools/a.md", "tools/b.md"], from: nil))
    }

    @Test func stampsOfDirectoriesThatAreGoneAreRemovedWhenOneIsWritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for name in ["out", "kept", "gone\nwith %0A in its name"] { try scratch.write("a\n", to: name + "/a.md") }
        let stamps = ["kept", "gone\nwith %0A in its name"].map { stamp(in: scratch, of: $0) }
        for stamp in stamps { stamp.record(wrote: ["a.md"], before: nil, clock: clock) }
        #expect(stamps.allSatisfy { $0.matches().matches })
        #expect(OutputStamp.directory(ofStamp: stamps[1].path) == scratch.root + "/gone\nwith %0A in its name")
        try FileManager.default.removeItem(atPath: scratch.root + "/gone\nwith %0A in its name")
        try "not a stamp\n".write(toFile: scratch.root + "/repo/.stackcat/cache/stamps/notes", atomically: false, encoding: .utf8)
        stamp(in: scratch).record(wrote: ["a.md"], before: nil, clock: clock)
        #expect(scratch.names(in: "repo/.stackcat/cache/stamps") == [stamps[0].name, stamp(in: scratch).name, "notes"].sorted())
    }

    @Test func theClockMustHaveMovedPastTheLastChange() {
        var ticks: [Int64] = [5, 5, 5, 6]
        let tree = TreeState(entries: [("", status(changed: 5))])
        #expect(OutputStamp.settled(tree, clock: { ticks.removeFirst() }))
        #expect(ticks.isEmpty, "waited for the tick to pass")
        #expect(!OutputStamp.settled(tree, clock: { 5 }), "a clock that never moves on")
        #expect(!OutputStamp.settled(tree, clock: { nil }))
    }

    func status(changed: Int64) -> SystemCalls.FileStatus {
        SystemCalls.FileStatus(kind: .directory, mode: 0o40755, device: 1, inode: 2, size: 0, modified: changed, changed: changed)
    }
}
