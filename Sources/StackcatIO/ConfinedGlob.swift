#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the directories or files below a root that a glob matches (`services/*/stackcat`,
/// `**/catalog-info.yaml`), without leaving the root: a symbolic link is followed only when it
/// resolves inside it, hidden folders (`.git`, `.stackcat`) are not entered, and the walk stops at
/// `limit` matches or `visitLimit` directories. `*`, `?` and `[...]` match within one path segment
/// and never a leading dot; `**` matches any number of folders, without entering symbolic links.
public enum ConfinedGlob {
    public enum Outcome: Sendable, Equatable {
        /// The matches, as paths relative to the root, sorted in byte order.
        case matches([String])
        /// More than the limit of matches, or of directories walked.
        case tooMany(limit: Int)
        /// The root cannot be opened.
        case unreadableRoot
    }

    /// Whether a segment holds glob characters.
    public static func isPattern(_ segment: Substring) -> Bool {
        segment.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// `root` is a resolved path (`FileState.realPath`); `pattern` a relative path whose problems the
    /// caller has refused (`..`, absolute). `directories` chooses what a match may be.
    public static func find(_ pattern: String, in root: String, directories: Bool, limit: Int, visitLimit: Int = 200_000) -> Outcome {
        guard FileState.isDirectory(root) else { return .unreadableRoot }
        let segments = pattern.split(separator: "/").filter { $0 != "." }.map(String.init)
        guard !segments.isEmpty else { return directories ? .matches([""]) : .matches([]) }
        var found: Set<String> = []
        var visited = 0
        var overflow = false
        // (directory relative to the root, index of the next segment); a set keeps `**/**` from
        // walking a tree twice, and a real path per directory keeps links from making loops.
        var pending: [(String, Int)] = [("", 0)]
        var seen: Set<String> = []
        while let (directory, index) = pending.popLast() {
            if overflow { break }
            guard seen.insert(directory + "\u{0}" + String(index)).inserted else { continue }
            visited += 1
            if visited > visitLimit {
                overflow = true
                break
            }
            let absolute = directory.isEmpty ? root : root + "/" + directory
            let segment = segments[index]
            let last = index == segments.count - 1
            func child(_ name: String) -> String { directory.isEmpty ? name : directory + "/" + name }
            if segment == "**" {
                // Zero folders: the next segment here; one more: this segment again one level down.
                if last {
                    if directories { found.insert(directory) }
                } else {
                    pending.append((directory, index + 1))
                }
                for name in subdirectories(of: absolute, root: root) { pending.append((child(name), index)) }
                continue
            }
            let names: [String]
            if isPattern(segment[...]) {
                names = (SystemCalls.entries(of: absolute) ?? []).map(\.name).filter { matches(segment, $0) }
            } else {
                names = [segment]
            }
            for name in names {
                let path = absolute + "/" + name
                guard let kind = confinedKind(path, root: root) else { continue }
                if last {
                    if (directories && kind == .directory) || (!directories && kind == .file) {
                        found.insert(child(name))
                        if found.count > limit {
                            overflow = true
                            break
                        }
                    }
                } else if kind == .directory {
                    pending.append((child(name), index + 1))
                }
            }
        }
        if overflow { return .tooMany(limit: visited > visitLimit ? visitLimit : limit) }
        return .matches(found.sorted { a, b in a.utf8.lexicographicallyPrecedes(b.utf8) })
    }

    /// The folders of a directory that `**` enters: not hidden, and not symbolic links (which could
    /// make the walk a loop).
    static func subdirectories(of directory: String, root: String) -> [String] {
        (SystemCalls.entries(of: directory) ?? []).compactMap { entry in
            !entry.name.hasPrefix(".") && entry.kind == .directory ? entry.name : nil
        }.sorted { a, b in a.utf8.lexicographicallyPrecedes(b.utf8) }
    }

    /// What is at `path`, following links only while they stay inside `root`; nil when it is missing
    /// or leads outside.
    public static func confinedKind(_ path: String, root: String) -> SystemCalls.FileKind? {
        let kind = SystemCalls.kind(of: path, followingLinks: false)
        switch kind {
        case .missing: return nil
        case .symbolicLink:
            guard let real = SystemCalls.realPath(path), real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else { return nil }
            let target = SystemCalls.kind(of: real, followingLinks: false)
            return target == .missing ? nil : target
        default: return kind
        }
    }

    /// One segment against one name, as the shell would (a leading dot is matched only by a dot).
    public static func matches(_ segment: String, _ name: String) -> Bool {
        fnmatch(segment, name, FNM_PERIOD) == 0
    }
}
