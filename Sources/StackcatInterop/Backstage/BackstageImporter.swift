import StackcatModel
import StackcatYAML

/// Converts Backstage catalog entities (`catalog-info.yaml`, several YAML documents per file) into a
/// stackcat catalog; the inverse of `BackstageExporter`. The caller reads files and follows
/// `Location` targets (`read` returns them); `finish` maps what was read:
///
/// - a `Group` is a team (`profile.displayName` or the title as its name, `profile.email` or a
///   "Contact" link as its contact); the exporter's placeholder `stackcat-unowned` is dropped, and so
///   are owners that name it, unless an in-house tool needs it as its owner;
/// - a `Component` or `Resource` is a tool. The `stackcat.dev/` annotations, when present, give back
///   the id, categories, hosting, lifecycle and typed relations. Without them: a `Component` of type
///   `library` is `hosting: library`, any other Component `in-house`; a `Resource` is `managed` when it
///   has an http(s) Homepage link and `in-house` otherwise; the category is `spec.type`; the
///   lifecycle is `deprecated` for `spec.lifecycle: deprecated` and `active` otherwise; every
///   `spec.dependsOn` is a `depends-on` relation. Licences are not in Backstage: `NOASSERTION`;
/// - a `System` is a stack whose components come from the `stackcat.dev/components` annotation or,
///   without it, are the tools whose `spec.system` names it, in ring `assess`;
/// - an owner that names no Group of the input (a `user:` or a group defined elsewhere) becomes a
///   team of its own, with a warning.
///
/// Ids are kept from `stackcat.dev/id` when it is a valid id, else made from `metadata.name`; clashes
/// get `-2`, `-3`, ... in input order.
public struct BackstageImporter: Sendable {
    /// The first line of every file the importer writes; a rerun replaces only files that carry it.
    public static let marker = "# imported from Backstage by stackcat; do not edit"
    /// The relation type that `spec.dependsOn` becomes when no annotation gives the original types.
    public static let dependsOn = "depends-on"

    public struct Result: Sendable {
        /// Catalog-relative path → file contents, sorted by path.
        public var files: [(path: String, contents: String)]
        public var diagnostics: [Diagnostic]
        public var entityCount: Int
        public var teamCount: Int
        public var toolCount: Int
        public var stackCount: Int
    }

    var entities: [BackstageEntity] = []
    var seen: [String: SourceLocation] = [:]
    var diagnostics: [Diagnostic] = []
    /// Team ids defined by the rest of the catalog (a catalog's `include:` of Backstage files): an
    /// owner that names one refers to it rather than becoming a team of its own.
    public var knownTeams: Set<String> = []

    public init() {}

    /// Reads the entities of one file and returns the targets of its `Location` entities that are
    /// local paths (URLs are reported, not returned), for the caller to resolve against the file's
    /// directory and read in turn.
    public mutating func read(_ text: SourceText) -> [Located<String>] {
        let (roots, problems) = YAMLReader().readDocuments(text)
        diagnostics += problems
        if roots.isEmpty && problems.isEmpty {
            diagnostics.append(Diagnostics.backstage(.emptyFile, at: SourceLocation(path: text.path, span: .fileStart)))
        }
        var targets: [Located<String>] = []
        for root in roots {
            guard
                let entity = BackstageEntity.read(
                    root, path: text.path,
                    diagnose: { problem, span in
                        diagnostics.append(Diagnostics.backstage(problem, at: SourceLocation(path: text.path, span: span)))
                    })
            else { continue }
            if let first = seen[entity.key] {
                diagnostics.append(Diagnostics.backstage(.duplicate(entity.key), at: SourceLocation(path: text.path, span: entity.name.span), first: first))
                continue
            }
            seen[entity.key] = SourceLocation(path: text.path, span: entity.name.span)
            for target in entity.targets {
                if Self.isURL(target.value) {
                    diagnostics.append(Diagnostics.backstage(.urlTarget(target.value), at: SourceLocation(path: text.path, span: target.span)))
                } else {
                    targets.append(target)
                }
            }
            entities.append(entity)
        }
        return targets
    }

    /// Adds a problem the caller found (a Location target it could not or would not read).
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    static func isURL(_ target: String) -> Bool {
        guard let colon = target.firstIndex(of: ":") else { return false }
        let scheme = target[..<colon]
        return scheme.count > 1 && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    /// Maps everything read so far to catalog files.
    public func finish() -> Result {
        var mapping = BackstageMapping(entities: entities)
        mapping.knownTeams = knownTeams
        mapping.run()
        let all = diagnostics + mapping.diagnostics
        let mapped = entities.count { $0.kind != .location }
        var diagnostics = all
        if mapped == 0 && !all.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostics.backstage(.noEntities, at: nil))
        }
        let files = diagnostics.contains { $0.severity == .error } ? [] : mapping.files()
        return Result(
            files: files, diagnostics: Diagnostic.sortedForOutput(diagnostics), entityCount: entities.count,
            teamCount: mapping.teams.count, toolCount: mapping.tools.count, stackCount: mapping.stacks.count)
    }
}
