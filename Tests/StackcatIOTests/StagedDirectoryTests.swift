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
}
