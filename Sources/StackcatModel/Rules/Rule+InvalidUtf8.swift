/// Checked by `YAMLReader.read` (the YAML reader), before parsing.
extension Rule {
    public static let invalidUtf8 = Rule(
        id: "invalid-utf8", severity: .error, topic: .yaml,
        summary: "Catalog files must be UTF-8.",
        triggering: .init(
            "tools/argo-cd.yaml",
            .bytes(
                Array(
                    """
                    name: Argo CD
                    category: cd
                    summary: Declarative GitOps continuous delivery for Kubernetes.
                    homepage: https://argo-cd.readthedocs.io/
                    license: Apache-2.0
                    hosting: self-hosted
                    lifecycle: active
                    sources: [https://argo-cd.readthedocs.io/]
                    """.utf8) + Array("\nvendor: Argo Project ".utf8) + [0xA9])),
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
            vendor: Argo Project ©
            """)
    )
}

extension Diagnostics {
    /// `looksLike`: "UTF-16" or "UTF-32" when the file seems to be in one (a byte order mark, NULs).
    static package func invalidUTF8(byte: String, at location: SourceLocation, looksLike encoding: String? = nil) -> Diagnostic {
        Diagnostic(
            .invalidUtf8, "invalid UTF-8 (byte 0x\(byte)); catalog files must be UTF-8 text",
            at: location, notes: [.init(encoding.map { "the file looks like \($0); save it as UTF-8" } ?? "re-save the file as UTF-8")])
    }

    static package func wideEncoding(_ encoding: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidUtf8, "the file looks like \(encoding) (it is full of NUL bytes); catalog files must be UTF-8 text",
            at: location, notes: [.init("save it as UTF-8 (in most editors: Save As, encoding UTF-8)")])
    }
}
