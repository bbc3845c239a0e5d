extension Rule {
    public static let controlCharacter = Rule(
        id: "control-character", severity: .error, topic: .yaml,
        summary: "Text holds no control characters (C0 and C1 controls, DEL, bidirectional embeddings, overrides and isolates); a tab only in a description."
    )
}
