/// Checked by `SPDXLicense.diagnostics` (the loader), as a licence is read.
extension Rule {
    public static let unknownLicense = Rule(
        id: "unknown-license", severity: .error, topic: .consistency,
        summary: "A licence is an SPDX expression of identifiers on the SPDX License List, LicenseRef-*, or Proprietary.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            summary: Declarative GitOps continuous delivery for Kubernetes.
            homepage: https://argo-cd.readthedocs.io/
            license: Apache 2
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing("license: Apache 2\n", with: "license: Apache-2.0\n")
    )
}

/// A licence that the SPDX check (`SPDXLicense`) finds wrong; the wrong case and deprecated ids have
/// rules of their own (`license-case`, `deprecated-license`), whose messages are in their files.
extension Diagnostics {
    static func licenseProblem(_ problem: SPDXLicense.Problem, value: String, at location: SourceLocation) -> Diagnostic {
        let list = "the SPDX License List \(SPDXLicenseList.version)"
        switch problem {
        case .syntax(let reason):
            return Diagnostic(
                .unknownLicense, "'\(value)' is not a valid SPDX licence expression: \(reason)",
                at: location,
                notes: [
                    .init("write an SPDX identifier such as Apache-2.0 or MIT, an expression such as 'MIT OR Apache-2.0', LicenseRef-<name>, or Proprietary")
                ])
        case .lowercaseOperator(let word):
            return Diagnostic(
                .unknownLicense, "SPDX operators are written in capitals: '\(word.uppercased())', not '\(word)'",
                at: location, replacement: word.uppercased())
        case .unknownLicense(let id, let suggestion):
            var notes: [Diagnostic.Note] = []
            if let suggestion { notes.append(.init("did you mean '\(suggestion)'?", at: location)) }
            notes.append(.init("a licence not on \(list) is written LicenseRef-<name>; a closed one is Proprietary"))
            return Diagnostic(
                .unknownLicense, "unknown SPDX licence identifier '\(id)'", at: location,
                notes: notes, replacement: suggestion)
        case .unknownException(let id, let suggestion):
            var notes: [Diagnostic.Note] = []
            if let suggestion { notes.append(.init("did you mean '\(suggestion)'?", at: location)) }
            notes.append(.init("after WITH comes an exception identifier from \(list), or AdditionRef-<name>"))
            return Diagnostic(
                .unknownLicense, "unknown SPDX licence exception '\(id)'", at: location,
                notes: notes, replacement: suggestion)
        case .exceptionAsLicense(let id):
            return Diagnostic(
                .unknownLicense, "'\(id)' is an SPDX licence exception, not a licence",
                at: location, notes: [.init("write it after the licence it modifies: <licence> WITH \(id)")])
        case .licenseAsException(let id):
            return Diagnostic(
                .unknownLicense, "'\(id)' is an SPDX licence, not an exception; WITH takes an exception",
                at: location, notes: [.init("join two licences with AND or OR")])
        case .wrongCase(let written, let canonical):
            return licenseCase(written, canonical: canonical, at: location)
        case .deprecated(let id):
            return deprecatedLicense(id, at: location)
        }
    }
}
