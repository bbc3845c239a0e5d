import CatalogLayout
import StackcatLoading
import StackcatModel
import StackcatYAML

/// Converts a CNCF landscape file (`landscape.yml`) into a stackcat catalog: categories and
/// subcategories become a two-level category tree, items become tools. The source's quirks become
/// warnings at their line and column; nothing is dropped silently.
public struct LandscapeImporter {
    /// The first line of every file the importer writes; a rerun replaces only files that carry it.
    public static let marker = "# imported from the CNCF landscape by stackcat; do not edit"
    public static let sourceURL = "https://github.com/cncf/landscape/blob/master/landscape.yml"

    /// Item keys of the landscape format (its JSON Schema, and keys that real files carry).
    static let itemKeys: Set<String> = [
        "item", "name", "homepage_url", "logo", "repo_url", "description", "project", "crunchbase",
        "twitter", "second_path", "extra", "enduser", "joined", "license", "additional_repos",
        "branch", "url_for_bestpractices", "unnamed_organization", "allow_duplicate_repo",
        "open_source", "project_org", "organization", "stock_ticker", "bluesky_url", "slug"
    ]
    static let categoryKeys: Set<String> = ["category", "name", "subcategories"]
    static let subcategoryKeys: Set<String> = ["subcategory", "name", "items"]

    public struct Result: Sendable {
        /// Catalog-relative path → file contents, sorted by path.
        public var files: [(path: String, contents: String)]
        public var diagnostics: [Diagnostic]
        public var itemCount: Int
        public var toolCount: Int
        /// Items that are organisations (CNCF members, certified service providers, training
        /// partners): counted, not imported as tools.
        public var organisationCount: Int = 0
    }

    public init() {}

    struct Subcategory {
        var id: String
        var category: String
        var name: String
    }

    struct PendingTool {
        var id: String
        var name: String
        var homepage: String
        var repo: String?
        var description: String?
        var cncf: String?
        var archived: Bool
        var categories: [String]
        var secondPaths: [Located<String>]
        var location: String
        var enduser: Bool
        /// The organisation that makes it: `organization: {name}`, else matched by `crunchbase`.
        var vendor: String? = nil
        var crunchbase: String? = nil
        var aliases: [String] = []
        /// The item's `logo:` (a file name in the landscape's hosted_logos/), and where the imported
        /// catalog keeps it once copied (`--logos`).
        var landscapeLogo: Located<String>? = nil
        /// `allow_duplicate_repo: true`: the landscape lists the repository again on purpose.
        var repeatsRepository = false
        var logo: String? = nil
    }

    /// `logos` reads a file of the landscape's `hosted_logos/` directory by name (`import landscape
    /// --logos DIR`); without it, no logo is imported.
    public func run(_ text: SourceText, logos: ((String) -> LogoCheck.Outcome)? = nil, progress: ((Int, Int) -> Void)? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        let (root, problems) = YAMLReader().read(text)
        diagnostics += problems
        func at(_ span: SourceSpan) -> SourceLocation { SourceLocation(path: text.path, span: span) }
        func warn(_ problem: Diagnostics.ImportProblem, _ span: SourceSpan) {
            diagnostics.append(Diagnostics.importWarning(problem, at: at(span)))
        }
        func value(_ node: YAMLNode, _ key: String) -> YAMLNode? {
            node.mapping?.first { $0.key.scalar?.value == key }?.value
        }
        // Some values are read twice (a category's name); each is reported once.
        var controlsReported: Set<Int> = []
        func string(_ node: YAMLNode?) -> String? {
            guard let node, let scalar = node.scalar, scalar.resolvedType != .null else { return nil }
            var trimmed = scalar.value.trimmingWhitespace()
            // Control characters are not carried into the catalog, where they are errors: the
            // importer leaves them out (a tab or a carriage return, which separate words, becomes a
            // space) and says so.
            if ControlCharacters.contains(trimmed, allowTab: false) {
                let first = trimmed.unicodeScalars.first { ControlCharacters.isForbidden($0) } ?? "\u{FFFD}"
                if controlsReported.insert(node.span.start.offset).inserted { warn(.controlCharacters(first), node.span) }
                var kept = String.UnicodeScalarView()
                for scalar in trimmed.unicodeScalars {
                    if scalar == "\t" || scalar == "\r" { kept.append(" ") } else if !ControlCharacters.isForbidden(scalar) { kept.append(scalar) }
                }
                trimmed = String(kept).trimmingWhitespace()
            }
            return trimmed.isEmpty ? nil : trimmed
        }
        guard let root, let categoriesNode = root.mapping.flatMap({ _ in value(root, "landscape") ?? value(root, "categories") }),
            let categories = categoriesNode.sequence
        else {
            if !problems.contains(where: { $0.severity == .error }) {
                diagnostics.append(Diagnostics.notALandscape(at: at(root?.span ?? .fileStart)))
            }
            return Result(files: [], diagnostics: diagnostics, itemCount: 0, toolCount: 0)
        }
        for pair in root.mapping ?? [] where !["landscape", "categories"].contains(pair.key.scalar?.value ?? "") {
            warn(.unknownKey(level: "top-level ", key: pair.key.scalar?.value ?? "?"), pair.key.span)
        }

        // Pass 1: the category tree.
        var ids = IDAllocator()
        var categoryEntries: [(id: String, name: String, parent: String?)] = []
        var subcategories: [String: Subcategory] = [:]  // "Category / Subcategory" → subcategory
        var organisationPlaces: Set<String> = []  // "Category / Subcategory" of organisations
        var organisations: [String: String] = [:]  // Crunchbase page → organisation's name
        var organisationCount = 0
        var itemsTotal = 0
        for category in categories {
            guard category.mapping != nil, let name = string(value(category, "name")) else {
                warn(.nameless("a category"), category.span)
                continue
            }
            for pair in category.mapping ?? [] where !Self.categoryKeys.contains(pair.key.scalar?.value ?? "") {
                warn(.unknownKey(level: "category ", key: pair.key.scalar?.value ?? "?"), pair.key.span)
            }
            if Self.holdsOrganisations(category: name, subcategory: nil) {
                for sub in value(category, "subcategories")?.sequence ?? [] {
                    if let subName = string(value(sub, "name")) { organisationPlaces.insert("\(name) / \(subName)") }
                    itemsTotal += value(sub, "items")?.sequence?.count ?? 0
                }
                continue
            }
            let categoryID = ids.allocate(name, namespace: "category")
            categoryEntries.append((categoryID, name, nil))
            for sub in value(category, "subcategories")?.sequence ?? [] {
                guard let subName = string(value(sub, "name")) else {
                    warn(.nameless("a subcategory"), sub.span)
                    continue
                }
                if Self.holdsOrganisations(category: name, subcategory: subName) {
                    organisationPlaces.insert("\(name) / \(subName)")
                    itemsTotal += value(sub, "items")?.sequence?.count ?? 0
                    continue
                }
                let subID = ids.allocate(subName, namespace: "category", prefix: categoryID)
                categoryEntries.append((subID, subName, categoryID))
                subcategories["\(name) / \(subName)"] = Subcategory(id: subID, category: categoryID, name: subName)
                itemsTotal += value(sub, "items")?.sequence?.count ?? 0
            }
        }

        // Pass 2: items.
        var tools: [PendingTool] = []
        var toolIndexByKey: [String: Int] = [:]
        var done = 0
        for category in categories {
            guard let categoryName = string(value(category, "name")) else { continue }
            if !Self.holdsOrganisations(category: categoryName, subcategory: nil),
                (value(category, "subcategories")?.sequence ?? []).allSatisfy({ (value($0, "items")?.sequence ?? []).isEmpty })
            {
                warn(.emptyCategory(categoryName), value(category, "name")?.span ?? category.span)
            }
            for sub in value(category, "subcategories")?.sequence ?? [] {
                guard let subName = string(value(sub, "name")) else { continue }
                if Self.holdsOrganisations(category: categoryName, subcategory: subName) {
                    for item in value(sub, "items")?.sequence ?? [] {
                        done += 1
                        progress?(done, itemsTotal)
                        guard let name = string(value(item, "name")) else { continue }
                        organisationCount += 1
                        if let page = string(value(item, "crunchbase")), organisations[page] == nil {
                            organisations[page] = Self.organisationName(name)
                        }
                    }
                    continue
                }
                guard let subcategory = subcategories["\(categoryName) / \(subName)"] else { continue }
                for pair in sub.mapping ?? [] where !Self.subcategoryKeys.contains(pair.key.scalar?.value ?? "") {
                    warn(.unknownKey(level: "subcategory ", key: pair.key.scalar?.value ?? "?"), pair.key.span)
                }
                let itemsNode = value(sub, "items")
                let items = itemsNode?.sequence ?? []
                if items.isEmpty {
                    // An empty last subcategory is what a file cut short after a subcategory line looks like.
                    let last = category.span == categories.last?.span && sub.span == value(category, "subcategories")?.sequence?.last?.span
                    warn(.emptySubcategory(subName, last: last), itemsNode?.span ?? sub.span)
                }
                for item in items {
                    done += 1
                    progress?(done, itemsTotal)
                    guard item.mapping != nil, let name = string(value(item, "name")) else {
                        warn(.nameless("an item"), item.span)
                        continue
                    }
                    if Self.isMemberListing(name) {
                        organisationCount += 1
                        if let page = string(value(item, "crunchbase")), organisations[page] == nil {
                            organisations[page] = Self.organisationName(name)
                        }
                        continue
                    }
                    if item.mapping?.contains(where: { $0.key.scalar?.value == "item" }) != true {
                        warn(.missingMarker(item: name), item.span)
                    }
                    for pair in item.mapping ?? [] where !Self.itemKeys.contains(pair.key.scalar?.value ?? "") {
                        warn(.unknownKey(level: "item ", key: pair.key.scalar?.value ?? "?"), pair.key.span)
                    }
                    var homepage = string(value(item, "homepage_url"))
                    var repo = string(value(item, "repo_url"))
                    if let r = repo, !URLCheck.isHTTPURL(r) {
                        warn(.badRepo(item: name, url: r), value(item, "repo_url")!.span)
                        repo = nil
                    }
                    if homepage == nil || !URLCheck.isHTTPURL(homepage!) {
                        let span = value(item, "homepage_url")?.span ?? item.span
                        if let repo {
                            warn(.repoAsHomepage(item: name), span)
                            homepage = repo
                        } else {
                            warn(.noUsableURL(item: name), span)
                            continue
                        }
                    }
                    let descriptionNode = value(item, "description")
                    if let node = descriptionNode, node.scalar?.resolvedType == .null {
                        warn(.nullDescription(item: name), node.span)
                    }
                    var cncf: String?
                    if let project = string(value(item, "project")) {
                        if CNCFMaturity(rawValue: project) != nil {
                            cncf = project
                        } else {
                            warn(.unknownProject(item: name, project: project), value(item, "project")!.span)
                        }
                    }
                    let archived = cncf == "archived" || value(item, "extra").flatMap { string(value($0, "archived")) }.map { $0 != "false" } == true
                    let secondPaths: [Located<String>] = (value(item, "second_path")?.sequence ?? []).compactMap { node in
                        string(node).map { Located($0, span: node.span) }
                    }
                    // The same item listed under several subcategories becomes one tool.
                    let key = name + "\u{0}" + homepage!
                    if let index = toolIndexByKey[key] {
                        if !tools[index].categories.contains(subcategory.id) { tools[index].categories.append(subcategory.id) }
                        tools[index].secondPaths += secondPaths
                        continue
                    }
                    toolIndexByKey[key] = tools.count
                    tools.append(
                        PendingTool(
                            id: ids.allocate(name, namespace: "tool"), name: name, homepage: homepage!, repo: repo,
                            description: string(descriptionNode), cncf: cncf, archived: archived,
                            categories: [subcategory.id], secondPaths: secondPaths,
                            location: "\(categoryName) / \(subName)", enduser: string(value(item, "enduser")) == "true",
                            vendor: value(item, "organization").flatMap { string(value($0, "name")) },
                            crunchbase: string(value(item, "crunchbase")),
                            landscapeLogo: value(item, "logo").flatMap { node in string(node).map { Located($0, span: node.span) } },
                            repeatsRepository: string(value(item, "allow_duplicate_repo")) == "true"))
                }
            }
        }
        for i in tools.indices {
            for path in tools[i].secondPaths where !organisationPlaces.contains(path.value) {
                guard let sub = subcategories[path.value] else {
                    warn(.badSecondPath(item: tools[i].name, path: path.value), path.span)
                    continue
                }
                if !tools[i].categories.contains(sub.id) { tools[i].categories.append(sub.id) }
            }
        }
        Self.mergeProjectListings(&tools)
        Self.assignVendors(&tools, organisations: organisations)

        if tools.isEmpty {
            warn(.noTools, categoriesNode.span)
        }

        var files: [(String, String)] = []
        files.append((CatalogLayout.path(forVocabulary: .categories)!, Self.categoriesFile(categoryEntries)))
        files.append((CatalogLayout.path(forVocabulary: .roles)!, Self.marker + "\n# The landscape assigns no roles.\n[]\n"))
        files.append((CatalogLayout.path(forVocabulary: .relations)!, Self.marker + "\n# The landscape declares no relations.\n[]\n"))
        if let logos { files += Self.importLogos(&tools, read: logos, warn: { diagnostics.append($0) }, path: text.path) }
        for tool in tools { files.append((CatalogLayout.path(forTool: tool.id), Self.toolFile(tool))) }
        files.sort { $0.0.utf8Precedes($1.0) }
        return Result(
            files: files, diagnostics: Diagnostic.sortedForOutput(diagnostics), itemCount: done, toolCount: tools.count,
            organisationCount: organisationCount)
    }

    static func categoriesFile(_ entries: [(id: String, name: String, parent: String?)]) -> String {
        var out = marker + "\n"
        // A file with only the comment reads as empty, which the loader rejects.
        if entries.isEmpty { return out + "# The landscape has no categories.\n[]\n" }
        for entry in entries {
            out += "- id: \(YAMLWriter.scalar(entry.id))\n  name: \(YAMLWriter.scalar(ImportedName.of(entry.name)))\n"
            if let parent = entry.parent { out += "  parent: \(YAMLWriter.scalar(parent))\n" }
        }
        return out
    }

    static func toolFile(_ tool: PendingTool) -> String {
        var out = marker + "\n"
        out += "name: \(YAMLWriter.scalar(ImportedName.of(tool.name)))\n"
        out += "category: \(YAMLWriter.scalar(tool.categories[0]))\n"
        if tool.categories.count > 1 { out += "categories: \(YAMLWriter.list(Array(tool.categories.dropFirst())))\n" }
        let summary = tool.description.map(Self.summary(of:)) ?? ImportedName.oneLine("\(tool.name), listed under \(tool.location) in the CNCF landscape.")
        out += "summary: \(YAMLWriter.scalar(Self.shorten(summary)))\n"
        if let description = tool.description { out += "description: \(YAMLWriter.scalar(description))\n" }
        out += "homepage: \(YAMLWriter.scalar(tool.homepage))\n"
        if let repo = tool.repo { out += "repo: \(YAMLWriter.scalar(repo))\n" }
        if let vendor = tool.vendor { out += "vendor: \(YAMLWriter.scalar(ImportedName.of(vendor)))\n" }
        if let logo = tool.logo { out += "logo: \(YAMLWriter.scalar(logo))\n" }
        // The landscape records no licence or hosting: NOASSERTION is SPDX's word for "not known", and
        // hosting is inferred from whether the item has a public repository.
        out += "license: NOASSERTION\n"
        out += "hosting: \(tool.repo == nil ? "saas" : "self-hosted")\n"
        out += "lifecycle: \(tool.archived ? "archived" : "active")\n"
        if let cncf = tool.cncf { out += "cncf: \(cncf)\n" }
        if !tool.aliases.isEmpty { out += "aliases: \(YAMLWriter.list(tool.aliases.map(ImportedName.of)))\n" }
        out += "tags: \(YAMLWriter.list(tool.enduser ? ["cncf-landscape", "end-user"] : ["cncf-landscape"]))\n"
        out += "sources: [\(sourceURL)]\n"
        return out
    }

    /// The first sentence of a description, on one line.
    static func summary(of description: String) -> String {
        let oneLine = description.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        var end = oneLine.endIndex
        var index = oneLine.startIndex
        while index < oneLine.endIndex {
            let next = oneLine.index(after: index)
            if ".!?".contains(oneLine[index]), next == oneLine.endIndex || oneLine[next] == " " {
                end = next
                break
            }
            index = next
        }
        return String(oneLine[..<end])
    }

    /// At most 160 characters, cut at a word boundary with an ellipsis.
    static func shorten(_ text: String) -> String {
        let limit = CatalogLoader.summaryLimit
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;:-–( ".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}
