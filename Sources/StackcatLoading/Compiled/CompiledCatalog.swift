import StackcatModel

/// A loaded and checked catalog in `CompactEncoder`'s form: the `stackcat` binary carries the built-in
/// catalog so (`Sources/stackcat/BuiltinCatalog+Compiled.swift`, which `CompiledCatalogTests` writes
/// and keeps current) and decodes it at start-up instead of parsing its YAML. Every value keeps the
/// span it was read from, so `show`, `validate` and the diagnostics of later checks say what they say
/// of the loaded catalog.
public enum CompiledCatalog {
    /// The catalog's compact form (build time).
    package static func encode(_ catalog: Catalog) throws -> [UInt8] {
        try CompactEncoder.encode(catalog)
    }

    /// The catalog of `encode`'s bytes; a `DecodingError` when they are not such bytes.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> Catalog {
        try CompactDecoder.decode(Catalog.self, from: bytes)
    }
}
