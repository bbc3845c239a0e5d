extension Rule {
    public static let symlinkOutside = Rule(
        id: "symlink-outside", severity: .error, topic: .files,
        summary: "A symbolic link in the catalog does not lead outside the catalog directory."
    )
}
