/// The files a command writes into a directory, by path relative to it, rendered on demand a batch
/// at a time, so that the contents of many thousand pages are never all in memory at once.
public struct BatchedFiles {
    /// Every file's path relative to the directory.
    public let paths: [String]
    /// The contents of the files at these indices of `paths`, in their order.
    public let render: ([Int]) -> [String]

    public init(paths: [String], render: @escaping ([Int]) -> [String]) {
        self.paths = paths
        self.render = render
    }

    /// Files rendered at once before they are written: enough to keep every core busy.
    public static var batchSize: Int { 256 }

    /// Renders the files at `indices` a batch at a time and hands each batch (indices and contents)
    /// to `body`, in order.
    public func forEach(_ indices: [Int], _ body: ([Int], [String]) throws -> Void) rethrows {
        var start = 0
        while start < indices.count {
            let batch = Array(indices[start..<min(start + Self.batchSize, indices.count)])
            try body(batch, render(batch))
            start += batch.count
        }
    }

    /// The first-level directories the files need, sorted.
    func directories(of indices: [Int]) -> [String] {
        Set(indices.compactMap { paths[$0].split(separator: "/").dropLast().first.map(String.init) }).sorted()
    }
}
