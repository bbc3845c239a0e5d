/// How the time of some work grows with its size, for tests that it stays linear. Tests never assert
/// wall-clock time (a slow or busy machine is not a bug, and speed is measured under `Benchmarks/`):
/// they compare two sizes measured in the same test, on the same machine under the same load.
enum Growth {
    /// Four times the size: linear work takes about 4 times as long, quadratic about 16 times.
    static let factor = 4
    /// Generous, for tests that run in parallel on a shared machine, and still well short of quadratic.
    static let linearLimit = 10.0

    /// The time `work(size * factor)` takes over the time `work(size)` takes, each the best of `rounds`.
    static func ratio(size: Int, rounds: Int = 2, _ work: (Int) -> Void) -> Double {
        let clock = ContinuousClock()
        func best(_ size: Int) -> Double {
            let times = (0..<rounds).map { _ in clock.measure { work(size) } }
            let fastest = times.min()!.components
            return Double(fastest.seconds) + Double(fastest.attoseconds) / 1e18
        }
        let small = best(size)
        let large = best(size * factor)
        return large / max(small, 1e-9)
    }
}
