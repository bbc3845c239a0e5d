import CatalogLayout
import StackcatCore

/// Reads a catalog directory into `CatalogFile`s, turning every I/O problem into a diagnostic.
enum CatalogFiles {
    struct Result {
        var files: [CatalogFile] = []
        var problems: [Diagnostic] = []
    }

    static func load(directory: String, displayPrefix: String) -> Result {
        let names = CatalogLayout.files(top: entries(of: directory, sorted: false)) { entries(of: directory + "/" + $0, sorted: false) }
        // Files are opened relative to the catalog directory, so the kernel does not walk its whole
        // path again for each of them.
        let directoryFD = SystemCalls.openDirectory(directory)
        defer { if let directoryFD { SystemCalls.close(directoryFD) } }
        let base = directoryFD ?? SystemCalls.workingDirectory
        // Reading is independent per file: spread it over the cores for big catalogs.
        let parts = Parallel.fold(names.count, initial: { Result() }) { part, index in
            add(relative: names[index], directory: directory, base: base, displayPrefix: displayPrefix, into: &part)
        }
        var result = Result()
        for part in parts {
            result.files += part.files
            result.problems += part.problems
        }
        return result
    }


    static func builtIn() -> [CatalogFile] {
        BuiltinCatalog.files.map { CatalogFile(relativePath: $0.path, displayPath: "<built-in>/" + $0.path, contents: $0.text) }
    }

    private static func add(relative: String, directory: String, base: Int32, displayPrefix: String, into result: inout Result) {
        let display = displayPrefix + relative
        switch SystemCalls.readFile(base == SystemCalls.workingDirectory ? directory + "/" + relative : relative, relativeTo: base) {
        case .success(let bytes):
            result.files.append(CatalogFile(relativePath: relative, text: SourceText(path: display, bytes: bytes)))
        case .failure(.directory):
            result.problems.append(Diagnostics.notAFile(display))
        case .failure(let error):
            result.problems.append(Diagnostics.unreadableFile(display, reason: error.reason))
        }
    }

    /// Names in a directory, without dot files, sorted unless the caller sorts them itself.
    static func entries(of directory: String, sorted: Bool = true) -> [String] {
        let names = SystemCalls.visibleEntries(of: directory)
        return sorted ? names.sorted { $0.utf8Precedes($1) } : names
    }

    static func isDirectory(_ path: String) -> Bool {
        SystemCalls.kind(of: path, followingLinks: true) == .directory
    }

    static func currentDirectory() -> String {
        SystemCalls.currentDirectory() ?? "."
    }
}
