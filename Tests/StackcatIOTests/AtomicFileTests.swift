import Foundation
import Testing

@testable import StackcatIO

@Suite struct AtomicFileTests {
    /// Contents whose writing fails half way: the bytes before the failure are written.
    struct FailingContents: FileContents {
        func write(to fd: Int32) -> SystemCalls.Failure? {
            _ = SystemCalls.writeAll(fd, "half a fi")
            return SystemCalls.Failure(code: 5)
        }
    }

    @Test func replacesAFileKeepingItsMode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("old\n", to: "page.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: scratch.root + "/page.md")
        try AtomicFile.write("new\n", to: scratch.root + "/page.md", within: scratch.root)
        #expect(scratch.read("page.md") == "new\n")
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.root + "/page.md")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(scratch.names() == ["page.md"], "no temporary file is left")
    }

    @Test func aFailedWriteLeavesTheOldFileWhole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("old\n", to: "page.md")
        let error = AtomicFile.writeFile(FailingContents(), to: scratch.root + "/page.md")
        #expect(error?.hasPrefix("cannot write \(scratch.root)/.stackcat-") == true, "\(error ?? "")")
        #expect(scratch.read("page.md") == "old\n")
        #expect(scratch.names() == ["page.md"], "the half-written temporary file is removed")
    }

    @Test func createFileNeverOverwrites() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("mine\n", to: "a")
        let error = AtomicFile.createFile("theirs\n", at: scratch.root + "/a")
        #expect(error == "cannot write \(scratch.root)/a: File exists")
        #expect(scratch.read("a") == "mine\n")
    }

    @Test func makeDirectoriesRefusesAFileInTheWay() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("x", to: "file")
        #expect(throws: IOFailure("\(scratch.root)/file is in the way: it is not a directory")) {
            try AtomicFile.makeDirectories(scratch.root + "/file/sub", within: scratch.root)
        }
    }

    @Test func temporaryNamesAreUnpredictable() {
        let a = AtomicFile.temporaryName(for: "page.md")
        let b = AtomicFile.temporaryName(for: "page.md")
        #expect(a != b)
        #expect(a.hasPrefix(".stackcat-\(SystemCalls.processID)-") && a.hasSuffix("-page.md"))
        #expect(a.count == ".stackcat-\(SystemCalls.processID)-".count + 16 + "-page.md".count)
        let x = Siblings(of: "/tmp/out", command: "docs")
        let y = Siblings(of: "/tmp/out", command: "docs")
        #expect(x.staging != y.staging)
        #expect(x.matches(OutputTarget.lastComponent(x.staging), old: false))
        #expect(x.matches(".stackcat-docs-old-123-0123456789abcdef-out", old: true), "an older stackcat's aside directory")
        #expect(!x.matches(OutputTarget.lastComponent(x.staging), old: true))
        #expect(!Siblings(of: "/tmp/other", command: "docs").matches(OutputTarget.lastComponent(x.staging), old: false))
    }
}
