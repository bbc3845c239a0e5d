extension Rule {
    public static let cncfRepositoryMismatch = Rule(
        id: "cncf-repository-mismatch", severity: .warning, topic: .consistency,
        summary: "Entries that share a repository agree on CNCF status."
    )
}
