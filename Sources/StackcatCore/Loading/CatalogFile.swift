/// One file of a catalog: where it sits inside the catalog (`tools/istio.yaml`) and its text, whose
/// `path` is what diagnostics print (`catalog/tools/istio.yaml`).
public struct CatalogFile: Sendable {
    public var relativePath: String
    public var text: SourceText

    public init(relativePath: String, text: SourceText) {
        self.relativePath = relativePath
        self.text = text
    }

    public init(relativePath: String, displayPath: String, contents: String) {
        self.init(relativePath: relativePath, text: SourceText(path: displayPath, text: contents))
    }

    /// What the file holds, judged by its place in the catalog layout.
    public enum Kind: Sendable, Equatable {
        case categories, roles, relations, tool(id: String), stack(id: String), unexpected
    }

    /// The layout of a catalog, decided here only: `categories`, `roles` and `relations` at the top,
    /// `tools/<id>` and `stacks/<id>`, each with the extension `.yaml` or `.yml` in any case.
    public var kind: Kind {
        guard let slash = relativePath.utf8.firstIndex(of: UInt8(ascii: "/")) else {
            switch Self.yamlStem(relativePath) {
            case "categories": return .categories
            case "roles": return .roles
            case "relations": return .relations
            default: return .unexpected
            }
        }
        let name = relativePath[relativePath.utf8.index(after: slash)...]
        guard !name.utf8.contains(UInt8(ascii: "/")), let id = Self.yamlStem(name) else { return .unexpected }
        switch relativePath[..<slash] {
        case "tools": return .tool(id: String(id))
        case "stacks": return .stack(id: String(id))
        default: return .unexpected
        }
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
        case UInt8(ascii: "y"): break                           // .yml
        case UInt8(ascii: "a"): guard previous("y") else { return nil }   // .yaml
        default: return nil
        }
        guard previous(".", folding: false), index != bytes.startIndex else { return nil }
        return name[..<index]
    }
}

extension CatalogFile {
    /// The files that hold one entry twice under different extensions (`tools/a.yaml` and
    /// `tools/a.yml`, `categories.yaml` and `categories.yml`): one is read (the `.yaml` one if there
    /// is one, else the first), each other is an error and is not read, so that one mistake does not
    /// turn into a duplicate id for every entry the file holds.
    /// Without a file that ends otherwise than in `.yaml` (the usual case) this is one pass of suffix
    /// checks and returns the same array.
    public static func firstOfEachEntry(_ files: [CatalogFile]) -> (files: [CatalogFile], diagnostics: [Diagnostic]) {
        guard files.contains(where: { !$0.relativePath.utf8.suffix(5).elementsEqual(".yaml".utf8) }) else { return (files, []) }
        var kept: [CatalogFile] = []
        var keptIndex: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        kept.reserveCapacity(files.count)
        for file in files {
            let entry: String
            switch file.kind {
            case .categories: entry = "categories"
            case .roles: entry = "roles"
            case .relations: entry = "relations"
            case .tool(let id): entry = "tool '\(id)'"
            case .stack(let id): entry = "stack '\(id)'"
            case .unexpected:
                kept.append(file)
                continue
            }
            guard let index = keptIndex[entry] else {
                keptIndex[entry] = kept.count
                kept.append(file)
                continue
            }
            if file.relativePath.hasSuffix(".yaml") && !kept[index].relativePath.hasSuffix(".yaml") {
                diagnostics.append(Diagnostics.sameEntryTwice(entry, read: file, notRead: kept[index]))
                kept[index] = file
            } else {
                diagnostics.append(Diagnostics.sameEntryTwice(entry, read: kept[index], notRead: file))
            }
        }
        return (kept, diagnostics)
    }
}
