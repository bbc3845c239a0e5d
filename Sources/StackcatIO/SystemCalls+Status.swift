#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
    #if canImport(MachO)
        import MachO
    #endif
#endif

/// The system calls that tell, without reading anything, whether files changed (`OutputStamp`):
/// `lstat` of a directory's entries, the file system's clock, and the files the running program
/// was loaded from.
extension SystemCalls {
    /// What `lstat` says of a file: enough to tell that it changed without reading it. Any change to a
    /// file's contents or to a directory's entries sets its `changed` time (ctime) to the file system's
    /// clock, which no user can set back.
    public struct FileStatus: Sendable, Equatable {
        public let kind: FileKind
        /// The whole `st_mode`: type and permission bits.
        public let mode: UInt32
        public let device: UInt64
        public let inode: UInt64
        public let size: Int64
        /// Nanoseconds since 1970: `st_mtime` (which `touch -d` can set) and `st_ctime` (which it cannot).
        public let modified: Int64
        public let changed: Int64
    }

    /// The status of what is at a path, not following a final symbolic link (`followingLinks: false`).
    public static func status(of path: String, followingLinks: Bool = false) -> FileStatus? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return FileStatus(info)
    }

    /// Every name in a directory but `.` and `..`, with its status (`fstatat` on the open directory,
    /// never following a symbolic link), in the file system's order; nil when the directory cannot be
    /// read or an entry vanishes while it is listed.
    public static func statusEntries(of path: String) -> [(name: String, status: FileStatus)]? {
        // The descriptor, not `dirfd` (a macro in some of Darwin's headers): the stream owns it once opened.
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard let directory = fdopendir(fd) else {
            _ = cClose(fd)
            return nil
        }
        defer { closedir(directory) }
        var result: [(name: String, status: FileStatus)] = []
        while let entry = readdir(directory) {
            var info = stat()
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer -> String? in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { cName in
                    if cName[0] == 0x2E && (cName[1] == 0 || (cName[1] == 0x2E && cName[2] == 0)) { return nil }  // . and ..
                    guard fstatat(fd, cName, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return "" }
                    return String(cString: cName)
                }
            }
            guard let name else { continue }
            if name.isEmpty { return nil }
            result.append((name, FileStatus(info)))
        }
        return result
    }

    /// Sets an open file's times to now and returns its new ctime: the file system's clock as it stamps
    /// changes (in its own granularity, which may be coarser than the system clock's).
    public static func touch(_ fd: Int32) -> Int64? {
        guard futimens(fd, nil) == 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return FileStatus(info).changed
    }

    /// Sleeps for about this many milliseconds.
    public static func pause(milliseconds: Int) {
        usleep(UInt32(milliseconds * 1000))
    }

    /// A digest of the files the running program's code was loaded from, with their status: the
    /// executable and every shared library (the Swift runtime, libyaml), so that a rebuilt stackcat or an
    /// upgraded library is a different program; nil where they cannot all be told (a file replaced
    /// since it was loaded, no `/proc`).
    public static func programIdentity() -> StableDigest? {
        var paths: Set<String> = []
        var hasher = StableHasher()
        #if canImport(Darwin)
            #if canImport(MachO)
                for index in 0..<_dyld_image_count() {
                    if let name = _dyld_get_image_name(index) { paths.insert(String(cString: name)) }
                }
            #endif
            var size = UInt32(PATH_MAX + 1)
            var buffer = [CChar](repeating: 0, count: Int(size))
            guard _NSGetExecutablePath(&buffer, &size) == 0, let executable = realPath(String(cString: buffer)),
                let status = status(of: executable, followingLinks: true)
            else { return nil }
            hasher.combine(executable)
            hasher.combine(status)
            // System libraries live in the shared cache, with no file of their own: the system's version stands for them.
            var names = utsname()
            guard uname(&names) == 0 else { return nil }
            hasher.combine(withUnsafeBytes(of: names.version) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) })
            for path in paths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                guard let status = status(of: path, followingLinks: true) else { continue }
                hasher.combine(path)
                hasher.combine(status)
            }
        #else
            // The executable mappings of /proc/self/maps: "address perms offset device inode path".
            guard let bytes = readToEnd("/proc/self/maps", maxSize: 4 << 20) else { return nil }
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: true)
                guard fields.count == 3, fields[1].contains(UInt8(ascii: "x")), let slash = line.firstIndex(of: UInt8(ascii: "/")) else { continue }
                let path = String(decoding: line[slash...], as: UTF8.self)
                if path.hasSuffix(" (deleted)") { return nil }
                paths.insert(path)
            }
            guard !paths.isEmpty else { return nil }
            for path in paths.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                guard let status = status(of: path, followingLinks: true) else { return nil }
                hasher.combine(path)
                hasher.combine(status)
            }
        #endif
        return hasher.finalize()
    }
}

extension SystemCalls {
    /// The bytes of a file read until its end, however short each read (a file of `/proc` comes a
    /// line or a page at a time and says its size is 0); nil when it cannot be read or is larger than `maxSize`.
    static func readToEnd(_ path: String, maxSize: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = cClose(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return bytes }
            bytes += chunk[..<n]
            if bytes.count > maxSize { return nil }
        }
    }
}

extension StableHasher {
    /// Everything `lstat` told of a file.
    public mutating func combine(_ status: SystemCalls.FileStatus) {
        combine(UInt64(status.mode))
        combine(status.device)
        combine(status.inode)
        combine(status.size)
        combine(status.modified)
        combine(status.changed)
    }
}

extension SystemCalls.FileStatus {
    init(_ info: stat) {
        kind = SystemCalls.FileKind(mode: info.st_mode)
        mode = UInt32(info.st_mode)
        device = UInt64(bitPattern: Int64(info.st_dev))
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
            modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }
}
