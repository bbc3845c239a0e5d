import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatValidation
import StackcatYAML

/// A catalog as an editor sees it: the files saved on disk with the unsaved buffers of open
/// documents laid over them. Checking it is `validate`'s own check (`CatalogCheck`) on those texts,
/// so diagnostics, positions and rule ids are `validate`'s.
///
/// Files are known by a key: a root file by its path inside the catalog (`tools/istio.yaml`), a file
/// that `catalog.yaml` includes by its display path (absolute for a fragment directory on disk,
/// `git:URL@ref:path/tools/x.yaml` for a git include, which is read-only).
public struct EditingWorkspace: Sendable {
    /// The catalog directory, absolute, without a trailing slash.
    public let root: String
    /// The files read from disk, by key.
    public private(set) var saved: [String: CatalogFile] = [:]
    /// The included files' place: key → (path inside its fragment, the include's origin).
    public private(set) var included: [String: (relativePath: String, origin: String, order: Int)] = [:]
    /// The Backstage entity files that an include reads in place, by absolute path: not catalog files
    /// themselves (their entities are mapped to tools, stacks and teams), but documents whose problems are shown.
    public private(set) var entityTexts: [String: SourceText] = [:]
    /// The fragment directories on disk (absolute, with a trailing slash), where new files count too.
    public private(set) var fragmentDirectories: [String] = []
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

    public init(
        root: String, files: [CatalogFile], readProblems: [Diagnostic] = [], entityTexts: [SourceText] = [], reviewAge: ReviewAge? = nil
    ) {
        self.reviewAge = reviewAge
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        for file in files {
            saved[file.editingKey] = file
            guard !file.origin.isEmpty else { continue }
            included[file.editingKey] = (file.relativePath, file.origin, included.count)
            if file.origin.hasPrefix("/") && file.origin.hasSuffix("/") && !fragmentDirectories.contains(file.origin) {
                fragmentDirectories.append(file.origin)
            }
        }
        self.readProblems = readProblems
        for text in entityTexts where text.path.hasPrefix("/") { self.entityTexts[text.path] = text }
        index = CatalogIndex(files: files)
    }

    /// Whether the key names a Backstage entity file that an include reads.
    public func isEntityFile(_ key: String) -> Bool { entityTexts[key] != nil }

    /// Whether the key names a file that the editor may not change (one of a git include's, read from the cache).
    public func isReadOnly(_ key: String) -> Bool {
        included[key].map { !$0.origin.hasPrefix("/") } ?? false
    }

    /// The path that diagnostics carry for a key.
    public func displayPath(_ key: String) -> String {
        // An absolute key is a fragment's file, known or not yet (a rename's new file).
        included[key] != nil || entityTexts[key] != nil || key.hasPrefix("/") ? key : displayPrefix + key
    }

    /// The directory a key's file is read from and its path there: a root file's in the catalog, an
    /// included file's in its fragment directory; nil for a file not read from disk here.
    public func diskLocation(_ key: String) -> (directory: String, relativePath: String)? {
        guard let place = included[key] else { return (root, key) }
        guard place.origin.hasPrefix("/"), place.origin.hasSuffix("/") else { return nil }
        return (String(place.origin.dropLast()), place.relativePath)
    }

    /// The catalog file of a key with the given text.
    func file(_ key: String, bytes: [UInt8]) -> CatalogFile {
        let text = SourceText(path: displayPath(key), bytes: bytes)
        guard let place = included[key] else { return CatalogFile(relativePath: key, text: text) }
        return CatalogFile(relativePath: place.relativePath, text: text, origin: place.origin)
    }

    /// The prefix that makes a path inside the catalog the absolute path that diagnostics carry.
    public var displayPrefix: String { root == "/" ? "/" : root + "/" }

    /// The path inside the catalog of an absolute path, nil outside it or for a file that is no part
    /// of the catalog's layout (a README beside the tools, a file in another folder).
    /// For a file of an included fragment directory, its key (the path itself).
    public mutating func relativePath(of path: String) -> String? {
        if included[path] != nil || entityTexts[path] != nil { return path }
        if let directory = fragmentDirectories.first(where: { path.hasPrefix($0) }) {
            let inner = String(path.dropFirst(directory.count))
            guard CatalogLayout.kind(of: inner).belongsInFragment else { return nil }
            included[path] = (inner, directory, included.count)
            return path
        }
        guard path.hasPrefix(displayPrefix) else { return nil }
        let relative = String(path.dropFirst(displayPrefix.count))
        if case .unexpected = CatalogLayout.kind(of: relative) { return nil }
        return relative
    }

    /// The text of a file as the editor has it: its buffer, else its saved text.
    public func text(_ relativePath: String) -> SourceText? {
        if let buffer = buffers[relativePath] { return SourceText(path: displayPath(relativePath), bytes: buffer) }
        return saved[relativePath]?.text ?? entityTexts[relativePath]
    }

    /// Every file of the catalog, buffers laid over saved texts: the root's in path order, then the
    /// included ones in the order `validate` reads them.
    public var files: [CatalogFile] {
        var paths = Set(saved.keys)
        paths.formUnion(buffers.keys.filter { entityTexts[$0] == nil })
        return paths.sorted { a, b in
            switch (included[a]?.order, included[b]?.order) {
            case (nil, nil): return CatalogLayout.bytesPrecede(a, b)
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?): return x < y
            }
        }.compactMap { path in
            if let buffer = buffers[path] { return file(path, bytes: buffer) }
            return saved[path]
        }
    }

    /// Lays an unsaved buffer over the file (a new file too), and re-indexes that file alone.
    public mutating func setBuffer(_ relativePath: String, bytes: [UInt8]) {
        buffers[relativePath] = bytes
        if entityTexts[relativePath] == nil { index.update(file(relativePath, bytes: bytes)) }
        lastCheck = nil
    }

    /// Drops the buffer (the document was closed): the saved text, if any, counts again.
    public mutating func dropBuffer(_ relativePath: String) {
        guard buffers.removeValue(forKey: relativePath) != nil else { return }
        if let file = saved[relativePath] { index.update(file) } else { index.remove(relativePath: relativePath) }
        lastCheck = nil
    }

    /// Takes the file's text on disk (after a save or a change outside the editor); nil if it is gone.
    /// An entity file's saved text is read with the catalog again (`LanguageServer.reloadCatalog`).
    public mutating func setSaved(_ relativePath: String, bytes: [UInt8]?) {
        guard entityTexts[relativePath] == nil else { return }
        if let bytes {
            saved[relativePath] = file(relativePath, bytes: bytes)
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

extension CatalogFile {
    /// The workspace's key of the file: its path inside the catalog for a root file, else its display path.
    public var editingKey: String { origin.isEmpty ? relativePath : text.path }
}

/// The catalog as the editor has it, and every diagnostic, sorted by file and position.
public struct EditingCheck: Sendable {
    public var catalog: Catalog
    public var diagnostics: [Diagnostic]
}
