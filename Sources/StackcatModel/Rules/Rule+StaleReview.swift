/// Checked by `ReviewAge.check` below, catalog-wide, with validate --max-age only.
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

/// `validate --max-age DAYS`: review dates nobody has renewed for too long. Its `check` is the rule's
/// check, catalog-wide, run only with the option.
///
/// - A stack component is stale when its `reviewed` date (or, without one, its stack's) lies more
///   than `maxAge` days before the reference date, or when neither has one. The reference date is
///   today, or the stack's `as_of` when that is earlier: a stack that describes the past is judged
///   on its own date, not on how old it is now.
/// - A tool or a stack that states `reviewed` is stale when that date lies more than `maxAge` days
///   before today: its facts are about the present. One without a date is not checked (a catalog
///   imported from the landscape would otherwise be all warnings); a catalog that wants every tool
///   dated says so in its own tests, as this repository's does.
public struct ReviewAge: Sendable {
    public var maxAge: Int
    /// Today as `YYYY-MM-DD`; the executable passes the clock or `SOURCE_DATE_EPOCH`.
    public var today: String

    public init(maxAge: Int, today: String) {
        self.maxAge = maxAge
        self.today = today
    }

    /// The date a stack's components are judged against.
    public func referenceDate(of stack: Stack) -> String {
        guard let asOf = stack.asOf, let asOfDay = CalendarDate.dayNumber(iso: asOf),
            let todayDay = CalendarDate.dayNumber(iso: today), asOfDay < todayDay
        else { return today }
        return asOf
    }

    public func check(_ catalog: Catalog) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let todayDay = CalendarDate.dayNumber(iso: today)
        func checkOwn(_ kind: String, _ id: String, _ reviewed: Located<String>?, path: String) {
            guard let reviewed, let todayDay, let day = CalendarDate.dayNumber(iso: reviewed.value), todayDay - day > maxAge else { return }
            found.append(
                Diagnostics.staleFactReview(
                    kind, id, reviewed: reviewed.value, days: todayDay - day, maxAge: maxAge, today: today,
                    at: SourceLocation(path: path, span: reviewed.span)))
        }
        for tool in catalog.tools { checkOwn("tool", tool.id, tool.otherFacts["reviewed"], path: tool.path) }
        for stack in catalog.stacks { checkOwn("stack", stack.id, stack.reviewed, path: stack.path) }
        for stack in catalog.stacks {
            let reference = referenceDate(of: stack)
            guard let referenceDay = CalendarDate.dayNumber(iso: reference) else { continue }
            for component in stack.components {
                let stated = component.reviewed ?? stack.reviewed
                let location = SourceLocation(path: stack.path, span: component.reviewed?.span ?? component.idSpan)
                guard let reviewed = stated else {
                    found.append(
                        Diagnostics.staleReview(
                            component.id, stack: stack.id, reviewed: nil, days: nil, maxAge: maxAge,
                            reference: reference, at: location))
                    continue
                }
                guard let day = CalendarDate.dayNumber(iso: reviewed.value), referenceDay - day > maxAge else { continue }
                found.append(
                    Diagnostics.staleReview(
                        component.id, stack: stack.id, reviewed: reviewed.value, days: referenceDay - day,
                        maxAge: maxAge, reference: reference, at: location))
            }
        }
        return found
    }
}
