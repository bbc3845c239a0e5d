extension Rule {
    public static let missingSuccessor = Rule(
        id: "missing-successor", severity: .error, topic: .consistency,
        summary: "A superseded tool names its successor."
    )
}
