extension Rule {
    public static let radarQuadrants = Rule(
        id: "radar-quadrants", severity: .error, topic: .consistency,
        summary: "The radar section of categories.yaml names four quadrants of top-level categories, each category in one quadrant."
    )
}
