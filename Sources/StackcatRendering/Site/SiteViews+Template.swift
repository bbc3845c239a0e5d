import StackcatModel

// What each view answers to a template's lookup by name (`SiteTemplate`): one case per field, so that
// a lookup is a switch rather than reflection. A nil optional answers `.none`, which the template
// treats as absent (it then looks in the enclosing values).

extension SiteView.Link: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "name": return name.templateValue
        case "href": return href.templateValue
        case "count": return count.templateValue
        case "detail": return detail.templateValue
        default: return .none
        }
    }
}

extension SiteView.Option: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "value": return value.templateValue
        case "label": return label.templateValue
        default: return .none
        }
    }
}

extension SiteView.TreeNode: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "name": return name.templateValue
        case "page": return page.templateValue
        case "count": return count.templateValue
        case "children": return children.templateValue
        default: return .none
        }
    }
}

extension SiteView.Card: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "id": return id.templateValue
        case "name": return name.templateValue
        case "page": return page.templateValue
        case "category": return category.templateValue
        case "summary": return summary.templateValue
        case "hosting": return hosting.templateValue
        case "lifecycle": return lifecycle.templateValue
        default: return .none
        }
    }
}

extension SiteView.Fact: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "label": return label.templateValue
        case "items": return items.templateValue
        default: return .none
        }
    }
}

extension SiteView.EdgeRow: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "from": return from.templateValue
        case "relation": return relation.templateValue
        case "to": return to.templateValue
        case "note": return note.templateValue
        default: return .none
        }
    }
}

extension SiteView.Picture: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "caption": return caption.templateValue
        case "svg": return svg.templateValue
        case "legend": return legend.templateValue
        case "unlabelled": return unlabelled.templateValue
        case "edges": return edges.templateValue
        default: return .none
        }
    }
}

extension SiteView.LegendItem: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "swatch": return swatch.templateValue
        case "label": return label.templateValue
        default: return .none
        }
    }
}

extension SiteView.Component: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "name": return name.templateValue
        case "inHouse": return inHouse.templateValue
        case "category": return category.templateValue
        case "ring": return ring.templateValue
        case "role": return role.templateValue
        case "number": return number.templateValue
        case "owner": return owner.templateValue
        case "reviewed": return reviewed.templateValue
        default: return .none
        }
    }
}

extension SiteView.OwnedComponent: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "stack": return stack.templateValue
        case "name": return name.templateValue
        case "ring": return ring.templateValue
        case "reviewed": return reviewed.templateValue
        case "role": return role.templateValue
        default: return .none
        }
    }
}

extension SiteView.RingGroup: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "ring": return ring.templateValue
        case "components": return components.templateValue
        default: return .none
        }
    }
}

extension SiteView.Index: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "title": return title.templateValue
        case "root": return root.templateValue
        case "marker": return marker.templateValue
        case "isIndex": return isIndex.templateValue
        case "stats": return stats.templateValue
        case "categoryOptions": return categoryOptions.templateValue
        case "roleOptions": return roleOptions.templateValue
        case "lifecycleOptions": return lifecycleOptions.templateValue
        case "stackOptions": return stackOptions.templateValue
        case "ownerOptions": return ownerOptions.templateValue
        case "tree": return tree.templateValue
        case "groups": return groups.templateValue
        case "toolCount": return toolCount.templateValue
        case "stacks": return stacks.templateValue
        case "relations": return relations.templateValue
        case "teams": return teams.templateValue
        case "picture": return picture.templateValue
        case "pictureNote": return pictureNote.templateValue
        default: return .none
        }
    }
}

extension SiteView.Group: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "category": return category.templateValue
        case "trail": return trail.templateValue
        case "tiles": return tiles.templateValue
        case "toolCount": return toolCount.templateValue
        case "more": return more.templateValue
        default: return .none
        }
    }
}

extension SiteView.Tile: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "logo": return logo.templateValue
        case "name": return name.templateValue
        case "page": return page.templateValue
        case "initials": return initials.templateValue
        case "summary": return summary.templateValue
        case "rings": return rings.templateValue
        default: return .none
        }
    }
}

extension SiteView.ToolPage: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "logo": return logo.templateValue
        case "title": return title.templateValue
        case "root": return root.templateValue
        case "marker": return marker.templateValue
        case "id": return id.templateValue
        case "summary": return summary.templateValue
        case "facts": return facts.templateValue
        case "roles": return roles.templateValue
        case "relations": return relations.templateValue
        case "stacks": return stacks.templateValue
        case "picture": return picture.templateValue
        case "description": return description.templateValue
        case "sources": return sources.templateValue
        default: return .none
        }
    }
}

extension SiteView.CategoryPage: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "title": return title.templateValue
        case "root": return root.templateValue
        case "marker": return marker.templateValue
        case "description": return description.templateValue
        case "path": return path.templateValue
        case "children": return children.templateValue
        case "tools": return tools.templateValue
        case "toolCount": return toolCount.templateValue
        case "stacks": return stacks.templateValue
        case "picture": return picture.templateValue
        case "pictureNote": return pictureNote.templateValue
        default: return .none
        }
    }
}

extension SiteView.StackPage: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "title": return title.templateValue
        case "root": return root.templateValue
        case "marker": return marker.templateValue
        case "summary": return summary.templateValue
        case "asOf": return asOf.templateValue
        case "description": return description.templateValue
        case "radar": return radar.templateValue
        case "picture": return picture.templateValue
        case "rings": return rings.templateValue
        case "ownerColumn": return ownerColumn.templateValue
        case "reviewedColumn": return reviewedColumn.templateValue
        case "flows": return flows.templateValue
        case "relations": return relations.templateValue
        case "sources": return sources.templateValue
        default: return .none
        }
    }
}

extension SiteView.TeamPage: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "logo": return logo.templateValue
        case "initials": return initials.templateValue
        case "title": return title.templateValue
        case "root": return root.templateValue
        case "marker": return marker.templateValue
        case "id": return id.templateValue
        case "description": return description.templateValue
        case "contact": return contact.templateValue
        case "tools": return tools.templateValue
        case "toolCount": return toolCount.templateValue
        case "components": return components.templateValue
        default: return .none
        }
    }
}

extension SiteView.RelationPage: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "title": return title.templateValue
        case "root": return root.templateValue
        case "marker": return marker.templateValue
        case "id": return id.templateValue
        case "inverse": return inverse.templateValue
        case "description": return description.templateValue
        case "symmetric": return symmetric.templateValue
        case "color": return color.templateValue
        case "line": return line.templateValue
        case "edges": return edges.templateValue
        case "edgeCount": return edgeCount.templateValue
        default: return .none
        }
    }
}

extension SiteView.Script: TemplateObject {
    func value(named key: String) -> TemplateValue {
        switch key {
        case "marker": return marker.templateValue
        case "foldTable": return foldTable.templateValue
        default: return .none
        }
    }
}
