import StackcatModel

/// A team's page: who the team is and how to reach it, the tools it owns and the stack components
/// it owns (`Catalog.owned(by:)`, as the Markdown docs list them).
extension SiteGenerator {
    func teamView(_ team: Team) -> SiteView.TeamPage {
        let root = "../"
        let owned = catalog.owned(by: team.id.value)
        return SiteView.TeamPage(
            title: team.name, marker: Self.marker, id: team.id.value,
            description: team.description.map(MarkdownBlock.texts) ?? [],
            contact: team.contact.map(Self.contactLink),
            tools: owned.tools.map { card($0, root: root) },
            toolCount: owned.tools.count,
            components: owned.components.map { use in
                let c = use.component
                return SiteView.OwnedComponent(
                    stack: stackLink(use.stack, root: root),
                    name: c.isInHouse ? Self.plain(c.inHouseDisplayName) : toolLink(c.id, root: root),
                    ring: c.ring.rawValue, reviewed: c.reviewed?.value, role: c.role)
            }, logo: logoHref(team.logo, root: root), initials: Self.initials(of: team.name))
    }

    /// A team's contact: an http(s) address links to itself, an email address to `mailto:`; anything
    /// else (a catalog not checked on loading) stays text.
    static func contactLink(_ contact: String) -> Link {
        if ContactCheck.isEmail(contact) { return Link(name: contact, href: ContactCheck.mailto(contact)) }
        return externalLink(contact)
    }
}
