extension Rule {
    public static let symlinkOutside = Rule(
        id: "symlink-outside", severity: .error, topic: .files,
        summary: "A symbolic link in the catalog does not lead outside the catalog directory.",
        triggering: .init("tools/argo-cd.yaml", .symlink(to: "/etc/passwd")),
        passing: .init("tools/argo-cd.yaml", .symlink(to: "kubernetes.yaml"))
    )
}
