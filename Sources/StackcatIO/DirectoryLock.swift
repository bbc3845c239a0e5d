/// The lock that keeps two runs from writing one output directory at once: a `flock` on
/// `.stackcat-<name>.lock` beside the directory, whatever the command (`docs` and `site` into one
/// directory exclude each other too). A second run fails at once rather than
/// waiting (in CI a wait would only hide two jobs racing for one directory); the kernel releases the
/// lock of a killed run, and the file is removed on release, and by a run that the user interrupts
/// (`Interruption`).
public struct DirectoryLock {
    public let path: String
    private let fd: Int32
    private let cleanup: Interruption.Cleanup

    /// Locks the directory `target`; `directory` is how messages name it (as the user gave it).
    public init(beside target: String, command: String, directory: String) throws(IOFailure) {
        path = Siblings(of: target, command: command).lock
        switch SystemCalls.lock(path) {
        case .success(let fd):
            self.fd = fd
            let path = path
            cleanup = Interruption.onInterrupt { _ = SystemCalls.removeFile(path) }
        case .failure(let error) where error.isBusy:
            throw IOFailure("another stackcat run is writing into \(directory) (it holds \(path)); try again when it has finished")
        case .failure(let error):
            throw IOFailure("cannot create the lock file \(path): \(error.message)")
        }
    }

    /// The clock of the directory's file system, as it stamps changes (ctime), read by touching the
    /// lock file, which is beside the directory; nil when it cannot be touched.
    public func fileSystemTime() -> Int64? {
        SystemCalls.touch(fd)
    }

    public func release() {
        cleanup.cancel()
        SystemCalls.unlock(fd, at: path)
    }
}
