extension Rule {
    public static let nestingLimit = Rule(
        id: "nesting-limit", severity: .error, topic: .yaml,
        summary: "Lists and mappings may not nest beyond a fixed depth."
    )
}
