import StackcatModel

/// How messages name the built-in catalog (each rule's messages are in its file under StackcatModel/Rules).
extension Diagnostics {
    /// What `validate` and `docs` say when no catalog directory was found and the built-in one is read.
    public static let builtInCatalogFallback =
        "no --catalog, $STACKCAT_CATALOG or catalog/ directory here or above; using the built-in catalog"

    /// How messages name the built-in catalog; a directory is named by its path and a slash.
    public static let builtInCatalogName = "the built-in catalog"
}
