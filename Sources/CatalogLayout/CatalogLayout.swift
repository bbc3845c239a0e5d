/// The files that make a catalog, decided here only, for the executable's directory walk, the
/// build-time embedding of the built-in catalog and the tests alike: each supplies a listing of
/// directories and reads the files this type names.
///
/// ```
/// categories.yaml  roles.yaml  relations.yaml   the vocabularies
/// teams.yaml                                     the optional team vocabulary (owners)
/// tools/<id>.yaml                                one tool per file
/// stacks/<id>.yaml                               one stack per file
/// catalog.yaml                                   optional catalog-wide settings (`include:`, ...)
/// ```
/// A fragment directory that `catalog.yaml` includes holds only `tools/`, `stacks/` and `teams.yaml`:
/// the vocabularies and the settings stay in the root.
/// with the extension `.yaml` or `.yml` in any case. Other names are not read.
public enum CatalogLayout {
    /// What a file holds, judged by its place in the layout.
    public enum Kind: Sendable, Equatable {
        case categories, roles, relations, teams, tool(id: String), stack(id: String), settings, unexpected

        /// Whether a fragment directory may hold a file of this kind (entries and teams, not the
        /// vocabularies or the settings, which belong to the root catalog).
        public var belongsInFragment: Bool {
            switch self {
            case .teams, .tool, .stack: return true
            case .categories, .roles, .relations, .settings, .unexpected: return false
            }
        }
    }

    /// The optional settings file at the catalog's root.
    public static let settingsFile = "catalog.yaml"

    /// The directory of tool files, and of stack files.
    public static let toolDirectory = "tools", stackDirectory = "stacks"

    /// The directories below the catalog whose files are entries.
    public static let entryDirectories = [toolDirectory, stackDirectory]

    /// The vocabulary files every catalog has, by kind, with the name a message gives them.
    public static let vocabularies: [(kind: Kind, name: String)] = [
        (.categories, "categories.yaml"), (.roles, "roles.yaml"), (.relations, "relations.yaml")
    ]

    /// The vocabulary files a catalog may have: without them, references to them resolve to nothing.
    public static let optionalVocabularies: [(kind: Kind, name: String)] = [(.teams, "teams.yaml")]

    /// The relative paths of the files to read, in byte order: `top` lists the catalog directory and
    /// `listing` lists one of its entry directories (called only for those that `top` holds).
    public static func files(top: [String], listing: (String) -> [String]) -> [String] {
        var paths = top.filter { yamlStem($0) != nil }
        for directory in entryDirectories where top.contains(directory) {
            for name in listing(directory) where yamlStem(name) != nil { paths.append(directory + "/" + name) }
        }
        paths.sort(by: bytesPrecede)
        return paths
    }

    public static func kind(of relativePath: String) -> Kind {
        guard let slash = relativePath.utf8.firstIndex(of: UInt8(ascii: "/")) else {
            switch yamlStem(relativePath) {
            case "categories": return .categories
            case "roles": return .roles
            case "relations": return .relations
            case "teams": return .teams
            case "catalog": return .settings
            default: return .unexpected
            }
        }
        let name = relativePath[relativePath.utf8.index(after: slash)...]
        guard !name.utf8.contains(UInt8(ascii: "/")), let id = yamlStem(name) else { return .unexpected }
        switch relativePath[..<slash] {
        case toolDirectory: return .tool(id: String(id))
        case stackDirectory: return .stack(id: String(id))
        default: return .unexpected
        }
    }

    // MARK: Writing: where import, init and new put a file.

    /// Where the tool of this id goes: `tools/<id>.yaml`.
    public static func path(forTool id: String) -> String { "\(toolDirectory)/\(id).yaml" }

    /// Where the stack of this id goes: `stacks/<id>.yaml`.
    public static func path(forStack id: String) -> String { "\(stackDirectory)/\(id).yaml" }

    /// Where a vocabulary goes (`categories.yaml`); nil for a kind that is not a vocabulary.
    public static func path(forVocabulary kind: Kind) -> String? {
        (vocabularies + optionalVocabularies).first { $0.kind == kind }?.name
    }

    /// The file name without its `.yaml` or `.yml` extension, in any case (`a.YML` is `a`); nil for
    /// other names and for a bare extension. Read backwards byte by byte: this runs once per file of
    /// catalogs of 100,000 files.
    public static func yamlStem(_ name: String) -> Substring? {
        yamlStem(name[...])
    }

    public static func yamlStem(_ name: Substring) -> Substring? {
        let bytes = name.utf8
        var index = bytes.endIndex
        // The letters of the extension, lower-cased by setting bit 0x20 (which maps no other byte onto them).
        func previous(_ letter: Unicode.Scalar, folding: Bool = true) -> Bool {
            guard index != bytes.startIndex else { return false }
            bytes.formIndex(before: &index)
            return (folding ? bytes[index] | 0x20 : bytes[index]) == UInt8(ascii: letter)
        }
        guard previous("l"), previous("m") else { return nil }
        guard index != bytes.startIndex else { return nil }
        bytes.formIndex(before: &index)
        switch bytes[index] | 0x20 {
        case UInt8(ascii: "y"): break  // .yml
        case UInt8(ascii: "a"): guard previous("y") else { return nil }  // .yaml
        default: return nil
        }
        guard previous(".", folding: false), index != bytes.startIndex else { return nil }
        return name[..<index]
    }

    /// Byte order of the UTF-8 texts, the order every listing is read in whatever the file system's.
    public static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                var i = 0
                // Eight bytes at a time, read most significant first, then byte by byte.
                while i + 8 <= common {
                    let p = UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let q = UnsafeRawPointer(y.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if p != q { return p.bigEndian < q.bigEndian }
                    i += 8
                }
                while i < common {
                    if x[i] != y[i] { return x[i] < y[i] }
                    i += 1
                }
                return x.count < y.count
            }
        }
    }
}
