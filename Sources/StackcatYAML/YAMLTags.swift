import StackcatModel

/// Explicit tags: catalog files need none, so only the standard ones that fit their value are
/// accepted. Anything else (`!!binary`, `!custom`, `!!int Probe`) would otherwise be silently read
/// as plain text, or reported with a misleading type.
enum YAMLTags {
    private static let core = "tag:yaml.org,2002:"

    enum Collection { case sequence, mapping }

    /// How a message writes a tag: `!!binary` for the standard ones, else as given (`!custom`).
    static func shown(_ tag: String) -> String {
        tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
    }

    static func problem(_ tag: String, scalar value: String, resolved: YAMLScalarType, at location: SourceLocation) -> Diagnostic? {
        let expected: YAMLScalarType
        switch tag {
        case "!", core + "str": return nil
        case core + "null": expected = .null
        case core + "bool": expected = .bool
        case core + "int": expected = .int
        case core + "float": expected = .float
        default: return Diagnostics.unsupportedTag(shown(tag), at: location)
        }
        let plain = YAMLScalar.resolvePlain(value)
        if plain == expected || (expected == .float && plain == .int) { return nil }
        return Diagnostics.tagDoesNotFit(shown(tag), value: value, expected: "\(expected)", at: location)
    }

    static func problem(_ tag: String, collection: Collection, at location: SourceLocation) -> Diagnostic? {
        switch (tag, collection) {
        case ("!", _), (core + "seq", .sequence), (core + "map", .mapping): return nil
        default: return Diagnostics.unsupportedTag(shown(tag), at: location)
        }
    }
}
