/// Checked by `CatalogFiles.load` (the executable), as files are read.
extension Rule {
    public static let unreadableFile = Rule(
        id: "unreadable-file", severity: .error, topic: .files,
        summary: "The file could not be read.",
        triggering: .init("tools/argo-cd.yaml", .directory),
        passing: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """)
    )
}

extension Diagnostics {
    public static func unreadableFile(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unreadableFile, "cannot read file: \(reason)",
            at: SourceLocation(path: path, span: .fileStart))
    }

    /// A catalog directory (the root, `tools/`, `stacks/`) that is there but cannot be read: its
    /// entries would otherwise go unchecked without a word.
    public static func unreadableDirectory(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unreadableFile, "cannot read the directory '\(path)': \(reason); nothing in it was checked",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("give the user who runs stackcat permission to read and enter it")])
    }

    public static func notAFile(_ path: String) -> Diagnostic {
        Diagnostic(
            .unreadableFile, "'\(path)' is a directory, not a YAML file",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("rename it so that its name does not end in .yaml or .yml")])
    }
}
