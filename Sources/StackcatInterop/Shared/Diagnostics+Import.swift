import StackcatModel

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
            case .unknownKey(let level, let key): return "unknown \(level)key '\(key)' is ignored"
            case .nameless(let what): return "\(what) without a name is skipped"
            case .emptySubcategory(let name, _): return "subcategory '\(name)' has no items"
            case .emptyCategory(let name): return "category '\(name)' has no items in any subcategory"
            case .noTools: return "no item of this landscape became a tool: the import is an empty catalog"
            case .missingMarker(let item): return "item '\(item)' has no 'item:' marker"
            case .badRepo(let item, let url): return "repo_url '\(url)' of '\(item)' is not an http(s) URL and is left out"
            case .repoAsHomepage(let item): return "'\(item)' has no usable homepage_url; its repo_url is used instead"
            case .noUsableURL(let item): return "'\(item)' has no usable homepage_url or repo_url and is skipped"
            case .nullDescription(let item): return "the description of '\(item)' is null"
            case .unknownProject(let item, let project): return "project '\(project)' of '\(item)' is not graduated, incubating, sandbox or archived"
            case .badSecondPath(let item, let path): return "second_path '\(path)' of '\(item)' names no subcategory of this landscape"
            case .controlCharacters(let scalar): return "the text holds the control character \(ControlCharacters.describe(scalar))"
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

}
