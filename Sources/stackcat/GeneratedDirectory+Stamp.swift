import StackcatCore
import StackcatIO

/// The stamp of a generated directory (`OutputStamp`): the key is a digest of everything the output
/// depends on, which is this program, the command, the options that change the output, where the
/// directory and the catalog are, and every file the catalog was made of (`CatalogFiles.digest`).
/// It is kept in `.stackcat/cache/stamps/` of the repository that holds the catalog, named after the
/// directory's real path.
extension GeneratedDirectory {
    /// The stamp of a run into `target` (resolved, its parent existing), with the digest of the
    /// catalog's files and the options that change the output. None for the built-in catalog (no
    /// files, and no repository to keep a cache in) or where this program's files cannot be told
    /// (`programIdentity`).
    func stamp(of target: String, inputs: StableDigest, options: [String]) -> OutputStamp? {
        guard case .directory(let catalogPath, _) = catalogOrigin, let catalogReal = FileState.realPath(catalogPath),
            let program = SystemCalls.programIdentity()
        else { return nil }
        let directory = OutputTarget.resolved(target)
        var key = StableHasher()
        // Changed with what goes into the key.
        key.combine("stackcat output stamp key 1")
        key.combine(Stackcat.configuration.version)
        key.combine(program)
        key.combine(files.command)
        key.combine(UInt64(options.count))
        for option in options { key.combine(option) }
        key.combine(directory)
        key.combine(catalogReal)
        key.combine(inputs)
        return OutputStamp(
            cache: CacheDirectory(root: CatalogFederation.repositoryRoot(ofCatalog: catalogReal)), directory: directory, command: files.command,
            key: key.finalize())
    }
}
