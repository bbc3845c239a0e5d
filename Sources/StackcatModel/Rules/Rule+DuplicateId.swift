extension Rule {
    public static let duplicateId = Rule(
        id: "duplicate-id", severity: .error, topic: .consistency,
        summary: "Ids are unique.",
        triggering: .init(
            "stacks/platform.yaml",
            """
            name: Platform
            summary: The clusters that run our services.
            sources: [https://kubernetes.io/docs/concepts/overview/]
            components:
              - tool: kubernetes
                ring: adopt
              - id: kubernetes
                name: Cluster configuration
                ring: adopt
            """),
        fix: .replacing("  - id: kubernetes\n", with: "  - id: cluster-config\n")
    )
}

extension Diagnostics {
    static package func duplicateID(_ kind: String, _ id: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateId, "\(kind) id '\(id)' is already used", at: location,
            notes: [.init("'\(id)' is first defined here", at: first)])
    }

    static package func inHouseShadowsTool(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateId, "in-house component '\(id)' has the id of a catalog tool", at: location,
            notes: [.init("write 'tool: \(id)' to use the catalog tool, or pick another id")])
    }

    /// `entry` is `categories`, `roles`, `relations`, `tool 'a'` or `stack 'b'`.
    /// Reported at the file that is not read, with a note at the one that is.
    /// Each file is given by its path in the catalog and the path it is shown by.
    public static func sameEntryTwice(
        _ entry: String, read: (relativePath: String, shownAs: String), notRead: (relativePath: String, shownAs: String)
    ) -> Diagnostic {
        let what = ["categories", "roles", "relations", "teams"].contains(entry) ? "the \(entry) have" : "\(entry) has"
        let names = [read.relativePath, notRead.relativePath].sorted { $0.utf8Precedes($1) }
        return Diagnostic(
            .duplicateId, "\(what) two files, \(names[0]) and \(names[1]); this one is not read",
            at: SourceLocation(path: notRead.shownAs, span: .fileStart),
            notes: [.init("\(read.relativePath) is read; keep one of the two", at: SourceLocation(path: read.shownAs, span: .fileStart))])
    }
}
