import Foundation
import Testing

@testable import StackcatIO

@Suite struct StagedDirectoryTests {
    func files(_ pairs: [(String, String)]) -> BatchedFiles {
        BatchedFiles(paths: pairs.map(\.0)) { indices in indices.map { pairs[$0].1 } }
    }

    @Test func aSecondLockOnTheSameDirectoryIsBusy() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let out = scratch.root + "/out"
        let first = try DirectoryLock(beside: out, command: "docs", directory: "out")
        #expect(throws: IOFailure("another stackcat run is writing into out (it holds \(scratch.root)/.stackcat-out.lock); try again when it has finished")) {
            _ = try DirectoryLock(beside: out, command: "site", directory: "out")
        }
        first.release()
        #expect(scratch.names() == [], "the lock file goes with the lock")
        let again = try DirectoryLock(beside: out, command: "site", directory: "out")
        again.release()
    }

    @Test func createsANewDirectoryWhole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var notes: [String] = []
        let directory = try StagedDirectory(path: scratch.root + "/out", command: "docs") { notes.append($0) }
        try directory.locked { try directory.create(files([("index.md", "i\n"), ("tools/a.md", "a\n")])) }
        #expect(scratch.names() == ["out"], "no staging directory or lock file is left")
        #expect(scratch.read("out/index.md") == "i\n" && scratch.read("out/tools/a.md") == "a\n")
        #expect(notes.isEmpty)
    }

    @Test func replacesWhatChangedAndKeepsFilesNotOurs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("old\n", to: "out/tools/a.md")
        try scratch.write("stays\n", to: "out/tools/b.md")
        try scratch.write("extra\n", to: "out/tools/gone.md")
        try scratch.write("someone else's\n", to: "out/README")
        let directory = try StagedDirectory(path: scratch.root + "/out", command: "docs") { _ in }
        let batched = files([("tools/a.md", "new\n"), ("tools/b.md", "stays\n")])
        try directory.locked {
            try directory.update(DirectoryTree(walking: directory.target), files: batched, changed: [0], extras: ["tools/gone.md"])
        }
        #expect(scratch.read("out/tools/a.md") == "new\n")
        #expect(scratch.read("out/tools/b.md") == "stays\n")
        #expect(scratch.read("out/README") == "someone else's\n")
        #expect(scratch.names(in: "out/tools") == ["a.md", "b.md"])
        #expect(scratch.names() == ["out"])
    }

    @Test func refusesWhatIsNotADirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("x", to: "file")
        #expect(throws: IOFailure("\(scratch.root)/file is not a directory; choose another --out")) {
            _ = try StagedDirectory(path: scratch.root + "/file", command: "docs") { _ in }
        }
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/dangling", withDestinationPath: scratch.root + "/nothing")
        #expect(throws: IOFailure("\(scratch.root)/dangling is a dangling symbolic link (what it names does not exist); remove it or choose another --out")) {
            _ = try StagedDirectory(path: scratch.root + "/dangling", command: "docs") { _ in }
        }
    }

    @Test func markedDirectoryRefusesFilesWithoutTheMarker() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("# mine\n", to: "out/tools/a.yaml")
        try scratch.write("# generated\nstale\n", to: "out/tools/b.yaml")
        let marked = MarkedDirectory(path: scratch.root + "/out", marker: "# generated", what: "an import", command: "import") { _ in }
        #expect(throws: IOFailure("\(scratch.root)/out/tools/a.yaml exists and was not written by an import; move it away")) {
            _ = try marked.write([("tools/a.yaml", "# generated\na\n")])
        }
        try scratch.write("# generated\nold\n", to: "out/tools/a.yaml")
        #expect(try marked.write([("tools/a.yaml", "# generated\nnew\n")]) == 1)
        #expect(scratch.names(in: "out/tools") == ["a.yaml"])
        #expect(try marked.write([("tools/a.yaml", "# generated\nnew\n")]) == 0)
        #expect(scratch.names() == ["out"])
    }

    /// Issue 21, family 3: an update is made in place; the directories stay the same directories.
    @Test func anUpdateKeepsTheDirectoriesAndWhatOthersPutThere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("old\n", to: "out/tools/a.md")
        try scratch.write("theirs\n", to: "out/tools/theirs.txt")
        chmod(scratch.root + "/out/tools", 0o2750)
        let before = SystemCalls.attributes(of: scratch.root + "/out/tools")
        let directory = try StagedDirectory(path: scratch.root + "/out", command: "docs") { _ in }
        let batched = files([("index.md", "i\n"), ("stacks/s.md", "s\n"), ("tools/a.md", "new\n")])
        try directory.locked {
            let tree = try DirectoryTree(walking: directory.target)
            // Written by someone else after the walk.
            try scratch.write("late\n", to: "out/tools/late.txt")
            try directory.update(tree, files: batched, changed: [0, 1, 2], extras: [])
        }
        #expect(SystemCalls.attributes(of: scratch.root + "/out/tools") == before, "same inode, mode and owner")
        #expect(scratch.names(in: "out/tools") == ["a.md", "late.txt", "theirs.txt"])
        #expect(scratch.read("out/tools/a.md") == "new\n" && scratch.read("out/stacks/s.md") == "s\n")
    }

    /// A new file never replaces one that appeared meanwhile: the run keeps it and says so.
    @Test func aFileThatAppearsWhereANewOneGoesIsKept() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("x\n", to: "out/index.md")
        let directory = try StagedDirectory(path: scratch.root + "/out", command: "docs") { _ in }
        let error = #expect(throws: IOFailure.self) {
            try directory.locked {
                let tree = try DirectoryTree(walking: directory.target)
                try scratch.write("theirs\n", to: "out/new.md")
                try directory.update(tree, files: files([("index.md", "y\n"), ("new.md", "ours\n")]), changed: [0, 1], extras: [])
            }
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("new.md appeared while stackcat was writing"))
        #expect(scratch.read("out/new.md") == "theirs\n" && scratch.read("out/index.md") == "y\n")
        #expect(scratch.names(in: "out") == ["index.md", "new.md"], "no temporary file is left")
    }

    /// Issue 21, family 3: a staging directory is ours by its marker, not by its name.
    @Test func onlyMarkedStagingDirectoriesOfDeadRunsAreRemoved() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let siblings = Siblings(of: scratch.root + "/out", command: "docs")
        let marked = ".stackcat-docs-4194305-00000000deadbeef-out"
        let unmarked = ".stackcat-docs-123-out"
        let forged = ".stackcat-docs-4194305-0123456789abcdef-out"
        let alive = ".stackcat-docs-\(SystemCalls.processID)-00000000deadbeef-out"
        try scratch.write("stackcat staging directory 4194305-00000000deadbeef\n", to: marked + "/.stackcat-staging")
        try scratch.write("half\n", to: marked + "/tools/a.md")
        try scratch.write("mine\n", to: unmarked + "/file")
        try scratch.write("stackcat staging directory 4194305-00000000deadbeef\n", to: forged + "/.stackcat-staging")
        try scratch.write("stackcat staging directory \(SystemCalls.processID)-00000000deadbeef\n", to: alive + "/.stackcat-staging")
        #expect(siblings.isMarked(marked) && siblings.isMarked(alive))
        #expect(!siblings.isMarked(unmarked) && !siblings.isMarked(forged))
        var notes: [String] = []
        let directory = try StagedDirectory(path: scratch.root + "/out", command: "docs") { notes.append($0) }
        try directory.locked {}
        #expect(scratch.names() == [alive, unmarked, forged].sorted())
        #expect(notes.count == 2 && notes.allSatisfy { $0.hasPrefix("docs: note: left \(scratch.root)/.stackcat-docs-") })
    }

    @Test func abandonedTemporaryFilesAreRecognisedByTheirWholeName() {
        #expect(Siblings.isAbandonedTemporary(".stackcat-4194305-0123456789abcdef-page.md"))
        #expect(!Siblings.isAbandonedTemporary(".stackcat-4194305-page.md"))
        #expect(!Siblings.isAbandonedTemporary(".stackcat-4194305-0123456789abcdef-"))
        #expect(!Siblings.isAbandonedTemporary(".stackcat-\(SystemCalls.processID)-0123456789abcdef-page.md"), "a live process")
    }

    @Test func renameNoReplaceRefusesWhatIsThere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("a\n", to: "a")
        try scratch.write("b\n", to: "b")
        #expect(SystemCalls.renameNoReplace(scratch.root + "/a", to: scratch.root + "/b")?.alreadyExists == true)
        #expect(SystemCalls.renameNoReplace(scratch.root + "/a", to: scratch.root + "/c") == nil)
        #expect(scratch.names() == ["b", "c"])
    }

    /// Once an interruption has removed what a run made, the run makes nothing more.
    @Test func pendingWritesStopOnceRemoved() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let pending = PendingWrites()
        try pending.make(scratch.root + "/d", directory: true) { SystemCalls.makeDirectory(scratch.root + "/d").map(\.message) }
        try pending.make(scratch.root + "/d/f") { AtomicFile.createFile("x", at: scratch.root + "/d/f") }
        pending.removeAll()
        #expect(scratch.names() == [])
        #expect(throws: IOFailure.self) { try pending.make(scratch.root + "/g") { AtomicFile.createFile("x", at: scratch.root + "/g") } }
        #expect(scratch.names() == [])
    }
}
