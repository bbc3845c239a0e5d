extension Rule {
    public static let staleReview = Rule(
        id: "stale-review", severity: .warning, topic: .consistency,
        summary: "With validate --max-age, every stack component, and every tool and stack that states a review date, was reviewed within that many days.",
        triggering: .init(
            "stacks/guestbook.yaml",
            """
            name: Kubernetes guestbook tutorial
            summary: A PHP guestbook with a Redis leader and followers, deployed on Kubernetes.
            as_of: 2026-01-01
            sources: [https://kubernetes.io/docs/tutorials/stateless-application/guestbook/]
            components:
              - tool: kubernetes
                ring: adopt
                reviewed: 2024-03-01
            """, maxAge: 365),
        fix: .replacing("    reviewed: 2024-03-01", with: "    reviewed: 2025-09-01")
    )
}

extension Diagnostics {
    static package func staleReview(
        _ component: String, stack: String, reviewed: String?, days: Int?, maxAge: Int, reference: String,
        at location: SourceLocation
    ) -> Diagnostic {
        let message: String
        if let reviewed, let days {
            message = "component '\(component)' of stack '\(stack)' was last reviewed on \(reviewed), \(days) days before \(reference) (more than \(maxAge))"
        } else {
            message = "component '\(component)' of stack '\(stack)' has no review date"
        }
        return Diagnostic(
            .staleReview, message, at: location,
            notes: [.init("review its ring and set 'reviewed: YYYY-MM-DD'")])
    }

    /// A tool or stack whose own `reviewed` date is too old (one without a date is not checked).
    static package func staleFactReview(
        _ kind: String, _ id: String, reviewed: String, days: Int, maxAge: Int, today: String,
        at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .staleReview, "\(kind) '\(id)' was last reviewed on \(reviewed), \(days) days before \(today) (more than \(maxAge))",
            at: location, notes: [.init("check its facts against their sources and set 'reviewed: YYYY-MM-DD'")])
    }
}
