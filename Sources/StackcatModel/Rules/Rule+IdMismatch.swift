/// Checked by `LoadState.checkFileID` (the loader).
extension Rule {
    public static let idMismatch = Rule(
        id: "id-mismatch", severity: .error, topic: .consistency,
        summary: "An id key must equal the file name.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            id: argocd
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("id: argocd\n", with: "id: argo-cd\n")
    )
}

extension Diagnostics {
    static package func idMismatch(_ id: String, fileID: String, at location: SourceLocation) -> Diagnostic {
        let ext = fileExtension(location)
        return Diagnostic(
            .idMismatch, "id '\(id)' does not match the file name '\(fileID)\(ext)'", at: location,
            notes: [.init("rename the file to '\(id)\(ext)', or remove the 'id' key")])
    }
}
