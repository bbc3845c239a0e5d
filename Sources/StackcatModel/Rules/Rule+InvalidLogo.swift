/// Checked by `CatalogLogos.check` (Validation; the bytes that `CatalogLogoFiles` reads inside the catalog directory) and, for the path's form, by the loader as a `logo:` is read.
extension Rule {
    public static let invalidLogo = Rule(
        id: "invalid-logo", severity: .error, topic: .files,
        summary:
            "A logo is an SVG or PNG file inside the catalog, named by a relative path, of at most 256 KiB, whose bytes are the type its name says.",
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
            logo: logos/argo.svg
            sources: [https://argo-cd.readthedocs.io/]
            """,
            with: [
                .init("logos/argo-cd.svg", .text("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><circle cx=\"4\" cy=\"4\" r=\"4\"/></svg>\n"))
            ]),
        fix: .replacing("logo: logos/argo.svg", with: "logo: logos/argo-cd.svg")
    )
}

extension Diagnostics {
    /// A `logo:` value that is not a usable path (absolute, `..`, a URL, another extension).
    package static func logoPath(_ path: String, problem: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidLogo, "the logo '\(path)' is refused: \(problem)", at: location,
            notes: [.init("a logo is an .svg or .png file inside the catalog, named relative to it: logo: logos/name.svg")])
    }

    /// A logo file that could not be used, with what to do.
    package static func logoFile(_ path: String, outcome: LogoCheck.Outcome, at location: SourceLocation) -> Diagnostic? {
        let problem: String
        let hint: String
        switch outcome {
        case .bytes: return nil
        case .missing:
            problem = "does not exist"
            hint = "add the file to the catalog, or correct the path (it is relative to the catalog directory)"
        case .notAFile:
            problem = "is not a regular file"
            hint = "name an .svg or .png file"
        case .tooLarge(let size):
            problem = "has \(size) bytes, more than the \(LogoCheck.sizeLimit / 1024) KiB a logo may have"
            hint = "make it smaller: an SVG without embedded pictures, or a PNG of at most 512 pixels a side"
        case .outside:
            problem = "leads outside the catalog directory (through a symbolic link)"
            hint = "copy the file into the catalog instead of linking to it"
        case .unreadable(let reason):
            problem = "cannot be read: \(reason)"
            hint = "check the file's permissions"
        }
        return Diagnostic(.invalidLogo, "the logo '\(path)' \(problem)", at: location, notes: [.init(hint)])
    }

    /// A logo whose bytes are not the type its name says (or neither SVG nor PNG).
    package static func logoType(_ path: String, expected: LogoCheck.Format, found: LogoCheck.Format?, at location: SourceLocation) -> Diagnostic {
        let what = found.map { $0 == .svg ? "an SVG picture" : "a PNG picture" } ?? "neither an SVG nor a PNG picture"
        return Diagnostic(
            .invalidLogo, "the logo '\(path)' is named .\(expected.rawValue) but its bytes are \(what)", at: location,
            notes: [.init(found == nil ? "save it as SVG (UTF-8 text starting with <svg) or PNG" : "rename it to end in .\(found!.rawValue)")])
    }
}
