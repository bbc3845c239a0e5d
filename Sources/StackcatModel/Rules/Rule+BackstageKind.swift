extension Rule {
    public static let backstageKind = Rule(
        id: "backstage-kind", severity: .warning, topic: .backstage,
        summary: "import backstage reads Group, Component, Resource, System and Location entities."
    )
}
