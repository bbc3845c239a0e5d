extension Rule {
    public static let invalidUtf8 = Rule(
        id: "invalid-utf8", severity: .error, topic: .yaml,
        summary: "Catalog files must be UTF-8."
    )
}
