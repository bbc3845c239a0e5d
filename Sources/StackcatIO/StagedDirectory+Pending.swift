/// What a run has made and not yet moved into place (temporary files, new directories, a staging
/// tree), so that a failure or an interruption removes exactly that. Each is recorded and made under
/// one lock: once `removeAll` has begun (on the signal thread), nothing more is made, so nothing made
/// is missed.
final class PendingWrites: @unchecked Sendable {
    private let lock = SystemCalls.Lock()
    private var files: [String] = []
    private var directories: [String] = []
    private var trees: [String] = []
    private var closed = false

    /// Makes a file or directory with `make` (which returns an error message), recording it first.
    /// `tree`: a directory of ours alone, removed with all it holds; otherwise a directory is removed
    /// only while empty (someone else may have put a file into it). `inTree`: made inside a tree
    /// recorded before, so not recorded itself.
    func make(_ path: String, directory: Bool = false, tree: Bool = false, inTree: Bool = false, _ make: () -> String?) throws {
        try lock.withLock {
            guard !closed else { throw IOFailure("interrupted") }
            if let error = make() { throw IOFailure(error) }
            if inTree { return }
            if tree { trees.append(path) } else if directory { directories.append(path) } else { files.append(path) }
        }
    }

    /// Removes everything recorded, newest first, and makes nothing more.
    func removeAll() {
        lock.withLock {
            closed = true
            for file in files.reversed() { _ = SystemCalls.removeFile(file) }
            for directory in directories.reversed() { _ = SystemCalls.removeDirectory(directory) }
            for tree in trees.reversed() { _ = DirectoryTree.remove(tree) }
            files = []
            directories = []
            trees = []
        }
    }
}
