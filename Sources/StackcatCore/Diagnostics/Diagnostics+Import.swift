extension Diagnostics {
    /// What the CNCF landscape importer can find wrong in its source; each becomes a warning.
    enum ImportProblem {
        case unknownKey(level: String, key: String)
        case nameless(String)
        case emptySubcategory(String, last: Bool)
        case emptyCategory(String)
        case noTools
        case missingMarker(item: String)
        case badRepo(item: String, url: String)
        case repoAsHomepage(item: String)
        case noUsableURL(item: String)
        case nullDescription(item: String)
        case unknownProject(item: String, project: String)
        case badSecondPath(item: String, path: String)
        case controlCharacters(Unicode.Scalar)

        var rule: Rule {
            switch self {
            case .unknownKey: return .importUnknownKey
            case .nameless: return .importMalformed
            case .emptySubcategory, .emptyCategory, .noTools: return .importEmpty
            case .missingMarker: return .importMissingMarker
            case .badRepo, .repoAsHomepage, .noUsableURL: return .importBadUrl
            case .nullDescription: return .importNullDescription
            case .unknownProject: return .importUnknownProject
            case .badSecondPath: return .importBadSecondPath
            case .controlCharacters: return .importControlCharacter
            }
        }

        var message: String {
            switch self {
            case let .unknownKey(level, key): return "unknown \(level)key '\(key)' is ignored"
            case let .nameless(what): return "\(what) without a name is skipped"
            case let .emptySubcategory(name, _): return "subcategory '\(name)' has no items"
            case let .emptyCategory(name): return "category '\(name)' has no items in any subcategory"
            case .noTools: return "no item of this landscape became a tool: the import is an empty catalog"
            case let .missingMarker(item): return "item '\(item)' has no 'item:' marker"
            case let .badRepo(item, url): return "repo_url '\(url)' of '\(item)' is not an http(s) URL and is left out"
            case let .repoAsHomepage(item): return "'\(item)' has no usable homepage_url; its repo_url is used instead"
            case let .noUsableURL(item): return "'\(item)' has no usable homepage_url or repo_url and is skipped"
            case let .nullDescription(item): return "the description of '\(item)' is null"
            case let .unknownProject(item, project): return "project '\(project)' of '\(item)' is not graduated, incubating, sandbox or archived"
            case let .badSecondPath(item, path): return "second_path '\(path)' of '\(item)' names no subcategory of this landscape"
            case let .controlCharacters(scalar): return "the text holds the control character \(ControlCharacters.describe(scalar))"
            }
        }

        var note: String? {
            switch self {
            case .emptySubcategory(_, last: false): return "its category is imported with no tools"
            case .emptySubcategory(_, last: true): return "it is the file's last subcategory: is the file cut short?"
            case .emptyCategory: return "it is imported with no tools; a file cut short ends like this"
            case .noTools: return "check that the file is the whole landscape.yml and not cut short"
            case .missingMarker: return "imported as an item all the same"
            case .nullDescription: return "its summary names its place in the landscape instead"
            case .badSecondPath: return "the item keeps its other categories"
            case .controlCharacters: return "control characters are left out of the imported text (tabs and carriage returns become spaces)"
            default: return nil
            }
        }
    }

    static func importWarning(_ problem: ImportProblem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(problem.rule, problem.message, at: location, notes: problem.note.map { [.init($0)] } ?? [])
    }

    static func notALandscape(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.importFormat, "this is not a CNCF landscape file: it has no 'landscape:' list", at: location)
    }

    // MARK: Injected blocks

    static func nestedBlock(at location: SourceLocation, open: SourceLocation) -> Diagnostic {
        Diagnostic(.injectMarkers, "a stackcat:begin block is opened inside another", at: location,
                   notes: [.init("the open block starts here", at: open)])
    }

    static func emptyBlockCommand(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.injectMarkers, "the begin marker names no command, or has an unclosed quote", at: location,
                   notes: [.init("write it as <!-- stackcat:begin list --category cd --format markdown -->")])
    }

    static func endWithoutBegin(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.injectMarkers, "stackcat:end without a stackcat:begin before it", at: location)
    }

    static func beginWithoutEnd(at location: SourceLocation, endLine: String) -> Diagnostic {
        Diagnostic(.injectMarkers, "stackcat:begin block has no stackcat:end", at: location,
                   notes: [.init("add a line '\(endLine)' where the generated text ends")])
    }

    static func blockCommandFailed(_ message: String, notes: [String], at location: SourceLocation) -> Diagnostic {
        Diagnostic(.injectCommand, message, at: location, notes: notes.map { .init($0) })
    }

    /// What `validate` and `docs` say when no catalog directory was found and the built-in one is read.
    public static let builtInCatalogFallback =
        "no --catalog, $STACKCAT_CATALOG or catalog/ directory here or above; using the built-in catalog"

    /// How messages name the built-in catalog; a directory is named by its path and a slash.
    public static let builtInCatalogName = "the built-in catalog"

    /// `existing`: what is there instead of a directory ("a file", "a device"), or nil when nothing is.
    public static func missingCatalog(_ path: String, existing: String? = nil) -> Diagnostic {
        let problem = existing.map { "is \($0), not a directory" } ?? "does not exist"
        return Diagnostic(.missingCatalog, "catalog directory '\(path)' \(problem)", at: nil,
                   notes: [.init("pass --catalog with an existing directory, or unset STACKCAT_CATALOG to use ./catalog or the built-in catalog")])
    }
}
