import Testing

@testable import StackcatIO

@Suite struct ProcessTests {
    @Test func pipesAreClosedOnExec() throws {
        let (read, write) = try #require(SystemCalls.makePipe())
        defer {
            SystemCalls.close(read)
            SystemCalls.close(write)
        }
        #expect(SystemCalls.isCloseOnExec(read))
        #expect(SystemCalls.isCloseOnExec(write))
        #expect(!SystemCalls.isCloseOnExec(SystemCalls.standardError))
    }

    /// More than a socket buffer holds each way, so a writer that did not read as it wrote would wait forever.
    @Test func runCapturingReadsWhileItWrites() throws {
        let input = String(repeating: "0123456789abcdef\n", count: 200_000)
        let (status, output) = try #require(SystemCalls.runCapturing("/bin/cat", arguments: [], input: input))
        #expect(status == 0)
        #expect(output.count == input.utf8.count)
        #expect(String(decoding: output, as: UTF8.self) == input)
        let failed = try #require(SystemCalls.runCapturing("/bin/sh", arguments: ["-c", "exit 3"], input: input))
        #expect(failed.status == 3)
        #expect(SystemCalls.runCapturing("/nonexistent/program", arguments: [], input: "") == nil)
    }

    @Test func theFailurePrintsEachMessageOnce() {
        #expect(IOFailure("cannot read x: No such file or directory").text == "stackcat: error: cannot read x: No such file or directory\n")
        let several = IOFailure(messages: ["a", "b"])
        #expect(several.text == "stackcat: error: a\nstackcat: error: b\n")
        #expect(several.exitCode == 1)
    }
}
