import StackcatModel

/// The stacks of a catalog at an earlier revision (`radar --since`, `site --since`): a radar marks
/// each blip new, moved in, moved out or unchanged against the same stack there.
public struct RadarHistory: Sendable {
    /// How the radar names the revision: "since HEAD~3".
    public var label: String
    public var stacks: [String: Stack]

    public init(label: String, stacks: [Stack]) {
        self.label = label
        self.stacks = Dictionary(stacks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The stack as it was, or, when it did not exist yet, the stack with no components (so every one is new).
    public func baseline(for stack: Stack) -> Stack {
        if let before = stacks[stack.id] { return before }
        var empty = stack
        empty.components = []
        return empty
    }
}
