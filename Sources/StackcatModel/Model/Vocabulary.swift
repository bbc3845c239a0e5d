/// A node of the category tree (`categories.yaml`).
public struct Category: Sendable, Hashable, Codable {
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
public struct Role: Sendable, Hashable, Codable {
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
public struct RelationType: Sendable, Hashable, Codable {
    public var id: Located<String>
    /// Read "source label target": "spinnaker deploys to kubernetes".
    public var label: String
    /// Read "target inverse source": "kubernetes deployed by spinnaker". Equal to `label` when symmetric.
    public var inverse: String
    public var description: String?
    public var symmetric: Bool
    public var style: EdgeStyle
    public var path: String
    /// False when `style:` gave no colour (or no line): the catalog then picks one from
    /// `EdgeStyle.palette` (and `EdgeStyle.lines`), so that undeclared types stay distinct.
    public var declaresColor = true
    public var declaresLine = true

    public init(
        id: Located<String>, label: String, inverse: String, description: String?, symmetric: Bool,
        style: EdgeStyle, path: String
    ) {
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
public struct EdgeStyle: Sendable, Hashable, Codable {
    public enum Line: String, Sendable, CaseIterable, Codable {
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

    /// Eight colours that people with any common colour-vision deficiency tell apart: Okabe and Ito's
    /// palette, with its yellow (too faint on white) replaced by grey. More relation types than eight
    /// are told apart by the line style as well.
    public static let palette = ["#000000", "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#999999"]
    public static let lines: [Line] = [.solid, .dashed, .dotted]

    /// The style of the `index`-th relation type that declares none: the palette's colours with solid
    /// lines, then with dashed, then dotted.
    public static func automatic(_ index: Int) -> EdgeStyle {
        EdgeStyle(color: palette[index % palette.count], line: lines[(index / palette.count) % lines.count])
    }
}

/// A team that owns tools and stack components (`teams.yaml`, optional).
public struct Team: Sendable, Hashable, Codable {
    public var id: Located<String>
    public var name: String
    public var description: String?
    /// An email address or an http(s) URL.
    public var contact: String?
    /// The team this one is part of (`parent`, a team id): teams form a tree, as categories do.
    public var parent: Located<String>? = nil
    /// The team's picture (`logo`, a path inside the catalog), checked by `LogoCheck`.
    public var logo: Located<String>? = nil
    public var path: String

    public init(id: Located<String>, name: String, description: String?, contact: String?, path: String) {
        self.id = id
        self.name = name
        self.description = description
        self.contact = contact
        self.path = path
    }
}
