extension Rule {
    public static let fileTooLarge = Rule(
        id: "file-too-large", severity: .error, topic: .files,
        summary: "A catalog file is at most --max-file-size bytes (16 MiB unless set).",
        triggering: .init("tools/argo-cd.yaml", .text(String(repeating: "# Argo CD\n", count: 1_000)), maxFileSize: 8_192),
        passing: .init("tools/argo-cd.yaml", .text(String(repeating: "# Argo CD\n", count: 10)), maxFileSize: 8_192)
    )
}
