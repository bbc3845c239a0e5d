import StackcatModel

/// `import landscape FILE --logos DIR`: the landscape's own logos (each item's `logo:` names a file
/// of its `hosted_logos/` directory) are copied into the catalog's `logos/` for the tools imported,
/// under the same checks as any catalog logo (`LogoCheck`). A logo that fails them is left out with
/// a warning (`import-logo`) and the tool is imported without it.
extension LandscapeImporter {
    /// The first line of an imported logo: an SVG cannot start with the YAML marker's `#`.
    public static let logoMarker = "<!-- imported from the CNCF landscape by stackcat; do not edit -->"

    /// The logo files to write, by catalog path; sets each tool's `logo` to the path of its copy.
    static func importLogos(
        _ tools: inout [PendingTool], read: (String) -> LogoCheck.Outcome, warn: (Diagnostic) -> Void, path: String
    ) -> [(String, String)] {
        var accepted: [String: String?] = [:]  // file name → its catalog path, or nil when refused
        var files: [(String, String)] = []
        for i in tools.indices {
            guard let logo = tools[i].landscapeLogo else { continue }
            var name = logo.value
            while name.hasPrefix("./") { name.removeFirst(2) }
            if let known = accepted[name] {
                tools[i].logo = known
                continue
            }
            let location = SourceLocation(path: path, span: logo.span)
            func refuse(_ problem: String) {
                warn(Diagnostics.importLogo(item: tools[i].name, logo: logo.value, problem: problem, at: location))
                accepted[name] = .some(nil)
            }
            let catalogPath = "logos/" + name
            if name.contains("/") || LogoCheck.pathProblem(catalogPath) != nil {
                refuse("it is not a plain file name of hosted_logos/")
                continue
            }
            guard LogoCheck.format(ofName: name) == .svg else {
                refuse("the landscape's logos are SVG files, and this one is not")
                continue
            }
            switch read(name) {
            case .bytes(let bytes):
                guard LogoCheck.format(of: bytes) == .svg else {
                    refuse("its bytes are not an SVG picture")
                    continue
                }
                let (scripts, references) = LogoCheck.svgProblems(bytes)
                if !scripts.isEmpty {
                    refuse("it holds " + scripts.joined(separator: ", "))
                    continue
                }
                if !references.isEmpty {
                    refuse("it refers to " + references.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + " outside itself")
                    continue
                }
                let body = LogoCheck.svgBody(bytes)
                files.append((catalogPath, logoMarker + "\n" + body + (body.hasSuffix("\n") ? "" : "\n")))
                accepted[name] = catalogPath
                tools[i].logo = catalogPath
            case .missing: refuse("hosted_logos/\(name) does not exist")
            case .notAFile: refuse("hosted_logos/\(name) is not a regular file")
            case .tooLarge(let size): refuse("it has \(size) bytes, more than the \(LogoCheck.sizeLimit / 1024) KiB a logo may have")
            case .outside: refuse("it leads outside the logos directory")
            case .unreadable(let reason): refuse("it cannot be read: \(reason)")
            }
        }
        return files
    }
}
