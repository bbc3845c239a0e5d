/// Checked by `MappingReader.checkControlCharacters` (the loader), as values are read.
extension Rule {
    public static let controlCharacter = Rule(
        id: "control-character", severity: .error, topic: .yaml,
        summary: "Text holds no control characters (C0 and C1 controls, DEL, bidirectional embeddings, overrides and isolates); a tab only in a description.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps\tcontinuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
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
    static package func controlCharacter(_ key: String, _ scalar: Unicode.Scalar, at location: SourceLocation) -> Diagnostic {
        var notes: [Diagnostic.Note] = [.init("a terminal acts on control characters instead of showing them; remove it")]
        if scalar == "\t" { notes.append(.init("a tab is allowed only in a description")) }
        return Diagnostic(
            .controlCharacter, "'\(key)' holds the control character \(ControlCharacters.describe(scalar))",
            at: location, notes: notes)
    }
}
