extension Rule {
    public static let backstageLocation = Rule(
        id: "backstage-location", severity: .warning, topic: .backstage,
        summary: "Location targets are relative paths inside the files and directories given to import backstage."
    )
}
