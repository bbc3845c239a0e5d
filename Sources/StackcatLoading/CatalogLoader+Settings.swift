import StackcatModel
import StackcatYAML

extension CatalogLoader {
    static let settingsKeys = KeyList(CatalogSettings.keys)
    static let gitIncludeKeys = KeyList(CatalogSettings.gitKeys)
    static let fragmentIncludeKeys = KeyList(["path"])
    static let backstageIncludeKeys = KeyList(["backstage"])

    /// Reads `catalog.yaml` alone, before the rest of the catalog, to learn what to include. Its
    /// problems are reported when the whole catalog is loaded (`load`), not here.
    public static func settings(_ file: CatalogFile, reader: YAMLReader = YAMLReader()) -> CatalogSettings? {
        var state = LoadState(perFile: .max)
        _ = state.load(file, reader: reader)
        return state.settings
    }
}

extension LoadState {
    /// `catalog.yaml`: a mapping of `include:` and `platform-team:`.
    mutating func settings(_ root: YAMLNode, path: String) {
        guard isRootMapping(root, path: path, what: "catalog.yaml") else { return }
        var reader = MappingReader(root, allowed: CatalogLoader.settingsKeys, what: "catalog.yaml", source: text, limit: diagnostics.remaining)
        var result = CatalogSettings(path: path)
        result.platformTeam = reader.string("platform-team")
        if let team = result.platformTeam, !Identifier.isValid(team.value) {
            diagnostics.append(Diagnostics.invalidID(team.value, at: location(path, team.span)))
        }
        if let types = reader.mapping("backstage-types") {
            types.forEachPair { key, value in
                guard let name = key.scalar?.value, let type = value.scalar, type.resolvedType == .string, !type.value.isEmpty else {
                    diagnostics.append(
                        Diagnostics.wrongType(
                            "backstage-types", expected: "a mapping of category ids or hostings to Backstage types",
                            found: value.kindDescription, at: location(path, value.span)))
                    return
                }
                result.backstageTypes[name] = type.value
            }
        }
        let items = reader.list("include")
        if items.count > CatalogSettings.includeLimit {
            diagnostics.append(
                Diagnostics.invalidInclude(
                    "catalog.yaml has \(items.count) includes, more than \(CatalogSettings.includeLimit)",
                    at: location(path, reader.node("include")?.span ?? root.span),
                    hint: "a glob ('services/*/stackcat/') names many directories in one entry"))
        }
        var seen: [CatalogSettings.Include: SourceSpan] = [:]
        for item in items.prefix(CatalogSettings.includeLimit) {
            guard let include = include(item, path: path) else { continue }
            var key = include
            // The same include twice would make every id of it a duplicate: report it once, here.
            switch key {
            case .fragments(let p): key = .fragments(Located(Self.normalized(p.value), span: .fileStart))
            case .backstage(let p): key = .backstage(Located(p.value, span: .fileStart))
            case .git(var g):
                g.url.span = .fileStart
                g.ref.span = .fileStart
                g.pathSpan = nil
                key = .git(g)
            }
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        .invalidInclude, "this include is listed twice", at: location(path, include.span),
                        notes: [.init("first listed here", at: location(path, first))]))
                continue
            }
            seen[key] = include.span
            result.includes.append(include)
        }
        diagnostics += reader.diagnostics
        settings = result
    }

    static func normalized(_ pattern: String) -> String {
        var value = pattern
        while value.hasSuffix("/") { value.removeLast() }
        while value.hasPrefix("./") { value.removeFirst(2) }
        return value
    }

    mutating func include(_ item: YAMLNode, path: String) -> CatalogSettings.Include? {
        func checked(_ pattern: Located<String>, key: String) -> Located<String>? {
            if let problem = CatalogSettings.pathProblem(pattern.value) {
                diagnostics.append(
                    Diagnostics.invalidInclude(
                        "the include '\(pattern.value)' is refused: \(problem)",
                        at: location(path, pattern.span)))
                return nil
            }
            return pattern
        }
        if let scalar = item.scalar {
            guard scalar.resolvedType == .string else {
                diagnostics.append(
                    Diagnostics.wrongType(
                        "include", expected: "a path, or a mapping with 'path', 'backstage' or 'git'",
                        found: item.kindDescription, at: location(path, item.span)))
                return nil
            }
            return checked(Located(scalar.value, span: item.span), key: "include").map(CatalogSettings.Include.fragments)
        }
        guard item.isMapping else {
            diagnostics.append(
                Diagnostics.wrongType(
                    "include", expected: "a path, or a mapping with 'path', 'backstage' or 'git'",
                    found: item.kindDescription, at: location(path, item.span)))
            return nil
        }
        let keys = (item.mapping ?? []).compactMap { $0.key.scalar?.value }
        if keys.contains("git") {
            var reader = MappingReader(item, allowed: CatalogLoader.gitIncludeKeys, what: "a git include", source: text, limit: diagnostics.remaining)
            let url = reader.string("git", required: true)
            let ref = reader.string("ref", required: true)
            let inside = reader.string("path")
            diagnostics += reader.diagnostics
            guard let url, let ref else { return nil }
            if url.value.isEmpty || url.value.hasPrefix("-") || url.value.unicodeScalars.contains(where: { $0.value < 0x21 }) {
                diagnostics.append(
                    Diagnostics.invalidInclude(
                        "'\(url.value)' is not a git repository's URL", at: location(path, url.span),
                        hint: "write the URL that 'git clone' takes: https://..., ssh://..., git@host:path or file:///path"))
                return nil
            }
            if ref.value.isEmpty || ref.value.hasPrefix("-")
                || ref.value.unicodeScalars.contains(where: { $0.value < 0x21 || $0 == ":" || $0 == "^" || $0 == "~" })
            {
                diagnostics.append(
                    Diagnostics.invalidInclude("'\(ref.value)' is not a ref: name a tag, a branch or a full commit hash", at: location(path, ref.span)))
                return nil
            }
            var fragment = ""
            if let inside {
                guard let good = checked(inside, key: "path") else { return nil }
                fragment = Self.normalized(good.value)
                if fragment == "." { fragment = "" }
                if fragment.contains(where: { "*?[".contains($0) }) {
                    diagnostics.append(
                        Diagnostics.invalidInclude("the path inside a git repository is one directory, not a glob", at: location(path, inside.span)))
                    return nil
                }
            }
            return .git(CatalogSettings.Git(url: url, ref: ref, path: fragment, pathSpan: inside?.span))
        }
        if keys.contains("backstage") {
            var reader = MappingReader(
                item, allowed: CatalogLoader.backstageIncludeKeys, what: "a Backstage include", source: text, limit: diagnostics.remaining)
            let pattern = reader.string("backstage", required: true)
            diagnostics += reader.diagnostics
            return pattern.flatMap { checked($0, key: "backstage") }.map(CatalogSettings.Include.backstage)
        }
        var reader = MappingReader(item, allowed: CatalogLoader.fragmentIncludeKeys, what: "an include", source: text, limit: diagnostics.remaining)
        let pattern = reader.string("path", required: true)
        diagnostics += reader.diagnostics
        return pattern.flatMap { checked($0, key: "path") }.map(CatalogSettings.Include.fragments)
    }
}
