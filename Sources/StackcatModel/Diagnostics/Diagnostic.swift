/// How serious a problem is. Warnings fail `validate` only with `--strict`.
public enum Severity: String, Sendable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in a catalog: a value, never printed by the library itself.
public struct Diagnostic: Hashable, Sendable {
    /// Extra information attached to a diagnostic, such as "did you mean" or "first defined here".
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// The rule the problem breaks; it fixes the severity and the stable code.
    public var rule: Rule
    public var severity: Severity { rule.severity }
    /// The rule's stable kebab-case identifier, such as `unknown-key`.
    public var code: String { rule.id }
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]
    /// Text that would fix the problem if it replaced the diagnostic's range (a "did you mean").
    public var replacement: String?

    public init(
        _ rule: Rule, _ message: String, at location: SourceLocation?, notes: [Note] = [],
        replacement: String? = nil
    ) {
        self.rule = rule
        self.message = message
        self.location = location
        self.notes = notes
        self.replacement = replacement
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, then position, then code, so output does not depend on the order
    /// in which checks ran.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let l = a.element
            let r = b.element
            let lp = l.location?.path ?? ""
            let rp = r.location?.path ?? ""
            if lp != rp { return lp.utf8Precedes(rp) }
            let lo = l.location?.span.start.offset ?? -1
            let ro = r.location?.span.start.offset ?? -1
            if lo != ro { return lo < ro }
            return a.offset < b.offset
        }.map(\.element)
    }
}
