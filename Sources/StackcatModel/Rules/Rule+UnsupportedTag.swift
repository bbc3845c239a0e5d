extension Rule {
    public static let unsupportedTag = Rule(
        id: "unsupported-tag", severity: .error, topic: .yaml,
        summary: "Values carry no YAML tags other than the standard ones that fit them (!!str, !!int, ...)."
    )
}
