/// Checked by `CatalogFiles.load` (the executable), as the catalog's tree is read.
extension Rule {
    public static let symlinkOutside = Rule(
        id: "symlink-outside", severity: .error, topic: .files,
        summary: "A symbolic link in the catalog does not lead outside the catalog directory.",
        triggering: .init("tools/argo-cd.yaml", .symlink(to: "/etc/passwd")),
        passing: .init("tools/argo-cd.yaml", .symlink(to: "kubernetes.yaml"))
    )
}

extension Diagnostics {
    /// No content and no position inside the file: the link is reported, never followed.
    public static func symlinkOutside(_ path: String, target: String) -> Diagnostic {
        Diagnostic(
            .symlinkOutside, "'\(path)' is a symbolic link to '\(target)', outside the catalog; not read",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("symbolic links may point only to files and folders inside the catalog directory")])
    }
}
