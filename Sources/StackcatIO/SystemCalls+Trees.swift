#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls that walk, lock and remove directory trees and carry metadata over (`docs --out` and
/// `site --out` updating a directory), apart from the rest only to keep each file short.
extension SystemCalls {
    /// Every name in a directory but `.` and `..`, hidden ones included, with what each is (never
    /// following a symbolic link); nil when the directory cannot be read.
    public static func entries(of path: String) -> [(name: String, kind: FileKind)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var result: [(name: String, kind: FileKind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            // The entry's type when the file system gives it, which saves an lstat per file.
            let type = Int32(entry.pointee.d_type)
            result.append(
                (
                    name,
                    type == DT_REG
                        ? .file
                        : type == DT_DIR
                            ? .directory
                            : type == DT_LNK
                                ? .symbolicLink
                                : type == DT_UNKNOWN ? kind(of: path + "/" + name, followingLinks: false) : .other
                ))
        }
        return result
    }

    /// A file's mode bits, owner and identity.
    public struct FileAttributes: Sendable, Equatable {
        public let kind: FileKind
        /// Permission bits with set-user-id, set-group-id and sticky (`mode & 07777`).
        public let permissions: UInt32
        public let owner: UInt32
        public let group: UInt32
        public let device: UInt64
        public let inode: UInt64
    }

    /// The attributes of what is at a path, never following a final symbolic link.
    public static func attributes(of path: String) -> FileAttributes? {
        var info = stat()
        return lstat(path, &info) == 0 ? FileAttributes(info) : nil
    }

    static func attributes(ofOpen fd: Int32) -> FileAttributes? {
        var info = stat()
        return fstat(fd, &info) == 0 ? FileAttributes(info) : nil
    }

    /// Gives an open file the permissions and, where this process may, the owner of `attributes`.
    public static func apply(_ attributes: FileAttributes, to fd: Int32) -> Failure? {
        guard fchmod(fd, mode_t(attributes.permissions)) == 0 else { return .last }
        return changeOwner(attributes, current: Self.attributes(ofOpen: fd)) { fchown(fd, $0, $1) }
    }

    /// Gives a directory (or file) the permissions and, where permitted, the owner of `attributes`.
    public static func apply(_ attributes: FileAttributes, toPath path: String) -> Failure? {
        guard chmod(path, mode_t(attributes.permissions)) == 0 else { return .last }
        return changeOwner(attributes, current: Self.attributes(of: path)) { chown(path, $0, $1) }
    }

    /// Changes the owner when it differs; a refusal (`EPERM`: not root, not our group) is not an error.
    private static func changeOwner(
        _ wanted: FileAttributes, current: FileAttributes?,
        _ change: (uid_t, gid_t) -> Int32
    ) -> Failure? {
        guard let current, current.owner != wanted.owner || current.group != wanted.group else { return nil }
        if change(uid_t(wanted.owner), gid_t(wanted.group)) == 0 || errno == EPERM { return nil }
        return .last
    }

    /// A hard link `to` the file at `from`; a symbolic link is linked itself, never followed.
    public static func link(_ from: String, to: String) -> Failure? {
        linkat(AT_FDCWD, from, AT_FDCWD, to, 0) == 0 ? nil : .last
    }

    /// Renames `from` to `to` unless something is at `to` (then the failure `alreadyExists`): Linux
    /// `renameat2` with `RENAME_NOREPLACE`, Darwin `renamex_np` with `RENAME_EXCL`. Where the system
    /// cannot, a check and a plain rename (a directory is then replaced only if it is empty).
    public static func renameNoReplace(_ from: String, to: String) -> Failure? {
        let result: Failure?
        #if canImport(Darwin)
            result = renamex_np(from, to, UInt32(RENAME_EXCL)) == 0 ? nil : .last
        #else
            // Swift's Glibc module does not declare renameat2 (glibc 2.28 and later has it): look it up.
            let renameNoReplace: UInt32 = 1 << 0
            if let renameat2 = renameAt2 {
                result = renameat2(AT_FDCWD, from, AT_FDCWD, to, renameNoReplace) == 0 ? nil : .last
            } else {
                result = Failure(code: ENOSYS)
            }
        #endif
        guard let failure = result, failure.isUnsupported else { return result }
        if attributes(of: to) != nil { return Failure(code: EEXIST) }
        return rename(from, to: to)
    }

    #if !canImport(Darwin)
        private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        private static let renameAt2: RenameAt2? = dlsym(dlopen(nil, RTLD_NOW), "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    #endif

    /// Gives an open file the extended attributes of the file at `source` (not following a symbolic
    /// link): user attributes and the POSIX ACL (`system.posix_acl_access`), as far as this process
    /// may set them; an attribute it may not set is skipped.
    public static func copyExtendedAttributes(of source: String, to fd: Int32) {
        var names = [CChar](repeating: 0, count: 4096)
        let listed = Xattr.list(source, &names, names.count)
        guard listed > 0 else { return }
        var value = [UInt8](repeating: 0, count: 1 << 16)
        for name in names[..<listed].split(separator: 0) {
            let name = String(decoding: name.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let length = Xattr.get(source, name, &value, value.count)
            guard length >= 0 else { continue }
            _ = Xattr.set(fd, name, value, length)
        }
    }

    /// The extended-attribute calls, not following a final symbolic link. Swift's Glibc module does not
    /// include <sys/xattr.h>, so on Linux they are looked up (glibc has had them since 2.3).
    private enum Xattr {
        #if canImport(Darwin)
            static func list(_ path: String, _ names: UnsafeMutablePointer<CChar>, _ size: Int) -> Int {
                listxattr(path, names, size, XATTR_NOFOLLOW)
            }
            static func get(_ path: String, _ name: String, _ value: UnsafeMutableRawPointer, _ size: Int) -> Int {
                getxattr(path, name, value, size, 0, XATTR_NOFOLLOW)
            }
            static func set(_ fd: Int32, _ name: String, _ value: UnsafeRawPointer, _ size: Int) -> Int32 {
                fsetxattr(fd, name, value, size, 0, 0)
            }
        #else
            private typealias List = @convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<CChar>?, Int) -> Int
            private typealias Get = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafeMutableRawPointer?, Int) -> Int
            private typealias Set = @convention(c) (Int32, UnsafePointer<CChar>, UnsafeRawPointer?, Int, Int32) -> Int32
            private static let listCall: List? = dlsym(dlopen(nil, RTLD_NOW), "llistxattr").map { unsafeBitCast($0, to: List.self) }
            private static let getCall: Get? = dlsym(dlopen(nil, RTLD_NOW), "lgetxattr").map { unsafeBitCast($0, to: Get.self) }
            private static let setCall: Set? = dlsym(dlopen(nil, RTLD_NOW), "fsetxattr").map { unsafeBitCast($0, to: Set.self) }

            static func list(_ path: String, _ names: UnsafeMutablePointer<CChar>, _ size: Int) -> Int {
                listCall?(path, names, size) ?? -1
            }
            static func get(_ path: String, _ name: String, _ value: UnsafeMutableRawPointer, _ size: Int) -> Int {
                getCall?(path, name, value, size) ?? -1
            }
            static func set(_ fd: Int32, _ name: String, _ value: UnsafeRawPointer, _ size: Int) -> Int32 {
                setCall?(fd, name, value, size, 0) ?? -1
            }
        #endif
    }

    /// Opens (creating it, mode 0644) and locks a lock file with `flock`, without waiting: another
    /// holder gives a failure that `isBusy`. The lock goes with the descriptor; `unlock` releases it.
    /// Locks the file that is at the path after locking, so a holder that removed it on release
    /// (see `unlock`) cannot leave two processes each holding a lock on a different file.
    public static func lock(_ path: String) -> Result<Int32, Failure> {
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return .failure(.last) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let failure = Failure.last
                _ = cClose(fd)
                return .failure(failure)
            }
            if let held = attributes(ofOpen: fd), let named = attributes(of: path), held.inode == named.inode, held.device == named.device {
                return .success(fd)
            }
            _ = cClose(fd)
        }
    }

    /// Removes the lock file and releases the lock (in that order, which `lock` relies on).
    public static func unlock(_ fd: Int32, at path: String) {
        _ = unlink(path)
        _ = cClose(fd)
    }
}

extension SystemCalls.FileAttributes {
    init(_ info: stat) {
        kind = SystemCalls.FileKind(mode: info.st_mode)
        permissions = UInt32(info.st_mode) & 0o7777
        owner = UInt32(info.st_uid)
        group = UInt32(info.st_gid)
        device = UInt64(bitPattern: Int64(info.st_dev))
        inode = UInt64(info.st_ino)
    }
}
