import StackcatModel

/// What the site's templates read: plain values, one struct per page kind, with every text unescaped
/// (the template escapes it) and every link already relative to the page. Optional and empty values hide
/// their section.
enum SiteView {
    /// A named link; `href` nil shows the name as plain text. (Field names that a page or an
    /// enclosing value also has are avoided: a template looks a missing value up in the enclosing ones.)
    struct Link {
        let name: String
        let href: String?
        var count: Int? = nil
        var detail: String? = nil
    }

    struct Option {
        let value: String
        let label: String
    }

    struct TreeNode {
        let name: String
        let page: String
        let count: Int
        let children: [TreeNode]
    }

    struct Card {
        let id: String
        let name: String
        let page: String
        /// Nil on the page of the tool's category, where every card would repeat it.
        let category: Link?
        let summary: String
        let hosting: String
        let lifecycle: String
    }

    struct Fact {
        let label: String
        let items: [Link]
    }

    struct EdgeRow {
        let from: Link
        let relation: Link
        let to: Link
        let note: String?
    }

    /// A graph as Graphviz drew it (`svg`) with its legend, or as a list of its edges when Graphviz
    /// is missing.
    struct Picture {
        let caption: String
        let svg: String?
        /// With `svg`: a sample of each kind of node and edge in the drawing.
        let legend: [LegendItem]
        /// The overview has too many edges to label them (`DOTFormat.labelledEdgeLimit`):
        /// `edges` lists them under the drawing.
        let unlabelled: Bool
        let edges: [EdgeRow]
    }

    /// One entry of a picture's legend: a small drawing (SVG made by `SiteSVG`) and what it means.
    struct LegendItem {
        let swatch: String
        let label: String
    }

    /// A stack's component, or on a tool's page a stack that uses the tool.
    struct Component {
        let name: Link
        let inHouse: Bool
        let category: Link?
        let ring: String?
        let role: String?
        /// Its blip's number on the stack's radar.
        var number: Int? = nil
        var owner: Link? = nil
        var reviewed: String? = nil
    }

    /// On a team's page: a stack component that the team owns.
    struct OwnedComponent {
        let stack: Link
        let name: Link
        let ring: String
        let reviewed: String?
        let role: String?
    }

    struct RingGroup {
        let ring: String
        let components: [Component]
    }

    /// The landing page: the catalog's numbers and the overview first, then every tool as a tile,
    /// grouped by the categories it names (`SiteGenerator.tilesPerGroup` a group, the rest on the
    /// category's page). The search and the filters read `search.js` and list what matches.
    struct Index {
        let title: String
        let root = ""
        let marker: String
        let isIndex = true
        let stats: [Link]
        let categoryOptions: [Option]
        let roleOptions: [Option]
        let lifecycleOptions: [Option]
        let stackOptions: [Option]
        /// Empty when the catalog has no teams: the owner filter is left out.
        let ownerOptions: [Option]
        let tree: [TreeNode]
        let groups: [Group]
        let toolCount: Int
        let stacks: [Link]
        let relations: [Link]
        let teams: [Link]
        let picture: Picture?
        let pictureNote: String?
    }

    /// The tools that name `category` (as primary or secondary category), on the index.
    struct Group {
        let category: Link
        /// The names of the category's ancestors, top first ("Delivery › "), or "".
        let trail: String
        let tiles: [Tile]
        let toolCount: Int
        /// When the group has more tools than the index shows: a link to its category page, which lists them all.
        let more: Link?
    }

    /// A tool in the index's grid: its initials, its name and a badge per ring it has in the stacks.
    struct Tile {
        let name: String
        let page: String
        let initials: String
        let summary: String
        let rings: [Link]
        /// The tool's logo in the site, shown instead of the initials.
        var logo: String? = nil
    }

    struct ToolPage {
        let title: String
        let root = "../"
        let marker: String
        let id: String
        let summary: String
        let facts: [Fact]
        let roles: [Link]
        let relations: [EdgeRow]
        let stacks: [Component]
        let picture: Picture?
        let description: [String]
        let sources: [Link]
        var logo: String? = nil
    }

    struct CategoryPage {
        let title: String
        let root = "../"
        let marker: String
        let description: String?
        let path: [Link]
        let children: [Link]
        let tools: [Card]
        let toolCount: Int
        let stacks: [Link]
        let picture: Picture?
        let pictureNote: String?
    }

    struct StackPage {
        let title: String
        let root = "../"
        let marker: String
        let summary: String
        let asOf: String?
        let description: [String]
        /// The stack's radar as an inline SVG, drawn by stackcat itself (always there).
        let radar: String
        let picture: Picture?
        let rings: [RingGroup]
        /// Owner and review columns, for stacks that record them.
        let ownerColumn: Bool
        let reviewedColumn: Bool
        let flows: [EdgeRow]
        let relations: [EdgeRow]
        let sources: [Link]
    }

    struct TeamPage {
        let title: String
        let root = "../"
        let marker: String
        let id: String
        let description: [String]
        let contact: Link?
        let tools: [Card]
        let toolCount: Int
        let components: [OwnedComponent]
        var logo: String? = nil
        var initials = ""
    }

    struct RelationPage {
        let title: String
        let root = "../"
        let marker: String
        let id: String
        let inverse: String
        let description: String?
        let symmetric: Bool
        let color: String
        let line: String
        let edges: [EdgeRow]
        let edgeCount: Int
    }

    struct Script {
        let marker: String
        /// `TextFolding`'s table as a JavaScript object literal, so the page folds a query as the keys were.
        let foldTable: String
    }
}
