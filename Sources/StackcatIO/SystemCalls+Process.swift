#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls about the process's surroundings: the terminal, the environment, the clock, its
/// exit and the programs it runs (Graphviz), apart from the rest only to keep each file short.
extension SystemCalls {
    // MARK: Terminal and environment

    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The width of the terminal on `fd`, if it reports one.
    public static func terminalColumns(_ fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    public static func environmentVariable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Every environment variable.
    public static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environmentPointer
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                result[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }

    private static var environmentPointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        #if canImport(Darwin)
            return _NSGetEnviron().pointee!
        #else
            return environ
        #endif
    }

    /// Ends the process now, without running anything else.
    public static func exit(_ status: Int32) -> Never {
        cExit(status)
    }

    /// Seconds since 1970 by the system clock.
    public static func secondsSince1970() -> Int64 { Int64(time(nil)) }

    // MARK: Programs

    /// The exit status of a program that SIGPIPE ended (its standard output was a pipe that the
    /// reader closed, as in `| head`): 128 + SIGPIPE, 141 on Linux and macOS.
    public static let brokenPipeStatus: Int32 = 128 + SIGPIPE

    /// Ends this process the way a closed pipe ends every other command: by SIGPIPE, with no
    /// message (a shell sees status 141), so `stackcat graph --format svg | head` behaves like
    /// `stackcat list | head`.
    public static func endByBrokenPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        _exit(brokenPipeStatus)
    }

    public static func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }

    /// Runs a program with `input` on its standard input, sharing this process's standard error and
    /// its standard output unless `outputFile` names a file to write that to instead (created or
    /// truncated), and returns its exit status (128 + the signal if a signal ended it), or -1 if it
    /// could not be started.
    public static func run(_ path: String, arguments: [String], input: String, outputFile: String? = nil) -> Int32 {
        run(path, arguments: arguments, input: input, outputFile: outputFile, within: nil) ?? -1
    }

    /// `run`, killing the program (SIGKILL) once it has run for `budget`: nil then.
    public static func run(_ path: String, arguments: [String], input: String, outputFile: String? = nil, within budget: Duration?) -> Int32? {
        let deadline = budget.map { ContinuousClock.now + $0 }
        guard let (readEnd, writeEnd) = makePipe() else { return -1 }
        let fds = [readEnd, writeEnd]
        let pid = spawn(path, arguments: arguments) { actions in
            posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO)
            if let outputFile {
                posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            }
        }
        _ = cClose(fds[0])
        guard let pid else {
            _ = cClose(fds[1])
            return -1
        }
        _ = writeAll(fds[1], input)
        _ = cClose(fds[1])
        guard let deadline else { return waitForExit(pid) }
        return waitForExit(pid, until: deadline)
    }

    /// Waits for a child until `deadline`: its status as `waitForExit`, or nil once the deadline has
    /// passed, having killed it (SIGKILL) and reaped it.
    static func waitForExit(_ pid: Int32, until deadline: ContinuousClock.Instant) -> Int32? {
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F) }
            if done < 0 && errno != EINTR { return -1 }
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                _ = waitForExit(pid)
                return nil
            }
            usleep(2_000)
        }
    }

    /// Ends a child at once (SIGKILL); `waitForExit` then reaps it.
    static func killNow(_ pid: Int32) {
        _ = kill(pid, SIGKILL)
    }

    /// Waits until `fd` has something to read (or has been closed) or `deadline` passes: false then.
    static func waitReadable(_ fd: Int32, until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let ms = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let n = poll(&ready, 1, ms)
            if n > 0 { return true }
            if n < 0 && errno != EINTR { return true }
        }
    }

    /// A pipe whose two ends are closed on `exec`, so that no program started meanwhile (on another
    /// thread) inherits them and keeps the pipe open: `pipe2` with `O_CLOEXEC` on Linux, in one step;
    /// `pipe` and `fcntl` on Darwin, which has no `pipe2`.
    public static func makePipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        #if canImport(Darwin)
            guard pipe(&fds) == 0 else { return nil }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        #else
            // Swift's Glibc module does not declare pipe2 (glibc has had it since 2.9): look it up.
            if let pipe2 = pipe2 {
                guard pipe2(&fds, O_CLOEXEC) == 0 else { return nil }
            } else {
                guard pipe(&fds) == 0 else { return nil }
                for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            }
        #endif
        return (fds[0], fds[1])
    }

    #if !canImport(Darwin)
        private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        private static let pipe2: Pipe2? = dlsym(dlopen(nil, RTLD_NOW), "pipe2").map { unsafeBitCast($0, to: Pipe2.self) }
    #endif

    /// Whether a descriptor is closed on `exec` (`FD_CLOEXEC`).
    public static func isCloseOnExec(_ fd: Int32) -> Bool {
        let flags = fcntl(fd, F_GETFD)
        return flags >= 0 && flags & FD_CLOEXEC != 0
    }

    /// Runs a program with `input` on its standard input and returns its exit status (as
    /// `waitForExit`) with what it wrote to its standard output, or nil if it could not be started;
    /// its standard error is this process's. Both go through one socket (`spawnConnected`), written
    /// and read as `poll` says either side is ready, so neither waits on the other's full buffer and
    /// nothing is written to the file system.
    /// With `quietErrors`, its standard error goes to /dev/null (for programs whose messages the caller words itself).
    public static func runCapturing(
        _ path: String, arguments: [String], input: String,
        quietErrors: Bool = false
    ) -> (status: Int32, output: [UInt8])? {
        guard
            case .exited(let status, let output)? = runCapturing(
                path, arguments: arguments, input: input, within: nil,
                quietErrors: quietErrors)
        else { return nil }
        return (status, output)
    }

    /// How a program run for its output ended.
    public enum CapturedRun: Sendable {
        case exited(status: Int32, output: [UInt8])
        /// It ran past its time budget and was killed.
        case timedOut
    }

    /// `runCapturing`, killing the program (SIGKILL) once it has run for `budget`.
    public static func runCapturing(
        _ path: String, arguments: [String], input: String, within budget: Duration?,
        quietErrors: Bool = false
    ) -> CapturedRun? {
        let deadline = budget.map { ContinuousClock.now + $0 }
        var timedOut = false
        guard let (pid, socket) = spawnConnected(path, arguments: arguments, quietErrors: quietErrors) else { return nil }
        var input = input
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        input.withUTF8 { bytes in
            var sent = 0
            var writing = true
            func endInput() {
                writing = false
                _ = shutdown(socket, Int32(SHUT_WR))
            }
            if bytes.isEmpty { endInput() }
            while true {
                var ready = pollfd(fd: socket, events: Int16(POLLIN) | (writing ? Int16(POLLOUT) : 0), revents: 0)
                var wait: Int32 = -1
                if let deadline {
                    let left = ContinuousClock.now.duration(to: deadline)
                    guard left > .zero else {
                        timedOut = true
                        break
                    }
                    wait = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 60_000))
                }
                let polled = poll(&ready, 1, wait)
                if polled < 0 {
                    if errno == EINTR { continue }
                    break
                }
                if polled == 0 { continue }
                if writing && ready.revents & Int16(POLLOUT) != 0 {
                    let n = send(socket, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
                    if n > 0 {
                        sent += n
                        if sent == bytes.count { endInput() }
                    } else if n < 0 && errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK {
                        // The program stopped reading (it failed, or it needs no more): read what it says.
                        endInput()
                    }
                }
                if ready.revents & (Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)) != 0 {
                    let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                    if n > 0 {
                        output += buffer[..<n]
                    } else if n == 0 || (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) {
                        break
                    }
                }
            }
        }
        _ = cClose(socket)
        if timedOut {
            killNow(pid)
            _ = waitForExit(pid)
            return .timedOut
        }
        return .exited(status: waitForExit(pid), output: output)
    }

    /// Starts a program with both its standard input and its standard output connected to one end of
    /// a Unix socket pair (its standard error is this process's), and returns its process id and the
    /// other end, or nil if it could not be started. Writing to the socket with `send` never raises
    /// SIGPIPE if the program has died: the write fails instead.
    public static func spawnConnected(_ path: String, arguments: [String], quietErrors: Bool = false) -> (pid: Int32, socket: Int32)? {
        var ends: [Int32] = [0, 0]
        #if canImport(Darwin)
            guard socketpair(AF_UNIX, SOCK_STREAM, 0, &ends) == 0 else { return nil }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        #else
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else { return nil }
        #endif
        let pid = spawn(path, arguments: arguments) { actions in
            posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO)
            posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO)
            if quietErrors { posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0) }
        }
        _ = cClose(ends[1])
        guard let pid else {
            _ = cClose(ends[0])
            return nil
        }
        return (pid, ends[0])
    }

    /// Sends every byte on a connected socket; false if the other end is gone or another error occurred.
    public static func sendAll(_ socket: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = send(socket, bytes.baseAddress! + done, bytes.count - done, Int32(MSG_NOSIGNAL))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// Reads up to `buffer.count` bytes: how many, 0 at the end of input, -1 on an error.
    public static func readSome(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            let n = read(fd, buffer.baseAddress, buffer.count)
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    #if canImport(Darwin)
        private typealias FileActions = posix_spawn_file_actions_t?
    #else
        private typealias FileActions = posix_spawn_file_actions_t
    #endif

    /// Starts a program with this process's environment and the file actions `arrange` adds, and
    /// returns its process id, or nil if it could not be started.
    private static func spawn(_ path: String, arguments: [String], arrange: (inout FileActions) -> Void) -> pid_t? {
        restoreChildSignal()
        #if canImport(Darwin)
            var actions: FileActions = nil
        #else
            var actions = FileActions()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        arrange(&actions)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        return posix_spawn(&pid, path, &actions, nil, argv, environmentPointer) == 0 ? pid : nil
    }

    /// Waits for a child process to end: its exit status, or 128 + the signal that ended it.
    /// -1 if it cannot be waited for.
    public static func waitForExit(_ pid: Int32) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Children must be waited for: whoever started stackcat may have left SIGCHLD ignored, which
    /// makes the kernel reap them before `waitpid` can read their status (stackcat handles no signal
    /// of its own, so the default is safe to restore).
    private static func restoreChildSignal() {
        signal(SIGCHLD, SIG_DFL)
    }
}
