extension Rule {
    public static let invalidContact = Rule(
        id: "invalid-contact", severity: .error, topic: .values,
        summary: "A team contact is an email address or an http(s) URL."
    )
}
