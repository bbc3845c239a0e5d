import Foundation
import Testing

/// No source file over 400 lines (issue 20): a file that grows past it is split by concept. Generated
/// data files (their first line says "Generated ... do not edit") are not read by people and are exempt.
@Suite("Source files stay small")
struct SourceSizeTests {
    static let limit = 400

    @Test func noSourceFileIsOverTheLimit() throws {
        let root = ArchitectureTests.root
        var over: [String] = []
        var seen = 0
        for folder in ["Sources", "Tests", "Plugins", "Fuzz/Sources"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["swift", "c", "h"].contains(url.pathExtension) {
                // Fixture catalogs and recorded inputs are data, not code.
                if url.path.contains("/Fixtures/") || url.path.contains("/Golden/") { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                seen += 1
                if Self.isGenerated(text) { continue }
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
                if lines > Self.limit { over.append("\(url.path.dropFirst(root.path.count + 1)): \(lines) lines") }
            }
        }
        #expect(seen > 100, "the walk found only \(seen) source files: is the root right?")
        #expect(over == [], "split these by concept: \(over)")
    }

    /// A header comment that starts "Generated" and says "do not edit", across its comment lines.
    static func isGenerated(_ text: String) -> Bool {
        let header = text.split(separator: "\n").prefix { $0.hasPrefix("//") }.map { $0.dropFirst(2).trimmingCharacters(in: .whitespaces) }
        let joined = header.joined(separator: " ")
        return joined.hasPrefix("Generated ") && joined.contains("do not edit")
    }
}
