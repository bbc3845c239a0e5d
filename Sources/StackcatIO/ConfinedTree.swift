/// Reads the files of one directory tree without leaving it: the root is its resolved path (so the
/// path given may itself be a symbolic link), entry directories and files are opened relative to it
/// without following links, and a link is followed only when it stays inside (see
/// `SystemCalls.readFile`). Files larger than `maxFileSize` are reported, not read. The caller says
/// which names to read (the catalog's layout); this type only reads them, on every core for big trees.
public enum ConfinedTree {
    /// What reading one name gave.
    public enum Outcome: Sendable {
        /// The file's bytes, with its path relative to the root.
        case file(relative: String, bytes: [UInt8])
        /// The file could not be read; `relative` names it.
        case unreadable(relative: String, SystemCalls.ReadError)
        /// An entry directory is a symbolic link that leads outside the root.
        case directoryOutside(relative: String, target: String)
        /// A directory that is there but cannot be opened or listed (no permission): `relative` names
        /// it, empty for the root itself.
        case unreadableDirectory(relative: String, reason: String)
    }

    /// Reads the tree at `directory`, or returns nil when it cannot be opened. `entryDirectories` are
    /// the subdirectories to list; `names` turns the root's visible entries and a lister of each entry
    /// directory into the relative paths to read, in the order the outcomes come back.
    public static func read(
        _ directory: String, entryDirectories: [String], maxFileSize: Int,
        names: (_ top: [String], _ list: (String) -> [String]) -> [String]
    ) -> [Outcome]? {
        guard let root = SystemCalls.realPath(directory) else { return nil }
        guard let rootFD = SystemCalls.openDirectory(root) else {
            return [.unreadableDirectory(relative: "", reason: SystemCalls.Failure.last.message)]
        }
        defer { SystemCalls.close(rootFD) }
        let top = SystemCalls.visibleEntries(ofDirectory: rootFD)
        var outcomes: [Outcome] = []
        var directories: [String: Int32] = [:]
        defer { directories.values.forEach(SystemCalls.close) }
        for name in entryDirectories where top.contains(name) {
            switch SystemCalls.openDirectory(name, relativeTo: rootFD, confinedTo: root) {
            case .success(let fd): directories[name] = fd
            case .failure(.outside(let target)): outcomes.append(.directoryOutside(relative: name, target: target))
            case .failure(.failed(let failure)) where !failure.isNotADirectory:
                // There, but closed to us (EACCES): its entries would silently go unchecked.
                outcomes.append(.unreadableDirectory(relative: name, reason: failure.message))
            case .failure: break  // A file called like the directory, a dangling link: nothing to list.
            }
        }
        let opened = directories
        let paths = names(top) { opened[$0].map(SystemCalls.visibleEntries(ofDirectory:)) ?? [] }
        // Reading is independent per file: spread it over the cores for big trees.
        let parts = Parallel.fold(paths.count, initial: { [Outcome]() }) { part, index in
            let relative = paths[index]
            var base = rootFD
            var name = relative
            if let slash = relative.utf8.firstIndex(of: UInt8(ascii: "/")), let fd = opened[String(relative[..<slash])] {
                base = fd
                name = String(relative[relative.utf8.index(after: slash)...])
            }
            switch SystemCalls.readFile(name, relativeTo: base, maxSize: maxFileSize, confinedTo: root) {
            case .success(let bytes): part.append(.file(relative: relative, bytes: bytes))
            case .failure(let error): part.append(.unreadable(relative: relative, error))
            }
        }
        for part in parts { outcomes += part }
        return outcomes
    }
}
