import StackcatModel

/// Where a catalog names a logo: a tool's or team's `logo:`, or `site: logo:` in `catalog.yaml`.
public struct LogoReference: Sendable, Hashable {
    /// The logo's path relative to the catalog directory.
    public let path: String
    /// Where the `logo:` value is written.
    public let location: SourceLocation
}

/// The logos of a catalog, checked: the executable reads each file (confined to the catalog) and this
/// judges what it read, so the same checks serve `validate`, `site` and every other command.
public enum CatalogLogos {
    /// Every `logo:` of the catalog, in file order.
    public static func references(in catalog: Catalog) -> [LogoReference] {
        var found: [LogoReference] = []
        if let settings = catalog.settings, let logo = settings.site?.logo {
            found.append(LogoReference(path: logo.value, location: SourceLocation(path: settings.path, span: logo.span)))
        }
        for team in catalog.teams {
            if let logo = team.logo { found.append(LogoReference(path: logo.value, location: SourceLocation(path: team.path, span: logo.span))) }
        }
        for tool in catalog.tools {
            if let logo = tool.logo { found.append(LogoReference(path: logo.value, location: SourceLocation(path: tool.path, span: logo.span))) }
        }
        return found
    }

    /// The problems of each referenced logo (at the `logo:` that names it), and the bytes of those
    /// without problems, by path. `read` is called once per path.
    public static func check(_ references: [LogoReference], read: (String) -> LogoCheck.Outcome) -> (diagnostics: [Diagnostic], logos: [String: [UInt8]]) {
        var outcomes: [String: LogoCheck.Outcome] = [:]
        var diagnostics: [Diagnostic] = []
        var usable: [String: [UInt8]] = [:]
        var bad: Set<String> = []
        for reference in references {
            let outcome = outcomes[reference.path] ?? read(reference.path)
            outcomes[reference.path] = outcome
            let found = problems(reference, outcome)
            diagnostics += found
            if case .bytes(let bytes) = outcome, found.isEmpty, !bad.contains(reference.path) {
                usable[reference.path] = bytes
            } else {
                bad.insert(reference.path)
                usable[reference.path] = nil
            }
        }
        return (diagnostics, usable)
    }

    static func problems(_ reference: LogoReference, _ outcome: LogoCheck.Outcome) -> [Diagnostic] {
        if let problem = Diagnostics.logoFile(reference.path, outcome: outcome, at: reference.location) { return [problem] }
        guard case .bytes(let bytes) = outcome, let expected = LogoCheck.format(ofName: reference.path) else { return [] }
        let found = LogoCheck.format(of: bytes)
        guard found == expected else { return [Diagnostics.logoType(reference.path, expected: expected, found: found, at: reference.location)] }
        guard expected == .svg else { return [] }
        let (scripts, references) = LogoCheck.svgProblems(bytes)
        var problems: [Diagnostic] = []
        if !scripts.isEmpty { problems.append(Diagnostics.logoScript(reference.path, found: scripts, at: reference.location)) }
        if !references.isEmpty { problems.append(Diagnostics.logoExternalReference(reference.path, targets: references, at: reference.location)) }
        return problems
    }
}

extension CatalogCheck {
    /// Adds problems found after loading (the logos' files), keeping the output order.
    public mutating func add(_ more: [Diagnostic]) {
        guard !more.isEmpty else { return }
        diagnostics = Diagnostic.sortedForOutput(diagnostics + more)
    }
}
