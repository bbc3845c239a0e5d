/// A node of the category tree (`categories.yaml`).
public struct Category: Sendable, Hashable {
    public var id: Located<String>
    public var name: String
    public var description: String?
    public var parent: Located<String>?
    public var path: String

    public init(id: Located<String>, name: String, description: String?, parent: Located<String>?, path: String) {
        self.id = id
        self.name = name
        self.description = description
        self.parent = parent
        self.path = path
    }
}

/// Something a tool does (`roles.yaml`), shared across tools so that comparisons line up.
public struct Role: Sendable, Hashable {
    public var id: Located<String>
    public var name: String
    public var description: String?
    public var path: String

    public init(id: Located<String>, name: String, description: String?, path: String) {
        self.id = id
        self.name = name
        self.description = description
        self.path = path
    }
}

/// A kind of edge between tools (`relations.yaml`).
public struct RelationType: Sendable, Hashable {
    public var id: Located<String>
    /// Read "source label target": "spinnaker deploys to kubernetes".
    public var label: String
    /// Read "target inverse source": "kubernetes deployed by spinnaker". Equal to `label` when symmetric.
    public var inverse: String
    public var description: String?
    public var symmetric: Bool
    public var style: EdgeStyle
    public var path: String

    public init(id: Located<String>, label: String, inverse: String, description: String?, symmetric: Bool,
                style: EdgeStyle, path: String) {
        self.id = id
        self.label = label
        self.inverse = inverse
        self.description = description
        self.symmetric = symmetric
        self.style = style
        self.path = path
    }
}

/// How DOT and Mermaid draw edges of one relation type.
public struct EdgeStyle: Sendable, Hashable {
    public enum Line: String, Sendable, CaseIterable {
        case solid, dashed, dotted
    }

    /// A `#rrggbb` colour.
    public var color: String
    public var line: Line

    public init(color: String, line: Line) {
        self.color = color
        self.line = line
    }

    public static let `default` = EdgeStyle(color: "#555555", line: .solid)
}

/// A team that owns tools and stack components (`teams.yaml`, optional).
public struct Team: Sendable, Hashable {
    public var id: Located<String>
    public var name: String
    public var description: String?
    /// An email address or an http(s) URL.
    public var contact: String?
    public var path: String

    public init(id: Located<String>, name: String, description: String?, contact: String?, path: String) {
        self.id = id
        self.name = name
        self.description = description
        self.contact = contact
        self.path = path
    }
}
