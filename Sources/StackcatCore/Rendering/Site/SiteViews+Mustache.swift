import Mustache

// Mustache finds a value by name through `MustacheParent` when a type has it, and through `Mirror`
// otherwise, which reflects every field of the value on every lookup: 10,000 tool pages took
// several times longer than the pages themselves. Each view names its fields here instead. A nil
// optional answers nil, which Mustache treats as absent (it then looks in the enclosing values).

extension SiteView.Link: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "href": return href
        case "count": return count
        case "detail": return detail
        default: return nil
        }
    }
}

extension SiteView.Option: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "value": return value
        case "label": return label
        default: return nil
        }
    }
}

extension SiteView.TreeNode: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "page": return page
        case "count": return count
        case "children": return children
        default: return nil
        }
    }
}

extension SiteView.Card: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": return id
        case "name": return name
        case "page": return page
        case "category": return category
        case "summary": return summary
        case "hosting": return hosting
        case "lifecycle": return lifecycle
        case "searchKey": return searchKey
        case "categoryKeys": return categoryKeys
        case "roleKeys": return roleKeys
        case "stackKeys": return stackKeys
        case "ownerKey": return ownerKey
        default: return nil
        }
    }
}

extension SiteView.Fact: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": return label
        case "items": return items
        default: return nil
        }
    }
}

extension SiteView.EdgeRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "from": return from
        case "relation": return relation
        case "to": return to
        case "note": return note
        default: return nil
        }
    }
}

extension SiteView.Picture: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caption": return caption
        case "svg": return svg
        case "edges": return edges
        case "nodes": return nodes
        default: return nil
        }
    }
}

extension SiteView.Component: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "inHouse": return inHouse
        case "category": return category
        case "ring": return ring
        case "role": return role
        case "number": return number
        case "owner": return owner
        case "reviewed": return reviewed
        default: return nil
        }
    }
}

extension SiteView.OwnedComponent: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "stack": return stack
        case "name": return name
        case "ring": return ring
        case "reviewed": return reviewed
        case "role": return role
        default: return nil
        }
    }
}

extension SiteView.RingGroup: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "ring": return ring
        case "components": return components
        default: return nil
        }
    }
}

extension SiteView.Index: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "root": return root
        case "marker": return marker
        case "intro": return intro
        case "categoryOptions": return categoryOptions
        case "roleOptions": return roleOptions
        case "lifecycleOptions": return lifecycleOptions
        case "stackOptions": return stackOptions
        case "ownerOptions": return ownerOptions
        case "tree": return tree
        case "cards": return cards
        case "toolCount": return toolCount
        case "stacks": return stacks
        case "relations": return relations
        case "teams": return teams
        case "picture": return picture
        case "pictureNote": return pictureNote
        default: return nil
        }
    }
}

extension SiteView.ToolPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "root": return root
        case "marker": return marker
        case "id": return id
        case "summary": return summary
        case "facts": return facts
        case "roles": return roles
        case "relations": return relations
        case "stacks": return stacks
        case "picture": return picture
        case "description": return description
        case "sources": return sources
        default: return nil
        }
    }
}

extension SiteView.CategoryPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "root": return root
        case "marker": return marker
        case "description": return description
        case "path": return path
        case "children": return children
        case "tools": return tools
        case "toolCount": return toolCount
        case "stacks": return stacks
        case "picture": return picture
        case "pictureNote": return pictureNote
        default: return nil
        }
    }
}

extension SiteView.StackPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "root": return root
        case "marker": return marker
        case "summary": return summary
        case "asOf": return asOf
        case "description": return description
        case "radar": return radar
        case "picture": return picture
        case "rings": return rings
        case "ownerColumn": return ownerColumn
        case "reviewedColumn": return reviewedColumn
        case "flows": return flows
        case "relations": return relations
        case "sources": return sources
        default: return nil
        }
    }
}

extension SiteView.TeamPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "root": return root
        case "marker": return marker
        case "id": return id
        case "description": return description
        case "contact": return contact
        case "tools": return tools
        case "toolCount": return toolCount
        case "components": return components
        default: return nil
        }
    }
}

extension SiteView.RelationPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "root": return root
        case "marker": return marker
        case "id": return id
        case "inverse": return inverse
        case "description": return description
        case "symmetric": return symmetric
        case "color": return color
        case "line": return line
        case "edges": return edges
        case "edgeCount": return edgeCount
        default: return nil
        }
    }
}

extension SiteView.Script: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "marker": return marker
        case "foldTable": return foldTable
        default: return nil
        }
    }
}
