/// A YAML node with the exact stretch of source it came from. Aliases are already resolved to the
/// anchored node, and merge keys (`<<`) are already applied.
public struct YAMLNode: Sendable {
    // Not `indirect`: arrays already hold children out of line, so no node needs a box of its own.
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    public var span: SourceSpan
    /// The explicit tag, if the source gave one (`!!str`, `!custom`).
    public var tag: String?
    /// The number of nodes this node stands for once every alias below it is expanded.
    var weight: Int

    public init(_ content: Content, span: SourceSpan, tag: String? = nil) {
        self.content = content
        self.span = span
        self.tag = tag
        switch content {
        case .scalar: weight = 1
        case .sequence(let items): weight = items.reduce(1) { $0 &+ $1.weight }
        case .mapping(let pairs): weight = pairs.reduce(1) { $0 &+ $1.key.weight &+ $1.value.weight }
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// What a reader should call this node in a message: "a string", "a list", "a mapping", ...
    public var kindDescription: String {
        switch content {
        case .scalar(let s): return s.resolvedType.description
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One key and its value inside a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}

/// A scalar's text and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style
    public var tag: String?
    /// The type a YAML 1.1 reader gives this scalar, resolved once when it is read.
    public let resolvedType: YAMLScalarType

    public init(value: String, style: Style, tag: String? = nil) {
        self.value = value
        self.style = style
        self.tag = tag
        self.resolvedType = Self.resolve(value: value, style: style, tag: tag)
    }
}
