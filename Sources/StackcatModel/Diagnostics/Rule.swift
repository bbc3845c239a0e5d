/// A validation or input rule: its stable id, the severity its diagnostics have, when it is checked and
/// what it asks. Each rule is declared once, in its own file under `Rules/`, with an example that breaks
/// it and one that keeps it; `Rule.all`, which SARIF's rule list, `stackcat rules` and the README read,
/// is generated from those files at build time (RuleRegistryPlugin), so there is no second list to keep.
public struct Rule: Hashable, Sendable {
    /// Stable kebab-case id, such as `unknown-key`: SARIF's `ruleId` and the JSON `code`.
    public let id: String
    public let severity: Severity
    /// What the rule is about, which also says when it is checked.
    public let topic: Topic
    /// One sentence on what the rule asks of a catalog.
    public let summary: String
    /// A minimal input that breaks the rule.
    public let triggering: Example
    /// The same input, fixed: it keeps the rule.
    public let passing: Example

    public init(id: String, severity: Severity, topic: Topic, summary: String, triggering: Example, passing: Example) {
        self.id = id
        self.severity = severity
        self.topic = topic
        self.summary = summary
        self.triggering = triggering
        self.passing = passing
    }

    /// A rule whose passing example is its triggering one with `fix` made: the difference is the fix,
    /// written once.
    public init(id: String, severity: Severity, topic: Topic, summary: String, triggering: Example, fix: Example.Fix) {
        self.init(id: id, severity: severity, topic: topic, summary: summary, triggering: triggering, passing: triggering.fixed(by: fix))
    }

    /// When a rule is checked.
    public var phase: Phase { topic.phase }

    public static func == (lhs: Rule, rhs: Rule) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// When a rule is checked: by `validate` (and every command that reads a catalog), by
    /// `docs --inject` on Markdown files, or by `import` on its input.
    public enum Phase: String, Sendable, CaseIterable {
        case validate, inject, `import`
    }

    /// What a rule is about, in the order of the documentation: a catalog's YAML, its files, its values,
    /// its consistency as a whole; Markdown blocks; the two import formats, and merging an import into
    /// a catalog (`--into`).
    public enum Topic: String, Sendable, CaseIterable, Comparable {
        case yaml, files, values, consistency, markdown, landscape, backstage, merge

        public var phase: Phase {
            switch self {
            case .yaml, .files, .values, .consistency: .validate
            case .markdown: .inject
            case .landscape, .backstage, .merge: .import
            }
        }

        public static func < (lhs: Topic, rhs: Topic) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}

extension Rule {
    /// Every rule, by topic and then by id: the generated registry in documentation order.
    public static let all: [Rule] = declared.sorted { a, b in
        a.topic != b.topic ? a.topic < b.topic : a.id.utf8Precedes(b.id)
    }

    private static let index: [String: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// The rule with this id.
    public static func named(_ id: String) -> Rule? { index[id] }
}
