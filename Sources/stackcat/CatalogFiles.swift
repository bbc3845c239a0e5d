#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StackcatCore

/// Reads a catalog directory into `CatalogFile`s, turning every I/O problem into a diagnostic.
enum CatalogFiles {
    struct Result {
        var files: [CatalogFile] = []
        var problems: [Diagnostic] = []
    }

    static func load(directory: String, displayPrefix: String) -> Result {
        var relatives: [String] = []
        let top = entries(of: directory, sorted: false)
        for name in top where CatalogFile.yamlStem(name) != nil { relatives.append(name) }
        for sub in ["tools", "stacks"] where top.contains(sub) {
            for name in entries(of: directory + "/" + sub, sorted: false) where CatalogFile.yamlStem(name) != nil {
                relatives.append(sub + "/" + name)
            }
        }
        // One sort of every path; the parts below come back in this order.
        let names = relatives.sorted { $0.utf8Precedes($1) }
        // Files are opened relative to the catalog directory, so the kernel does not walk its whole
        // path again for each of them.
        let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if directoryFD >= 0 { close(directoryFD) } }
        let base = directoryFD >= 0 ? directoryFD : AT_FDCWD
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
        switch readBytes(base == AT_FDCWD ? directory + "/" + relative : relative, relativeTo: base) {
        case .success(let bytes):
            result.files.append(CatalogFile(relativePath: relative, text: SourceText(path: display, bytes: bytes)))
        case .failure(.directory):
            result.problems.append(Diagnostics.notAFile(display))
        case .failure(let error):
            result.problems.append(Diagnostics.unreadableFile(display, reason: error.reason))
        }
    }

    enum ReadError: Error {
        case directory
        case failed(String)

        var reason: String {
            switch self {
            case .directory: return "is a directory"
            case .failed(let reason): return reason
            }
        }
    }

    /// The bytes of a regular file. One `open` and one `fstat`: a FIFO or device would block or never
    /// end, so only regular files are read (`O_NONBLOCK` keeps the `open` of a FIFO from waiting).
    static func readBytes(_ path: String, relativeTo base: Int32 = AT_FDCWD) -> Swift.Result<[UInt8], ReadError> {
        let fd = openat(base, path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.failed(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.failed(String(cString: strerror(errno)))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        default: return .failure(.failed("not a regular file"))
        }
        let expected = Int(info.st_size)
        // Read straight into a buffer of the file's size; keep reading in case the file grows.
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var used = 0
        while true {
            if used == bytes.count { bytes += [UInt8](repeating: 0, count: max(4096, bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + used, $0.count - used) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.failed(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            used += n
            // A regular file reads short only at its end: one `read` is enough unless the file grew.
            if used < bytes.count { break }
        }
        bytes.removeSubrange(used...)
        return .success(bytes)
    }

    /// Names in a directory, without dot files, sorted unless the caller sorts them itself.
    static func entries(of directory: String, sorted: Bool = true) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return sorted ? names.sorted { $0.utf8Precedes($1) } : names
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        let length = buffer.firstIndex(of: 0) ?? buffer.count
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
