#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every call into the C library, for the library and the executable: the only file that names
/// Glibc or Darwin. Calls are thin (no allocation beyond what the call itself needs), because file
/// reading and writing here are the hot path of catalogs of 100,000 files.
public enum SystemCalls {
    /// A failed call's `errno`.
    public struct Failure: Error, Sendable {
        public let code: Int32

        /// The C library's text for it ("No such file or directory").
        public var message: String { String(cString: strerror(code)) }

        /// `EEXIST`: the file or directory is there already.
        public var alreadyExists: Bool { code == EEXIST }

        /// `ENOENT`, `ENOTDIR` or `ELOOP`: nothing (or no directory) is there to open.
        public var isNotADirectory: Bool { code == ENOENT || code == ENOTDIR || code == ELOOP }

        /// `EWOULDBLOCK`: a lock is held by another process.
        public var isBusy: Bool { code == EWOULDBLOCK || code == EAGAIN }

        /// The call is not supported here (by the kernel, the C library or the file system).
        public var isUnsupported: Bool { code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP }

        static var last: Failure { Failure(code: errno) }
    }

    // MARK: Reading

    /// Why a file could not be read.
    public enum ReadError: Error, Sendable {
        case directory
        case notRegularFile
        /// The file is larger than the limit: its size (from `fstat`, or "more than the limit" when
        /// it grew while being read).
        case tooLarge(size: Int)
        /// A symbolic link that leads outside the directory the file must stay in: where it leads.
        case outside(target: String)
        case failed(Failure)

        public var reason: String {
            switch self {
            case .directory: return "is a directory"
            case .notRegularFile: return "not a regular file"
            case .tooLarge(let size): return "\(size) bytes is too large"
            case .outside(let target): return "a symbolic link to '\(target)', outside the catalog"
            case .failed(let failure): return failure.message
            }
        }
    }

    /// For `readFile(_:relativeTo:)`: paths relative to the working directory.
    public static let workingDirectory: Int32 = AT_FDCWD

    /// A directory opened for `readFile(_:relativeTo:)`, or nil; close it with `close`.
    public static func openDirectory(_ path: String) -> Int32? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return fd >= 0 ? fd : nil
    }

    /// A directory inside `base` that must stay inside `root` (a resolved path): opened without
    /// following a symbolic link; a link is followed only when it resolves inside `root`, checked
    /// again on the opened descriptor (see `confined`).
    public static func openDirectory(_ name: String, relativeTo base: Int32, confinedTo root: String) -> Result<Int32, ReadError> {
        let fd = openat(base, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 { return .success(fd) }
        let failure = Failure.last
        guard failure.code == ELOOP || failure.code == ENOTDIR else { return .failure(.failed(failure)) }
        return confined(name, relativeTo: base, root: root, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    public static func close(_ fd: Int32) {
        _ = cClose(fd)
    }

    /// The bytes of a regular file of at most `maxSize` bytes. A FIFO or device would block or never
    /// end, so only regular files are read (`O_NONBLOCK` keeps the `open` of a FIFO from waiting).
    /// The size is checked with `fstat` before reading, and no buffer is sized beyond the limit, so a
    /// 1 TiB sparse file costs nothing. With `root` (a resolved directory path), the file is opened
    /// with `O_NOFOLLOW`: a plain file in `base` cannot be anywhere else, and a symbolic link is
    /// followed only when it resolves inside `root` (see `confined`), so nothing outside is read.
    public static func readFile(
        _ path: String, relativeTo base: Int32 = workingDirectory, maxSize: Int,
        confinedTo root: String? = nil
    ) -> Result<[UInt8], ReadError> {
        var fd = openat(base, path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (root == nil ? 0 : O_NOFOLLOW))
        if fd < 0 {
            let failure = Failure.last
            guard let root, failure.code == ELOOP else { return .failure(.failed(failure)) }
            switch confined(path, relativeTo: base, root: root, flags: O_RDONLY | O_NONBLOCK | O_CLOEXEC) {
            case .success(let opened): fd = opened
            case .failure(let error): return .failure(error)
            }
        }
        defer { _ = cClose(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.failed(.last)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        default: return .failure(.notRegularFile)
        }
        let expected = Int(info.st_size)
        if expected > maxSize { return .failure(.tooLarge(size: expected)) }
        // Read straight into a buffer of the file's size (never more than the limit); keep reading
        // in case the file grows, up to one byte past the limit.
        let cap = maxSize == Int.max ? Int.max : maxSize + 1
        var bytes = [UInt8](repeating: 0, count: min(max(expected, 0) + 1, cap))
        var used = 0
        while true {
            if used == bytes.count {
                if bytes.count >= cap { return .failure(.tooLarge(size: used)) }
                bytes += [UInt8](repeating: 0, count: min(max(4096, bytes.count), cap - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + used, $0.count - used) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.failed(.last))
            }
            if n == 0 { break }
            used += n
            // A regular file reads short only at its end: one `read` is enough unless the file grew.
            if used < bytes.count { break }
        }
        if used > maxSize { return .failure(.tooLarge(size: used)) }
        bytes.removeSubrange(used...)
        return .success(bytes)
    }

    /// Opens the symbolic link `name` in `base` only if it resolves inside `root`. Two checks: the
    /// link is resolved (`realpath`) before anything is opened, so nothing outside is even opened
    /// (opening a device can act); then the descriptor actually opened is asked for its own path
    /// (`/proc/self/fd`, `F_GETPATH` on macOS), so a link swapped in between the two steps is caught.
    static func confined(_ name: String, relativeTo base: Int32, root: String, flags: Int32) -> Result<Int32, ReadError> {
        guard let directory = path(ofDescriptor: base) ?? (base == AT_FDCWD ? currentDirectory() : nil) else {
            return .failure(.outside(target: name))
        }
        let full = directory + "/" + name
        guard let resolved = realPath(full) else {
            // Dangling or looping: report what the link says, read nothing.
            let code = errno
            return .failure(.failed(Failure(code: code == 0 ? ENOENT : code)))
        }
        guard isInside(resolved, root: root) else { return .failure(.outside(target: resolved)) }
        let fd = open(resolved, flags)
        guard fd >= 0 else { return .failure(.failed(.last)) }
        if let opened = path(ofDescriptor: fd), !isInside(opened, root: root) {
            _ = cClose(fd)
            return .failure(.outside(target: opened))
        }
        return .success(fd)
    }

    /// Whether `path` (resolved) is `root` or below it.
    public static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The path the kernel has for an open descriptor, or nil where it cannot say.
    public static func path(ofDescriptor fd: Int32) -> String? {
        guard fd >= 0 else { return nil }
        #if canImport(Darwin)
            var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN) + 1)
            guard fcntl(fd, F_GETPATH, &buffer) == 0 else { return nil }
            return String(cString: buffer)
        #else
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
            guard n > 0 else { return nil }
            return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }

    /// The names in an open directory that do not start with a dot; empty when it cannot be read.
    /// The descriptor stays open (a duplicate is read).
    public static func visibleEntries(ofDirectory fd: Int32) -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let directory = fdopendir(copy) else {
            if copy >= 0 { _ = cClose(copy) }
            return []
        }
        defer { closedir(directory) }
        return entries(of: directory)
    }

    /// The names in a directory that do not start with a dot (so neither `.`, `..` nor hidden
    /// files), in the order the file system gives them; empty when it cannot be read.
    public static func visibleEntries(of path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        return entries(of: directory)
    }

    private static func entries(of directory: DirectoryStream) -> [String] {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }

    public enum FileKind: Sendable {
        case missing, file, directory, symbolicLink, other

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: self = .file
            case S_IFDIR: self = .directory
            case S_IFLNK: self = .symbolicLink
            default: self = .other
            }
        }
    }

    /// What is at a path; with `followingLinks: false`, a final symbolic link is reported as one.
    public static func kind(of path: String, followingLinks: Bool) -> FileKind {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .missing }
        return FileKind(mode: info.st_mode)
    }

    /// The device (file system) a path is on, following links, or nil when nothing is there.
    public static func deviceID(of path: String) -> UInt64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt64(bitPattern: Int64(info.st_dev))
    }

    public static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        let length = buffer.firstIndex(of: 0) ?? buffer.count
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The path with every symbolic link, `.` and `..` resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    // MARK: Writing

    public static let standardOutput: Int32 = STDOUT_FILENO
    public static let standardError: Int32 = STDERR_FILENO

    /// Writes every byte, retrying after signals and short writes.
    public static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Failure? {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return .last
            }
            offset += n
        }
        return nil
    }

    /// Writes the string's UTF-8 straight from its own storage: no copy of a many-megabyte output.
    public static func writeAll(_ fd: Int32, _ text: String) -> Failure? {
        var text = text
        return text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    /// Creates a file that must not exist yet (mode 0644, less the umask) and opens it for writing.
    public static func createFile(_ path: String) -> Result<Int32, Failure> {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0o644)
        return fd >= 0 ? .success(fd) : .failure(.last)
    }

    public static func removeFile(_ path: String) -> Failure? {
        unlink(path) == 0 ? nil : .last
    }

    public static func rename(_ from: String, to: String) -> Failure? {
        cRename(from, to) == 0 ? nil : .last
    }

    /// Creates a directory with mode 0755.
    public static func makeDirectory(_ path: String) -> Failure? {
        mkdir(path, 0o755) == 0 ? nil : .last
    }

    public static func removeDirectory(_ path: String) -> Failure? {
        rmdir(path) == 0 ? nil : .last
    }

    public static var processID: Int32 { getpid() }

    /// Whether a process with this id exists (one of another user's counts).
    public static func processExists(_ id: Int32) -> Bool {
        id > 0 && (kill(id, 0) == 0 || errno == EPERM)
    }

    // MARK: Threads and memory

    /// A mutual-exclusion lock (a pthread mutex at a fixed address).
    public final class Lock: @unchecked Sendable {
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

        public init() {
            mutex.initialize(to: pthread_mutex_t())
            pthread_mutex_init(mutex, nil)
        }

        deinit {
            pthread_mutex_destroy(mutex)
            mutex.deallocate()
        }

        public func withLock<T>(_ body: () throws -> T) rethrows -> T {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            return try body()
        }
    }

    /// The number of processors online, at least 1.
    public static var processorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// `memcmp`: negative, zero or positive as the first `count` bytes at `a` sort before, equal or after those at `b`.
    @inline(__always)
    static package func compareBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Int32 {
        memcmp(a, b, count)
    }
}

#if canImport(Darwin)
    private typealias DirectoryStream = UnsafeMutablePointer<DIR>
#else
    private typealias DirectoryStream = OpaquePointer
#endif

// The C names that the static members above shadow.
func cClose(_ fd: Int32) -> Int32 { close(fd) }
private func cRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
func cExit(_ status: Int32) -> Never { exit(status) }
