/// What `AtomicFile` writes: generated text, or the exact bytes of a file (`docs --inject` keeps
/// bytes that are not UTF-8 as they are).
public protocol FileContents {
    /// Writes all of it to the open file; nil on success.
    func write(to fd: Int32) -> SystemCalls.Failure?
}

extension String: FileContents {
    public func write(to fd: Int32) -> SystemCalls.Failure? { SystemCalls.writeAll(fd, self) }
}

extension Array: FileContents where Element == UInt8 {
    public func write(to fd: Int32) -> SystemCalls.Failure? {
        withUnsafeBytes { SystemCalls.writeAll(fd, $0) }
    }
}
