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
    }

    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
