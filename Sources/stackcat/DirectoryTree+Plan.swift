import StackcatCore
import StackcatIO

/// A walked directory as the core's `GeneratedTreePlan` sees it.
extension DirectoryTree {
    /// What a generated file's path holds, read when it is a regular file.
    func existing(_ relative: String) -> GeneratedTreePlan.Existing {
        switch kind(relative) {
        case .missing: return .missing
        case .directory: return .other(.directory)
        case .symbolicLink: return .other(.symbolicLink)
        case .other: return .other(.other)
        case .file:
            switch text(relative) {
            case .success(let text): return .file(text)
            case .failure(.tooLarge(let size)): return .tooLarge(size: size)
            case .failure(let error): return .unreadable(error.reason)
            }
        }
    }

    /// The first directory on the way to a relative path that exists and is not a directory.
    func blockingEntry(of relative: String) -> (name: String, kind: GeneratedTreePlan.EntryKind)? {
        guard let (name, kind) = blockingDirectory(of: relative) else { return nil }
        switch kind {
        case .file: return (name, .file)
        case .symbolicLink: return (name, .symbolicLink)
        case .directory: return (name, .directory)
        case .missing, .other: return (name, .other)
        }
    }
}
