import StackcatModel

/// The nodes of one YAML document, stored flat: one record per node and one shared list of child
/// indices, so that reading a file allocates a few arrays rather than one per collection, and a node
/// is a small handle rather than a tree of copied values. Aliases share the anchored node's children.
public final class YAMLDocument: Sendable {
    struct Record: Sendable {
        enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

        var kind: Kind
        var style: YAMLScalar.Style
        var resolvedType: YAMLScalarType
        /// Index into `strings` of the explicit tag, or -1.
        var tag: Int32
        /// Scalar: index into `strings` of the value. Collection: first index into `children`.
        var value: Int32
        /// Collection: how many entries of `children` it has (two per mapping pair).
        var count: Int32
        /// The number of nodes this node stands for once every alias below it is expanded.
        var weight: Int
        var span: SourceSpan
    }

    let records: [Record]
    let strings: [String]
    let children: [Int32]

    init(records: [Record], strings: [String], children: [Int32]) {
        self.records = records
        self.strings = strings
        self.children = children
    }
}

/// A YAML node with the exact stretch of source it came from. Aliases are already resolved to the
/// anchored node, and merge keys (`<<`) are already applied.
public struct YAMLNode: Sendable {
    let document: YAMLDocument
    let index: Int32

    init(_ document: YAMLDocument, _ index: Int32) {
        self.document = document
        self.index = index
    }

    var record: YAMLDocument.Record { document.records[Int(index)] }

    public var span: SourceSpan { record.span }

    /// The explicit tag, if the source gave one (`!!str`, `!custom`).
    public var tag: String? {
        let tag = record.tag
        return tag < 0 ? nil : document.strings[Int(tag)]
    }

    var weight: Int { record.weight }

    public var scalar: YAMLScalar? {
        let r = record
        guard r.kind == .scalar else { return nil }
        return YAMLScalar(
            value: document.strings[Int(r.value)], style: r.style,
            tag: r.tag < 0 ? nil : document.strings[Int(r.tag)], resolvedType: r.resolvedType)
    }

    public var sequence: [YAMLNode]? {
        let r = record
        guard r.kind == .sequence else { return nil }
        let start = Int(r.value)
        return document.children[start..<start + Int(r.count)].map { YAMLNode(document, $0) }
    }

    public var mapping: [YAMLPair]? {
        let r = record
        guard r.kind == .mapping else { return nil }
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(Int(r.count) / 2)
        forEachPair { pairs.append(YAMLPair(key: $0, value: $1)) }
        return pairs
    }

    public var isMapping: Bool { record.kind == .mapping }

    /// The items of a sequence, as a collection that reads them in place (`sequence` copies them
    /// into an array).
    public struct Items: RandomAccessCollection, Sendable {
        let document: YAMLDocument?
        let start: Int
        public let endIndex: Int
        public var startIndex: Int { 0 }

        public subscript(position: Int) -> YAMLNode {
            precondition(position >= 0 && position < endIndex, "index out of range")
            return YAMLNode(document!, document!.children[start + position])
        }

        public static let empty = Items(document: nil, start: 0, endIndex: 0)
    }

    public var items: Items? {
        let r = record
        guard r.kind == .sequence else { return nil }
        return Items(document: document, start: Int(r.value), endIndex: Int(r.count))
    }

    /// Calls `body` with each key and value of a mapping (nothing for other nodes), without building
    /// the list of pairs that `mapping` returns.
    package func forEachPair(_ body: (YAMLNode, YAMLNode) -> Void) {
        let r = record
        guard r.kind == .mapping else { return }
        var i = Int(r.value)
        let end = i + Int(r.count)
        while i < end {
            body(YAMLNode(document, document.children[i]), YAMLNode(document, document.children[i + 1]))
            i += 2
        }
    }

    /// What a reader should call this node in a message: "a string", "a list", "a mapping", ...
    public var kindDescription: String {
        let r = record
        switch r.kind {
        case .scalar: return r.resolvedType.description
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
    public enum Style: UInt8, Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style
    public var tag: String?
    /// The type a YAML 1.1 reader gives this scalar, resolved once when it is read.
    public let resolvedType: YAMLScalarType

    public init(value: String, style: Style, tag: String? = nil) {
        self.init(value: value, style: style, tag: tag, resolvedType: Self.resolve(value: value, style: style, tag: tag))
    }

    init(value: String, style: Style, tag: String?, resolvedType: YAMLScalarType) {
        self.value = value
        self.style = style
        self.tag = tag
        self.resolvedType = resolvedType
    }
}
