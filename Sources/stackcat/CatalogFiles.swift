import StackcatIO
import CatalogLayout
import StackcatCore

/// Reads a catalog directory into `CatalogFile`s, turning every I/O problem into a diagnostic.
enum CatalogFiles {
    struct Result {
        var files: [CatalogFile] = []
        var problems: [Diagnostic] = []
    }

    /// Reads the catalog in `directory`. Nothing outside it is read: the root is its resolved path
    /// (so `--catalog` may itself be a symbolic link), the entry directories and files are opened
    /// relative to it without following links, and a link is followed only when it stays inside
    /// (see `SystemCalls.readFile`). Files larger than `maxFileSize` are reported, not read.
    static func load(directory: String, displayPrefix: String, maxFileSize: Int) -> Result {
        var result = Result()
        guard let root = SystemCalls.realPath(directory), let rootFD = SystemCalls.openDirectory(root) else {
            return result
        }
        defer { SystemCalls.close(rootFD) }
        let top = SystemCalls.visibleEntries(ofDirectory: rootFD)
        var directories: [String: Int32] = [:]
        defer { directories.values.forEach(SystemCalls.close) }
        for name in CatalogLayout.entryDirectories where top.contains(name) {
            switch SystemCalls.openDirectory(name, relativeTo: rootFD, confinedTo: root) {
            case .success(let fd): directories[name] = fd
            case .failure(.outside(let target)):
                result.problems.append(Diagnostics.symlinkOutside(displayPrefix + name, target: target))
            case .failure:
                // A file called `tools`, a dangling link: there is nothing to list.
                break
            }
        }
        let opened = directories
        let names = CatalogLayout.files(top: top) { opened[$0].map(SystemCalls.visibleEntries(ofDirectory:)) ?? [] }
        // Reading is independent per file: spread it over the cores for big catalogs.
        let parts = Parallel.fold(names.count, initial: { Result() }) { part, index in
            let relative = names[index]
            var base = rootFD
            var name = relative
            if let slash = relative.utf8.firstIndex(of: UInt8(ascii: "/")), let fd = opened[String(relative[..<slash])] {
                base = fd
                name = String(relative[relative.utf8.index(after: slash)...])
            }
            add(relative: relative, name: name, base: base, root: root, maxFileSize: maxFileSize, displayPrefix: displayPrefix, into: &part)
        }
        for part in parts {
            result.files += part.files
            result.problems += part.problems
        }
        return result
    }


    static func builtIn() -> [CatalogFile] {
        BuiltinCatalog.files.map { CatalogFile(relativePath: $0.path, displayPath: "<built-in>/" + $0.path, contents: $0.text) }
    }

    private static func add(relative: String, name: String, base: Int32, root: String, maxFileSize: Int, displayPrefix: String,
                            into result: inout Result) {
        let display = displayPrefix + relative
        switch SystemCalls.readFile(name, relativeTo: base, maxSize: maxFileSize, confinedTo: root) {
        case .success(let bytes):
            result.files.append(CatalogFile(relativePath: relative, text: SourceText(path: display, bytes: bytes)))
        case .failure(.directory):
            result.problems.append(Diagnostics.notAFile(display))
        case .failure(.tooLarge(let size)):
            result.problems.append(Diagnostics.fileTooLarge(display, size: size, limit: maxFileSize))
        case .failure(.outside(let target)):
            result.problems.append(Diagnostics.symlinkOutside(display, target: target))
        case .failure(let error):
            result.problems.append(Diagnostics.unreadableFile(display, reason: error.reason))
        }
    }
}
