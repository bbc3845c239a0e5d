/// Messages about the facts a catalog records: SPDX licences, CNCF status shared through a
/// repository, and tools that had been superseded or archived by a stack's date.
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
            return Diagnostic(
                .licenseCase, "write '\(written)' as '\(canonical)', as the SPDX License List does",
                at: location, replacement: canonical)
        case .deprecated(let id):
            return Diagnostic(
                .deprecatedLicense, "'\(id)' is a deprecated SPDX identifier", at: location,
                notes: [.init("use the identifier that replaces it (for the GNU licences, '-only' or '-or-later'); see https://spdx.org/licenses/")])
        }
    }

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

    static package func lifecycleInAdopt(
        _ tool: String, lifecycle: String, since: String, stack: String, asOf: String,
        at location: SourceLocation, change: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .lifecycleInAdopt, "stack '\(stack)' (as of \(asOf)) adopts '\(tool)', which was \(lifecycle) on \(since)",
            at: location, notes: [.init("'\(tool)' became \(lifecycle) here; use its successor, or another ring", at: change)])
    }

    static package func lifecycleSinceOnActive(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .lifecycleSince, "'\(id)' is active, so 'lifecycle_since' dates nothing", at: location,
            notes: [.init("remove 'lifecycle_since', or set the lifecycle that it dates")])
    }
}
