import StackcatModel
import StackcatQuery

/// The values each page's template reads. Links are relative to the page: `root` is "" on the index
/// and "../" on pages one directory down.
extension SiteGenerator {
    typealias Link = SiteView.Link

    // MARK: Links

    func toolLink(_ id: String, root: String) -> Link {
        guard let i = catalog.position(ofTool: id) else { return Link(name: id, href: nil) }
        return Link(name: catalog.tools[i].name, href: "\(root)tools/\(id).html")
    }

    func categoryLink(_ id: String, root: String) -> Link {
        guard let category = catalog.category(id) else { return Link(name: id, href: nil) }
        return Link(name: category.name, href: "\(root)categories/\(id).html")
    }

    func stackLink(_ stack: Stack, root: String) -> Link {
        Link(name: stack.name, href: "\(root)stacks/\(stack.id).html")
    }

    func teamLink(_ id: String, root: String) -> Link {
        guard let team = catalog.team(id) else { return Link(name: id, href: nil) }
        return Link(name: team.name, href: "\(root)teams/\(id).html")
    }

    func relationLink(_ id: String, label: String, root: String) -> Link {
        Link(name: label, href: catalog.relationType(id) == nil ? nil : "\(root)relations/\(id).html")
    }

    /// A web address from the catalog becomes a link only when it is http or https: `javascript:` and
    /// other schemes stay text.
    static func externalLink(_ url: String) -> Link {
        let lower = url.lowercased()
        return Link(name: url, href: lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil)
    }

    static func plain(_ text: String) -> Link { Link(name: text, href: nil) }

    // MARK: Cards

    /// `within`: the category whose page lists the card, which the card then does not name.
    func card(_ tool: Tool, root: String, within: String? = nil) -> SiteView.Card {
        SiteView.Card(
            id: tool.id, name: tool.name, page: "\(root)tools/\(tool.id).html",
            category: tool.category.value == within ? nil : categoryLink(tool.category.value, root: root), summary: tool.summary,
            hosting: tool.hosting.rawValue, lifecycle: tool.lifecycle.value.rawValue)
    }

    // MARK: Pages

    func toolView(_ tool: Tool, picture: SiteView.Picture?) -> SiteView.ToolPage {
        let root = "../"
        let facts = ToolFact.all.compactMap { fact -> SiteView.Fact? in
            guard let value = fact.value(of: tool) else { return nil }
            let items: [Link]
            switch value {
            case .text(let text): items = [Self.plain(text)]
            case .url(let url): items = [Self.externalLink(url)]
            case .choice(let choice): items = [Self.plain(choice)]
            case .year(let year): items = [Self.plain(String(year))]
            case .category(let id): items = [categoryLink(id, root: root)]
            case .categories(let ids): items = ids.map { categoryLink($0, root: root) }
            case .words(let words): items = words.map(Self.plain)
            case .team(let id): items = [teamLink(id, root: root)]
            }
            return SiteView.Fact(label: fact.label, items: items)
        }
        let me = Self.plain(tool.name)
        return SiteView.ToolPage(
            title: tool.name, marker: Self.marker, id: tool.id, summary: tool.summary, facts: facts,
            roles: tool.roles.map { role in
                Link(
                    name: catalog.role(role.value)?.name ?? role.value, href: "\(root)index.html#role=\(role.value)",
                    detail: catalog.role(role.value)?.description)
            },
            relations: index.edges(of: tool.id).map { edge in
                SiteView.EdgeRow(
                    from: me, relation: relationLink(edge.type, label: edge.label, root: root),
                    to: toolLink(edge.other, root: root), note: edge.note)
            },
            stacks: catalog.stacks(using: tool.id).map { use in
                SiteView.Component(
                    name: stackLink(use.stack, root: root), inHouse: false, category: nil,
                    ring: use.component.ring.rawValue, role: use.component.role)
            },
            picture: picture,
            description: tool.description.map(MarkdownBlock.texts) ?? [],
            sources: tool.sources.map(Self.externalLink), logo: logoHref(tool.logo, root: root))
    }

    func categoryView(_ category: Category, picture: SiteView.Picture?) -> SiteView.CategoryPage {
        let root = "../"
        let id = category.id.value
        // Positions, not `Tool` copies: a large category's page lists thousands.
        let tools = (context.members[id] ?? []).compactMap { catalog.position(ofTool: $0) }
        let members = Set(context.members[id] ?? [])
        return SiteView.CategoryPage(
            title: category.name, marker: Self.marker, description: category.description,
            path: catalog.categoryPath(id, last: CategoryHierarchy.depthLimit + 1).dropLast().map { categoryLink($0, root: root) },
            children: catalog.subcategories(of: id).filter { isShown($0.id.value) }.map {
                var link = categoryLink($0.id.value, root: root)
                link.count = categoryCount($0.id.value)
                return link
            },
            tools: tools.map { card(catalog.tools[$0], root: root, within: id) },
            toolCount: tools.count,
            stacks: catalog.stacks.filter { $0.components.contains { members.contains($0.id) } }.map { stackLink($0, root: root) },
            picture: picture,
            pictureNote: picture == nil && tools.count > Self.pictureLimit
                ? "\(tools.count) tools are too many to draw here; the sub-category pages draw theirs." : nil)
    }

    func stackView(_ stack: Stack, picture: SiteView.Picture?) -> SiteView.StackPage {
        let root = "../"
        func name(_ id: String) -> Link {
            if catalog.hasTool(id) { return toolLink(id, root: root) }
            return Self.plain(stack.component(id)?.inHouseDisplayName ?? id)
        }
        let radar = Radar(
            stack: stack, in: catalog, baseline: radarHistory?.baseline(for: stack), quadrants: radarQuadrants,
            baselineLabel: radarHistory?.label)
        let numbers = Dictionary(radar.blips.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        let svg = RadarSVGFormat.render(radar, title: nil) { [catalog] blip in
            catalog.hasTool(blip.id) ? "\(root)tools/\(blip.id).html" : nil
        }
        let rings = Ring.allCases.compactMap { ring -> SiteView.RingGroup? in
            let members = stack.components.filter { $0.ring == ring }
            guard !members.isEmpty else { return nil }
            return SiteView.RingGroup(
                ring: Comparison.capitalized(ring.rawValue),
                components: members.map { c in
                    let category = c.isInHouse ? c.category?.value : catalog.tool(c.id)?.category.value
                    return SiteView.Component(
                        name: name(c.id), inHouse: c.isInHouse,
                        category: category.map { categoryLink($0, root: root) }, ring: nil, role: c.role,
                        number: numbers[c.id], owner: c.owner.map { teamLink($0.value, root: root) },
                        reviewed: c.reviewed?.value)
                })
        }
        let toolIDs = Set(stack.components.filter { !$0.isInHouse }.map(\.id))
        var relations: [(String, String, String, SiteView.EdgeRow)] = []
        for id in toolIDs {
            guard let tool = catalog.tool(id) else { continue }
            for relation in tool.relations where toolIDs.contains(relation.target.value) {
                let type = relation.type.value
                relations.append(
                    (
                        id, type, relation.target.value,
                        SiteView.EdgeRow(
                            from: toolLink(id, root: root), relation: relationLink(type, label: catalog.relationType(type)?.label ?? type, root: root),
                            to: toolLink(relation.target.value, root: root), note: relation.note)
                    ))
            }
        }
        relations.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        return SiteView.StackPage(
            title: stack.name, marker: Self.marker, summary: stack.summary, asOf: stack.asOf,
            description: stack.description.map(MarkdownBlock.texts) ?? [],
            radar: SiteSVG.radar(svg), picture: picture, rings: rings,
            ownerColumn: stack.components.contains { $0.owner != nil },
            reviewedColumn: stack.components.contains { $0.reviewed != nil },
            flows: stack.flows.map {
                SiteView.EdgeRow(from: name($0.from.value), relation: Self.plain($0.label ?? ""), to: name($0.to.value), note: nil)
            },
            relations: relations.map(\.3),
            sources: stack.sources.map(Self.externalLink))
    }

    func relationView(_ type: RelationType) -> SiteView.RelationPage {
        let root = "../"
        let edges = edgesByType[type.id.value] ?? []
        return SiteView.RelationPage(
            title: type.label, marker: Self.marker, id: type.id.value, inverse: type.inverse, description: type.description,
            symmetric: type.symmetric, color: type.style.color, line: type.style.line.rawValue,
            edges: edges.map {
                SiteView.EdgeRow(
                    from: toolLink($0.from, root: root), relation: Self.plain(type.label),
                    to: toolLink($0.to, root: root), note: $0.note)
            },
            edgeCount: edges.count)
    }

    func scriptView() -> SiteView.Script {
        let entries = TextFolding.latin.sorted { $0.key < $1.key }.map { key, value in
            let hex = String(key, radix: 16)
            return "\"\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "\":\"" + value + "\""
        }
        return SiteView.Script(marker: Self.assetMarker, foldTable: "{" + entries.joined(separator: ",") + "}")
    }

    // MARK: Graphs

    /// The page's graph: Graphviz's SVG made fit to sit inside the page, or its edges as a list.
    func picture(of page: Page, graph: Graph, svg: String?) -> SiteView.Picture? {
        let caption: String
        switch page.kind {
        case .style, .script, .search, .relation, .team, .changes, .logo: return nil
        case .index: caption = "One box per top-level category with its number of tools; an edge counts the relations between two categories"
        case .tool(let n): caption = "Neighbourhood of \(catalog.tools[n].name)"
        case .category(let n): caption = "Tools in \(catalog.categories[n].name) and how they relate"
        case .stack(let n): caption = "Architecture of \(catalog.stacks[n].name)"
        }
        // Links from the page's folder. The overview's nodes are top-level categories; the other
        // graphs' are tools or in-house parts.
        let root = page.root
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let collapsed = graph.nodes.contains { $0.count != nil }
        func node(_ id: String) -> Link {
            if collapsed { return catalog.hasCategory(id) ? categoryLink(id, root: root) : Self.plain(labels[id] ?? id) }
            return catalog.hasTool(id) ? toolLink(id, root: root) : Self.plain(labels[id] ?? id)
        }
        func edgeRows() -> [SiteView.EdgeRow] {
            graph.edges.map { edge in
                SiteView.EdgeRow(
                    from: node(edge.from),
                    relation: edge.type == "flow" ? Self.plain(edge.label) : relationLink(edge.type, label: edge.label, root: root),
                    to: node(edge.to), note: edge.note)
            }
        }
        guard let svg else { return SiteView.Picture(caption: caption, svg: nil, legend: [], unlabelled: false, edges: edgeRows()) }
        let legend = GraphLegend(graph)
        var items = legend.nodes.map {
            SiteView.LegendItem(swatch: SiteSVG.swatch(for: $0.node), label: $0.key == "group" ? "top-level category, with its number of tools" : $0.node.label)
        }
        // Without labels every edge is the same grey line (`DOTFormat.labelsEdges`): the table under
        // the drawing says what each one stands for.
        guard Self.labelsEdges(of: graph) else {
            items.append(
                SiteView.LegendItem(
                    swatch: SiteSVG.swatch(for: EdgeStyle(color: "#555555", line: .solid), symmetric: false, isFlow: false),
                    label: "relations (the more, the wider; hover for which)"))
            return SiteView.Picture(caption: caption, svg: SiteSVG.inline(svg), legend: items, unlabelled: true, edges: edgeRows())
        }
        items += legend.edges.map {
            SiteView.LegendItem(swatch: SiteSVG.swatch(for: $0.style, symmetric: $0.symmetric, isFlow: $0.type == "flow"), label: $0.label)
        }
        return SiteView.Picture(caption: caption, svg: SiteSVG.inline(svg), legend: items, unlabelled: false, edges: [])
    }
}
