extension Rule {
    public static let cncfRepositoryMismatch = Rule(
        id: "cncf-repository-mismatch", severity: .warning, topic: .consistency,
        summary: "Entries that share a repository agree on CNCF status.",
        triggering: .init(
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
            repo: https://github.com/kubernetes/kubernetes
            cncf: incubating
            """),
        fix: .replacing("repo: https://github.com/kubernetes/kubernetes\n", with: "repo: https://github.com/argoproj/argo-cd\n")
    )
}

extension Diagnostics {
    static package func cncfRepositoryMismatch(
        _ id: String, cncf: String?, repo: String, other: String, otherCNCF: String?, replace: Bool,
        at location: SourceLocation, otherLocation: SourceLocation
    ) -> Diagnostic {
        let mine = cncf.map { "'cncf: \($0)'" } ?? "no 'cncf'"
        let theirs = otherCNCF.map { "'cncf: \($0)'" } ?? "no 'cncf'"
        return Diagnostic(
            .cncfRepositoryMismatch, "'\(id)' has \(mine) but shares its repository \(repo) with '\(other)', which has \(theirs)",
            at: location, notes: [.init("CNCF status belongs to the project that owns the repository; '\(other)' is here", at: otherLocation)],
            replacement: replace ? otherCNCF : nil)
    }
}
