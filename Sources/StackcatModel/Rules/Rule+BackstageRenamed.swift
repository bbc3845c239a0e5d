extension Rule {
    public static let backstageRenamed = Rule(
        id: "backstage-renamed", severity: .warning, topic: .backstage,
        summary: "A Backstage entity's name or stackcat.dev/id is a stackcat id that no other entity takes."
    )
}
