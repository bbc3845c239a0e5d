extension Rule {
    public static let duplicateId = Rule(
        id: "duplicate-id", severity: .error, topic: .consistency,
        summary: "Ids are unique.",
        triggering: .init(
            "stacks/platform.yaml",
            """
            name: Platform
            summary: The clusters that run our services.
            sources: [https://kubernetes.io/docs/concepts/overview/]
            components:
              - tool: kubernetes
                ring: adopt
              - id: kubernetes
                name: Cluster configuration
                ring: adopt
            """),
        fix: .replacing("  - id: kubernetes\n", with: "  - id: cluster-config\n")
    )
}

extension Diagnostics {
    static package func duplicateID(_ kind: String, _ id: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateId, "\(kind) id '\(id)' is already used", at: location,
            notes: [.init("'\(id)' is first defined here", at: first)])
    }

    static package func inHouseShadowsTool(_ id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .duplicateId, "in-house component '\(id)' has the id of a catalog tool", at: location,
            notes: [.init("write 'tool: \(id)' to use the catalog tool, or pick another id")])
    }

    /// `entry` is `categories`, `roles`, `relations`, `tool 'a'` or `stack 'b'`.
    /// Reported at the file that is not read, with a note at the one that is.
    /// Each file is given by its path in the catalog and the path it is shown by.
    public static func sameEntryTwice(
        _ entry: String, read: (relativePath: String, shownAs: String), notRead: (relativePath: String, shownAs: String)
    ) -> Diagnostic {
        let what = ["categories", "roles", "relations", "teams"].contains(entry) ? "the \(entry) have" : "\(entry) has"
        let names = [read.relativePath, notRead.relativePath].sorted { $0.utf8Precedes($1) }
        return Diagnostic(
            .duplicateId, "\(what) two files, \(names[0]) and \(names[1]); this one is not read",
            at: SourceLocation(path: notRead.shownAs, span: .fileStart),
            notes: [.init("\(read.relativePath) is read; keep one of the two", at: SourceLocation(path: read.shownAs, span: .fileStart))])
    }
}

extension CatalogRules {
    /// Catalog-wide: category, role, relation type and team ids, tool and stack ids (one namespace:
    /// `show ID` takes either), and the ids of each stack's components are unique; an in-house
    /// component does not take a tool's id. Two files of one entry are found while files are read
    /// (`CatalogFile.firstOfEachEntry`, with `sameEntryTwice`).
    static package func duplicateId(in catalog: Catalog) -> [Diagnostic] {
        func at(_ path: String, _ span: SourceSpan) -> SourceLocation { SourceLocation(path: path, span: span) }
        func check(_ kind: String, _ entries: [(id: String, location: SourceLocation)]) -> [Diagnostic] {
            // Most catalogs have no duplicate: find that out with a set before sorting by position.
            var ids = Set<String>(minimumCapacity: entries.count)
            guard !entries.allSatisfy({ ids.insert($0.id).inserted }) else { return [] }
            var first: [String: SourceLocation] = [:]
            var found: [Diagnostic] = []
            for entry in entries.sorted(by: { ($0.location.path, $0.location.span.start.offset) < ($1.location.path, $1.location.span.start.offset) }) {
                if let other = first[entry.id] {
                    found.append(Diagnostics.duplicateID(kind, entry.id, at: entry.location, first: other))
                } else {
                    first[entry.id] = entry.location
                }
            }
            return found
        }
        var found = check("category", catalog.categories.map { ($0.id.value, at($0.path, $0.id.span)) })
        found += check("role", catalog.roles.map { ($0.id.value, at($0.path, $0.id.span)) })
        found += check("relation", catalog.relationTypes.map { ($0.id.value, at($0.path, $0.id.span)) })
        found += check("team", catalog.teams.map { ($0.id.value, at($0.path, $0.id.span)) })
        found += check(
            "tool or stack",
            catalog.tools.map { ($0.id, at($0.path, .fileStart)) } + catalog.stacks.map { ($0.id, at($0.path, .fileStart)) })
        for stack in catalog.stacks {
            var componentIDs: [String: SourceLocation] = [:]
            for component in stack.components {
                if let inHouse = component.inHouseID, catalog.hasTool(inHouse.value) {
                    found.append(Diagnostics.inHouseShadowsTool(inHouse.value, at: at(stack.path, inHouse.span)))
                }
                let here = at(stack.path, component.idSpan)
                if let first = componentIDs[component.id] {
                    found.append(Diagnostics.duplicateID("component", component.id, at: here, first: first))
                } else {
                    componentIDs[component.id] = here
                }
            }
        }
        return found
    }
}
