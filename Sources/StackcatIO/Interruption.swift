#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a run that writes a directory undoes when the user stops it with Ctrl-C, `kill` or a closed
/// terminal (SIGINT, SIGTERM, SIGHUP): its staging directory, its temporary files, its lock file.
/// Then the signal's default action ends the process, so that its exit status names the signal.
///
/// The handler does nothing but write the signal's number to a pipe; a thread of our own reads it
/// and runs the cleanups (see `SystemCalls.routeInterruptions`), so no cleanup runs in a signal
/// handler. The cleanups and `uninterruptible` share one lock: a signal that arrives while the
/// main thread moves new files into place waits until they are all in place, and the cleanup that
/// follows sees only what is still left (never the files just moved in). SIGKILL cannot be caught;
/// what it leaves, the next run removes (`StagedDirectory.cleanLeftovers`).
public enum Interruption {
    /// A registered cleanup.
    public final class Cleanup: Sendable {
        let id: Int

        init(id: Int) { self.id = id }

        /// Forgets the cleanup: what it would remove is now in place, or gone.
        public func cancel() {
            Interruption.state.withLock { Interruption.state.actions[id] = nil }
        }

        /// Runs the cleanup now (a failed run undoing its work) and forgets it.
        public func run() {
            Interruption.state.withLock {
                Interruption.state.actions.removeValue(forKey: id)?()
            }
        }
    }

    /// Registers `action` to run if the process is interrupted before the cleanup is cancelled or run.
    public static func onInterrupt(_ action: @escaping @Sendable () -> Void) -> Cleanup {
        state.withLock {
            if !state.routed {
                state.routed = true
                SystemCalls.routeInterruptions(to: interrupted)
            }
            state.nextID += 1
            state.actions[state.nextID] = action
            return Cleanup(id: state.nextID)
        }
    }

    /// Runs `body` with interruptions held until it returns: a few renames that must all happen
    /// (or none) for the directory to be old or new, never a mix.
    public static func uninterruptible<T>(_ body: () throws -> T) rethrows -> T {
        try state.withLock(body)
    }

    /// On the signal thread: the cleanups, newest first, then the signal's default action. The lock is
    /// never released, so the main thread cannot start anything else meanwhile.
    private static func interrupted(_ signal: Int32) {
        state.lock()
        for id in state.actions.keys.sorted(by: >) { state.actions[id]?() }
        state.actions = [:]
        SystemCalls.dieOf(signal)
    }

    private static let state = State()

    /// The cleanups, under a recursive lock (a cleanup run or cancelled inside `uninterruptible`).
    private final class State: @unchecked Sendable {
        var actions: [Int: @Sendable () -> Void] = [:]
        var nextID = 0
        var routed = false
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

        init() {
            var attributes = pthread_mutexattr_t()
            pthread_mutexattr_init(&attributes)
            pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
            mutex.initialize(to: pthread_mutex_t())
            pthread_mutex_init(mutex, &attributes)
            pthread_mutexattr_destroy(&attributes)
        }

        func lock() { pthread_mutex_lock(mutex) }

        func withLock<T>(_ body: () throws -> T) rethrows -> T {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            return try body()
        }
    }
}
