import StackcatModel

/// Organisations are not tools. The CNCF landscape lists its members (the category "CNCF Members")
/// and its certified service providers and training partners (KCSP, KCNTP: subcategories of
/// "Special") as items beside the projects; the importer counts them and makes them the `vendor:` of
/// the tools they make (matched by their Crunchbase page), rather than tools of their own.
extension LandscapeImporter {
    /// Categories whose every item is an organisation.
    static let organisationCategories: Set<String> = ["CNCF Members"]

    /// Subcategories (of any category) whose every item is an organisation.
    static let organisationSubcategories: Set<String> = [
        "Kubernetes Certified Service Provider", "Kubernetes and Cloud Native Training Partner", "Kubernetes Training Partner"
    ]

    /// Whether the items of this place are organisations.
    static func holdsOrganisations(category: String, subcategory: String?) -> Bool {
        organisationCategories.contains(category) || subcategory.map(organisationSubcategories.contains) == true
    }

    /// Whether an item of a product category is a member's own listing ("Kloudfuse (member)" under
    /// Observability): an organisation too.
    static func isMemberListing(_ name: String) -> Bool {
        name.hasSuffix(" (member)")
    }

    /// An organisation's name without the landscape's trailing mark of its listing: "Adyen (member)"
    /// is Adyen, "AgileOps (KCNTP)" is AgileOps.
    static func organisationName(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        let stem = String(name[..<open]).trimmingWhitespace()
        return stem.isEmpty ? name : stem
    }

    /// Gives each tool the vendor its item names (`organization: {name}`), else the organisation of
    /// the same Crunchbase page among those skipped.
    static func assignVendors(_ tools: inout [PendingTool], organisations: [String: String]) {
        for i in tools.indices where tools[i].vendor == nil {
            if let page = tools[i].crunchbase, let name = organisations[page] { tools[i].vendor = name }
        }
    }

    /// The landscape lists some CNCF projects a second time under another category, with the same
    /// repository ("containerd (Wasm)" under Wasm, "Kubeflow Notebooks" under AI), without their
    /// maturity. Each such item (one marked `allow_duplicate_repo`, or named after the project) joins
    /// the project's tool: its category is added to the tool's, its name becomes an alias unless it is
    /// the project's name with a mark ("containerd (Wasm)"). Two different tools of one repository
    /// (Heptio Ark and its successor Velero) stay two.
    static func mergeProjectListings(_ tools: inout [PendingTool]) {
        var projectByRepo: [String: Int] = [:]
        for (i, tool) in tools.enumerated() where tool.cncf != nil {
            if let repo = tool.repo, projectByRepo[repo] == nil { projectByRepo[repo] = i }
        }
        guard !projectByRepo.isEmpty else { return }
        var merged: Set<Int> = []
        for (i, tool) in tools.enumerated() where tool.cncf == nil {
            guard let repo = tool.repo, let project = projectByRepo[repo],
                tool.repeatsRepository || tool.name.hasPrefix(tools[project].name + " ")
            else { continue }
            for category in tool.categories where !tools[project].categories.contains(category) {
                tools[project].categories.append(category)
            }
            let projectName = tools[project].name
            if tool.name != projectName, !tool.name.hasPrefix(projectName + " ("), !tools[project].aliases.contains(tool.name) {
                tools[project].aliases.append(tool.name)
            }
            merged.insert(i)
        }
        tools = tools.enumerated().filter { !merged.contains($0.offset) }.map(\.element)
    }
}
