import StackcatCore
import StackcatIO

/// Reads the logos a catalog names, confined to the catalog directory: a path (or a symbolic link on
/// it) that resolves outside the directory is refused, not read.
enum CatalogLogoFiles {
    /// What reading `relative` inside `directory` gives.
    static func read(_ relative: String, in directory: String) -> LogoCheck.Outcome {
        let full = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
        guard let root = FileState.realPath(directory) else { return .missing }
        guard let real = FileState.realPath(full) else { return .missing }
        guard real.hasPrefix(root == "/" ? "/" : root + "/") else { return .outside }
        switch FileState.read(real, limit: LogoCheck.sizeLimit) {
        case .success(let bytes): return .bytes(bytes)
        case .failure(.tooLarge(let size)): return .tooLarge(size)
        case .failure(.directory), .failure(.notRegularFile): return .notAFile
        case .failure(.outside): return .outside
        case .failure(let error): return .unreadable(error.reason)
        }
    }

    /// The catalog's logos checked: their problems, and the bytes of the usable ones by path. A
    /// catalog that is not a directory (the built-in one) has no logo files.
    static func check(_ catalog: Catalog, origin: CatalogOptions.Origin) -> (diagnostics: [Diagnostic], logos: [String: [UInt8]]) {
        let references = CatalogLogos.references(in: catalog)
        guard !references.isEmpty else { return ([], [:]) }
        guard case .directory(let path, _) = origin else { return CatalogLogos.check(references) { _ in .missing } }
        return CatalogLogos.check(references) { read($0, in: path) }
    }
}
