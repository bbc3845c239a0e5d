import StackcatIO
import StackcatCore

/// What is at a path, without following a final symbolic link.
enum FileState {
    case missing
    case file(String)
    case other(String)

    enum Kind { case missing, file, directory, symlink, other }

    static func kind(_ path: String) -> Kind {
        switch SystemCalls.kind(of: path, followingLinks: false) {
        case .missing: return .missing
        case .file: return .file
        case .directory: return .directory
        case .symbolicLink: return .symlink
        case .other: return .other
        }
    }

    static func of(_ path: String) -> FileState {
        switch kind(path) {
        case .missing: return .missing
        case .directory: return .other("a directory")
        case .symlink: return .other("a symbolic link")
        case .other: return .other("not a regular file")
        case .file:
            guard case .success(let bytes) = SystemCalls.readFile(path) else { return .other("unreadable") }
            return .file(String(decoding: bytes, as: UTF8.self))
        }
    }

    static func realPath(_ path: String) -> String? {
        SystemCalls.realPath(path)
    }
}
