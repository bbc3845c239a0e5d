/// A value made the first time it is asked for, once, whichever thread asks first: for what a run
/// may not need at all (`DocsFiles`' generator, when an unchanged rerun renders nothing).
public final class MadeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = SystemCalls.Lock()
    private var made: Value?
    private let make: @Sendable () -> Value

    public init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    public var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
