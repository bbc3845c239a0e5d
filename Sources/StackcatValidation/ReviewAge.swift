import StackcatModel

/// `validate --max-age DAYS`: stack components whose ring nobody has reviewed for too long. A
/// component is stale when its `reviewed` date lies more than `maxAge` days before the reference
/// date, or when it has none. The reference date is today, or the stack's `as_of` when that is
/// earlier: a stack that describes the past is judged on its own date, not on how old it is now.
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
              let todayDay = CalendarDate.dayNumber(iso: today), asOfDay < todayDay else { return today }
        return asOf
    }

    public func check(_ catalog: Catalog) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for stack in catalog.stacks {
            let reference = referenceDate(of: stack)
            guard let referenceDay = CalendarDate.dayNumber(iso: reference) else { continue }
            for component in stack.components {
                let location = SourceLocation(path: stack.path, span: component.reviewed?.span ?? component.idSpan)
                guard let reviewed = component.reviewed else {
                    found.append(Diagnostics.staleReview(component.id, stack: stack.id, reviewed: nil, days: nil, maxAge: maxAge,
                                                         reference: reference, at: location))
                    continue
                }
                guard let day = CalendarDate.dayNumber(iso: reviewed.value), referenceDay - day > maxAge else { continue }
                found.append(Diagnostics.staleReview(component.id, stack: stack.id, reviewed: reviewed.value, days: referenceDay - day,
                                                     maxAge: maxAge, reference: reference, at: location))
            }
        }
        return found
    }
}
