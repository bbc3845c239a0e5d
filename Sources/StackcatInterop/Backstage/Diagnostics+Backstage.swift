import StackcatModel

extension Diagnostics {
    /// What `import backstage` can find wrong in catalog-info files; all warnings but `noEntities`.
    public enum BackstageProblem: Sendable {
        case noEntities
        case emptyFile
        case notAMapping(found: String)
        case missingField(String)
        case wrongType(field: String, expected: String)
        case unsupportedKind(String)
        case unsupportedAPIVersion(String)
        case duplicate(String)
        case renamed(kind: String, name: String, id: String)
        case unresolved(what: String, reference: String)
        case ownerNotAGroup(reference: String, team: String)
        case badAnnotation(name: String, value: String)
        case noHomepage(name: String, hosting: String)
        case urlTarget(String)
        case targetOutside(String)
        case missingTarget(String, reason: String)

        var rule: Rule {
            switch self {
            case .noEntities: return .backstageFormat
            case .emptyFile, .notAMapping, .missingField, .wrongType, .badAnnotation, .noHomepage: return .backstageMalformed
            case .unsupportedKind, .unsupportedAPIVersion: return .backstageKind
            case .duplicate: return .backstageDuplicate
            case .renamed: return .backstageRenamed
            case .unresolved, .ownerNotAGroup: return .backstageReference
            case .urlTarget, .targetOutside, .missingTarget: return .backstageLocation
            }
        }

        var message: String {
            switch self {
            case .noEntities: return "no Group, Component, Resource or System entity was found"
            case .emptyFile: return "the file holds no entity"
            case .notAMapping(let found): return "a Backstage entity is a mapping, not \(found); this document is skipped"
            case .missingField(let field): return "the entity has no \(field) and is skipped"
            case .wrongType(let field, let expected): return "\(field) should be \(expected); it is ignored"
            case .unsupportedKind(let kind): return "kind '\(kind)' has no place in a stackcat catalog; the entity is skipped"
            case .unsupportedAPIVersion(let version): return "apiVersion '\(version)' is not backstage.io/v1alpha1 or v1beta1; the entity is skipped"
            case .duplicate(let ref): return "\(ref) is defined a second time; this one is skipped"
            case .renamed(let kind, let name, let id): return "\(kind) '\(name)' is imported as '\(id)'"
            case .unresolved(let what, let reference): return "\(what) '\(reference)' names no entity of the input; it is left out"
            case .ownerNotAGroup(let reference, let team): return "owner '\(reference)' names no Group of the input; it becomes team '\(team)'"
            case .badAnnotation(let name, let value): return "annotation \(name) '\(value)' is not understood; it is ignored"
            case .noHomepage(let name, let hosting): return "'\(name)' has hosting '\(hosting)' but no http(s) Homepage link; it is imported as in-house"
            case .urlTarget(let target): return "Location target '\(target)' is a URL; import backstage reads only local files"
            case .targetOutside(let target): return "Location target '\(target)' leaves the given files and directories; it is not read"
            case .missingTarget(let target, let reason): return "Location target '\(target)' cannot be read: \(reason)"
            }
        }

        var note: String? {
            switch self {
            case .noEntities: return "import backstage reads catalog-info.yaml files: YAML documents with apiVersion backstage.io/v1alpha1"
            case .renamed: return "stackcat ids are lower-case kebab-case, at most 64 characters, unique across tools and stacks"
            case .urlTarget: return "download it and pass the file, or its directory, to import backstage"
            default: return nil
            }
        }
    }

    public static func backstage(_ problem: BackstageProblem, at location: SourceLocation?, first: SourceLocation? = nil) -> Diagnostic {
        var notes = problem.note.map { [Diagnostic.Note($0)] } ?? []
        if let first { notes.append(.init("first defined here", at: first)) }
        return Diagnostic(problem.rule, problem.message, at: location, notes: notes)
    }
}
