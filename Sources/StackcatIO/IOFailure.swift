/// Why a command stopped: what to tell the user and the exit status. The layers below the command
/// line throw it where a problem arises and never print it; the entry point prints each message
/// once, as `stackcat: error: MESSAGE`, and exits with `exitCode`.
public struct IOFailure: Error, Sendable, Equatable {
    /// One or more messages (several when a command refuses several files at once), each without
    /// the `stackcat: error: ` prefix or a final newline.
    public var messages: [String]
    public var exitCode: Int32

    public init(_ message: String, exitCode: Int32 = 1) {
        self.init(messages: [message], exitCode: exitCode)
    }

    public init(messages: [String], exitCode: Int32 = 1) {
        self.messages = messages
        self.exitCode = exitCode
    }

    /// The text the entry point prints: one `stackcat: error:` line per message.
    public var text: String {
        messages.map { "stackcat: error: \($0)\n" }.joined()
    }
}
