#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SystemCalls {
    public static let standardInput: Int32 = STDIN_FILENO

    /// Reads what is available of standard input, at most `count` bytes, retrying after signals:
    /// the bytes read, empty at the end of input, nil on a failed read. `stackcat lsp` reads its
    /// messages through this.
    public static func readStandardInput(upTo count: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: max(1, count))
        while true {
            let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            buffer.removeSubrange(n...)
            return buffer
        }
    }
}
