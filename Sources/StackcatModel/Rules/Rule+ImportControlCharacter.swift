extension Rule {
    public static let importControlCharacter = Rule(
        id: "import-control-character", severity: .warning, topic: .landscape,
        summary: "Landscape text holds no control characters; they are left out."
    )
}
