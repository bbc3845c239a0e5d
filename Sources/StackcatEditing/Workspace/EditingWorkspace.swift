import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatValidation
import StackcatYAML

/// A catalog as an editor sees it: the files saved on disk with the unsaved buffers of open
/// documents laid over them. Checking it is `validate`'s own check (`CatalogCheck`) on those texts,
/// so diagnostics, positions and rule ids are `validate`'s.
public struct EditingWorkspace: Sendable {
    /// The catalog directory, absolute, without a trailing slash.
    public let root: String
    /// The files read from disk, by path inside the catalog.
    public private(set) var saved: [String: CatalogFile] = [:]
    /// Problems met reading the directory (unreadable files, links outside it).
    public var readProblems: [Diagnostic] = []
    /// Unsaved buffers, by path inside the catalog.
    public private(set) var buffers: [String: [UInt8]] = [:]
    public private(set) var index: CatalogIndex
    /// The last check, nil until the first `check()` or after a change.
    public private(set) var lastCheck: EditingCheck?
    private var incremental = IncrementalCheck()

    /// `validate --max-age`'s check of review dates, when asked for.
    public var reviewAge: ReviewAge?

    public init(root: String, files: [CatalogFile], readProblems: [Diagnostic] = [], reviewAge: ReviewAge? = nil) {
        self.reviewAge = reviewAge
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        for file in files { saved[file.relativePath] = file }
        self.readProblems = readProblems
        index = CatalogIndex(files: files)
    }

    /// The prefix that makes a path inside the catalog the absolute path that diagnostics carry.
    public var displayPrefix: String { root == "/" ? "/" : root + "/" }

    /// The path inside the catalog of an absolute path, nil outside it or for a file that is no part
    /// of the catalog's layout (a README beside the tools, a file in another folder).
    public func relativePath(of path: String) -> String? {
        guard path.hasPrefix(displayPrefix) else { return nil }
        let relative = String(path.dropFirst(displayPrefix.count))
        if case .unexpected = CatalogLayout.kind(of: relative) { return nil }
        return relative
    }

    /// The text of a file as the editor has it: its buffer, else its saved text.
    public func text(_ relativePath: String) -> SourceText? {
        if let buffer = buffers[relativePath] { return SourceText(path: displayPrefix + relativePath, bytes: buffer) }
        return saved[relativePath]?.text
    }

    /// Every file of the catalog, buffers laid over saved texts, in path order.
    public var files: [CatalogFile] {
        var paths = Set(saved.keys)
        paths.formUnion(buffers.keys)
        return paths.sorted { CatalogLayout.bytesPrecede($0, $1) }.compactMap { path in
            text(path).map { CatalogFile(relativePath: path, text: $0) }
        }
    }

    /// Lays an unsaved buffer over the file (a new file too), and re-indexes that file alone.
    public mutating func setBuffer(_ relativePath: String, bytes: [UInt8]) {
        buffers[relativePath] = bytes
        index.update(CatalogFile(relativePath: relativePath, text: SourceText(path: displayPrefix + relativePath, bytes: bytes)))
        lastCheck = nil
    }

    /// Drops the buffer (the document was closed): the saved text, if any, counts again.
    public mutating func dropBuffer(_ relativePath: String) {
        guard buffers.removeValue(forKey: relativePath) != nil else { return }
        if let file = saved[relativePath] { index.update(file) } else { index.remove(relativePath: relativePath) }
        lastCheck = nil
    }

    /// Takes the file's text on disk (after a save or a change outside the editor); nil if it is gone.
    public mutating func setSaved(_ relativePath: String, bytes: [UInt8]?) {
        if let bytes {
            saved[relativePath] = CatalogFile(relativePath: relativePath, text: SourceText(path: displayPrefix + relativePath, bytes: bytes))
        } else {
            saved[relativePath] = nil
        }
        if buffers[relativePath] == nil {
            if let file = saved[relativePath] { index.update(file) } else { index.remove(relativePath: relativePath) }
        }
        lastCheck = nil
    }

    /// `validate`'s check of the files as the editor has them, reading again only the files that
    /// changed since the last one; kept until the next change.
    public mutating func check() -> EditingCheck {
        if let lastCheck { return lastCheck }
        let (catalog, diagnostics) = incremental.check(files, readProblems: readProblems, reviewAge: reviewAge)
        let check = EditingCheck(catalog: catalog, diagnostics: diagnostics)
        lastCheck = check
        return check
    }
}

/// The catalog as the editor has it, and every diagnostic, sorted by file and position.
public struct EditingCheck: Sendable {
    public var catalog: Catalog
    public var diagnostics: [Diagnostic]
}
