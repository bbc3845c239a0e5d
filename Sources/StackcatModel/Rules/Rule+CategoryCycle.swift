extension Rule {
    public static let categoryCycle = Rule(
        id: "category-cycle", severity: .error, topic: .consistency,
        summary: "Categories form a tree."
    )
}
