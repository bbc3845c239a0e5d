/// Rules every command that writes a directory or file (docs, export, import) applies to its --out.
public enum OutputTarget {
    /// The path with its directory resolved, whether or not the last component exists yet.
    public static func resolved(_ path: String) -> String {
        FileState.realPath(path) ?? FileState.realPath(parent(of: path)).map { $0 + "/" + lastComponent(path) } ?? path
    }

    /// Refuses `/`, the home directory and the `also` paths (real paths, with how to name them).
    public static func refuseDangerous(_ path: String, writing what: String, also: [(String, String)] = []) throws(IOFailure) {
        let target = resolved(path)
        var forbidden: [(String, String)] = [("/", "the root directory")]
        if let home = SystemCalls.environmentVariable("HOME").flatMap(FileState.realPath) { forbidden.append((home, "your home directory")) }
        for (dangerous, name) in forbidden + also where target == dangerous {
            throw IOFailure("refusing to write \(what) into \(name) (\(path)); choose another --out")
        }
        try refuseUnreplaceable(path, writing: what)
    }

    /// A directory is written by building the new one beside it and swapping the two, so the
    /// directory must be one that can be renamed: not the current directory or one that holds it
    /// (a shell there would be left in the old, deleted one; `rename` refuses `.` outright), and not
    /// a mount point. Refused before any work, with what to do instead.
    public static func refuseUnreplaceable(_ path: String, writing what: String, option: String = "--out") throws(IOFailure) {
        guard FileState.isDirectory(path), let target = FileState.realPath(path) else { return }
        if let here = FileState.realPath("."), here == target || here.hasPrefix(target == "/" ? "/" : target + "/") {
            throw IOFailure("cannot write \(what) into \(path): it is the current directory\(here == target ? "" : " or holds it"), "
                            + "which stackcat cannot swap for the new one; run stackcat from outside it (for example 'cd ..') "
                            + "and give its name or path as \(option)")
        }
        let parentPath = parent(of: target)
        if let device = SystemCalls.deviceID(of: target), let parentDevice = SystemCalls.deviceID(of: parentPath), device != parentDevice {
            throw IOFailure("cannot write \(what) into \(path): it is a mount point, which stackcat cannot swap for the new one; "
                            + "give a new directory inside it as \(option)")
        }
    }

    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
