import CatalogLayout
import StackcatCore
import StackcatIO

/// Reads a catalog directory into `CatalogFile`s, turning every I/O problem into a diagnostic.
enum CatalogFiles {
    struct Result {
        var files: [CatalogFile] = []
        var problems: [Diagnostic] = []
    }

    /// Reads the catalog in `directory` (through `ConfinedTree`: nothing outside it is read). Files
    /// larger than `maxFileSize` are reported, not read.
    static func load(directory: String, displayPrefix: String, maxFileSize: Int) -> Result {
        var result = Result()
        let outcomes = ConfinedTree.read(directory, entryDirectories: CatalogLayout.entryDirectories, maxFileSize: maxFileSize) { top, list in
            CatalogLayout.files(top: top, listing: list)
        }
        for outcome in outcomes ?? [] {
            switch outcome {
            case .file(let relative, let bytes):
                result.files.append(CatalogFile(relativePath: relative, text: SourceText(path: displayPrefix + relative, bytes: bytes)))
            case .unreadableDirectory(let relative, let reason):
                result.problems.append(Diagnostics.unreadableDirectory(displayPrefix + relative, reason: reason))
            case .directoryOutside(let relative, let target):
                result.problems.append(Diagnostics.symlinkOutside(displayPrefix + relative, target: target))
            case .unreadable(let relative, let error):
                let display = displayPrefix + relative
                switch error {
                case .directory: result.problems.append(Diagnostics.notAFile(display))
                case .tooLarge(let size): result.problems.append(Diagnostics.fileTooLarge(display, size: size, limit: maxFileSize))
                case .outside(let target): result.problems.append(Diagnostics.symlinkOutside(display, target: target))
                case .failed where relative.unicodeScalars.contains("\u{FFFD}"):
                    // The name read from the directory was not UTF-8, so it cannot be opened by it.
                    result.problems.append(Diagnostics.unreadableFile(display, reason: Diagnostics.notUTF8Name))
                default: result.problems.append(Diagnostics.unreadableFile(display, reason: error.reason))
                }
            }
        }
        return result
    }

    /// A digest of the files a catalog is made of, in order: each one's place (relative and display
    /// path, and the part of a federated catalog it came from) and bytes. Files are digested on every
    /// core, where their bytes already are.
    static func digest(_ files: [CatalogFile]) -> StableDigest {
        let parts = Parallel.fold(files.count, threshold: 64, initial: { [StableDigest]() }) { part, index in
            let file = files[index]
            var hasher = StableHasher()
            hasher.combine(file.relativePath)
            hasher.combine(file.text.path)
            hasher.combine(file.origin)
            hasher.combine(file.text.bytes)
            part.append(hasher.finalize())
        }
        var hasher = StableHasher()
        hasher.combine(UInt64(files.count))
        for digest in parts.joined() { hasher.combine(digest) }
        return hasher.finalize()
    }

    static func builtIn() -> [CatalogFile] {
        BuiltinCatalog.files.map { CatalogFile.builtIn(relativePath: $0.path, contents: $0.text) }
    }

    /// The built-in catalog as it was loaded and checked when it was compiled
    /// (`BuiltinCatalog+Compiled.swift`), or nil when that was not from the files built in, had
    /// diagnostics or does not decode: then the files are loaded, as any catalog's.
    static func builtInCatalog() -> Catalog? {
        guard BuiltinCatalog.compiledDigest == BuiltinCatalog.digest else { return nil }
        return BuiltinCatalog.compiled.withUTF8Buffer { bytes in
            bytes.isEmpty ? nil : try? CompiledCatalog.decode(UnsafeRawBufferPointer(bytes))
        }
    }
}
