/// Checked by `CatalogFiles.load` and `CatalogFederation.readGit` (the executable), as files are read within --max-file-size.
extension Rule {
    public static let fileTooLarge = Rule(
        id: "file-too-large", severity: .error, topic: .files,
        summary: "A catalog file is at most --max-file-size bytes (16 MiB unless set).",
        triggering: .init("tools/argo-cd.yaml", .text(String(repeating: "# Argo CD\n", count: 1_000)), maxFileSize: 8_192),
        passing: .init("tools/argo-cd.yaml", .text(String(repeating: "# Argo CD\n", count: 10)), maxFileSize: 8_192)
    )
}

extension Diagnostics {
    public static func fileTooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            .fileTooLarge,
            "the file is \(size > limit + 1 ? ByteCount.describe(size) : "larger than the limit"), more than the limit of \(ByteCount.describe(limit)); not read",
            at: SourceLocation(path: path, span: .fileStart),
            notes: [.init("a catalog file is a few kilobytes; raise the limit with --max-file-size if this one is meant to be this large")])
    }
}
