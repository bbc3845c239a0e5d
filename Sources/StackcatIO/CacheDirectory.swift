/// `.stackcat/cache/` of the repository that holds the catalog: the git repositories that the catalog
/// includes (`GitCache`) and the stamps of generated directories (`OutputStamp`). Its own `.gitignore`
/// keeps it out of the user's commits, and deleting it is always safe: what it holds is fetched or
/// made again.
public struct CacheDirectory: Sendable {
    /// The repository (a resolved path).
    public let root: String
    /// `<root>/.stackcat/cache`.
    public let path: String

    public init(root: String) {
        self.root = root
        path = (root == "/" ? "" : root) + "/.stackcat/cache"
    }

    /// Makes `<path>/<subdirectory>` (and the directories above it, without following a symbolic link
    /// below `root`) and the cache's `.gitignore`; returns the subdirectory's path.
    @discardableResult
    public func prepare(_ subdirectory: String) throws(IOFailure) -> String {
        let directory = path + "/" + subdirectory
        do {
            try AtomicFile.makeDirectories(directory, within: root)
        } catch let failure as IOFailure {
            throw failure
        } catch {
            throw IOFailure("cannot create the cache \(path): \(error)")
        }
        let ignore = path + "/.gitignore"
        if FileState.kind(ignore) == .missing,
            let problem = AtomicFile.writeFile("# written by stackcat: its cache, which it may delete and make again\n*\n", to: ignore)
        {
            throw IOFailure("cannot write \(ignore): \(problem)")
        }
        return directory
    }
}
