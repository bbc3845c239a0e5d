#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls behind `Interruption`: a signal handler that only writes the signal's number to
/// a pipe (`write` is async-signal-safe; nothing else is done in the handler), a thread that reads
/// it, and the way back to the signal's default action.
extension SystemCalls {
    /// The signals a user sends to stop a run: Ctrl-C, `kill`, a closed terminal.
    static let interruptingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Routes the interrupting signals to `body`, called on a thread of its own with the signal's
    /// number. A signal that was ignored when the process started (`nohup` ignores SIGHUP) stays
    /// ignored. Call once.
    static func routeInterruptions(to body: @escaping @Sendable (Int32) -> Void) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        signalPipe = fds[1]
        signalPipeRead = fds[0]
        signalBody = body
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { _ in
                // The signals are taken on this thread, even where the process inherited them blocked
                // (a child of a Dispatch worker thread does): it only reads the pipe.
                var set = sigset_t()
                sigemptyset(&set)
                for signal in SystemCalls.interruptingSignals { sigaddset(&set, signal) }
                _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
                var byte: UInt8 = 0
                while true {
                    let count = read(SystemCalls.signalPipeRead, &byte, 1)
                    if count == 1 { SystemCalls.signalBody?(Int32(byte)) } else if count == 0 || errno != EINTR { return nil }
                }
            }, nil)
        guard started == 0 else { return }
        _ = pthread_detach(thread)
        for signal in interruptingSignals {
            var old = sigaction()
            guard sigaction(signal, nil, &old) == 0, !isIgnored(old) else { continue }
            var action = sigaction()
            #if canImport(Darwin)
                action.__sigaction_u.__sa_handler = writeSignalToPipe
            #else
                action.__sigaction_handler.sa_handler = writeSignalToPipe
            #endif
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            _ = sigaction(signal, &action, nil)
        }
    }

    /// Ends the process with a signal's default action, so that its status says which signal it was
    /// (sent to the calling thread, which does not block it).
    static func dieOf(_ signal: Int32) -> Never {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, nil)  // zeroed: SIG_DFL
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
        _ = raise(signal)
        // A default action that does not end the process cannot happen for these signals; be sure anyway.
        _exit(128 + signal)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
            let handler = action.__sigaction_u.__sa_handler
        #else
            let handler = action.__sigaction_handler.sa_handler
        #endif
        return handler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false  // SIG_IGN is handler 1
    }

    // Set before the handler is installed and never changed after, so the handler reads a plain value.
    nonisolated(unsafe) fileprivate static var signalPipe: Int32 = -1
    nonisolated(unsafe) fileprivate static var signalPipeRead: Int32 = -1
    nonisolated(unsafe) fileprivate static var signalBody: (@Sendable (Int32) -> Void)?
}

/// The handler: async-signal-safe, it only writes one byte.
private func writeSignalToPipe(_ signal: Int32) {
    var byte = UInt8(truncatingIfNeeded: signal)
    let saved = errno
    _ = write(SystemCalls.signalPipe, &byte, 1)
    errno = saved
}
