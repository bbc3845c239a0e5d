/// A value read from the catalog together with the span it was read from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var span: SourceSpan

    public init(_ value: Value, span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

/// The compiled-in built-in catalog (`CompiledCatalog`) keeps every value's span.
extension Located: Codable where Value: Codable {}
