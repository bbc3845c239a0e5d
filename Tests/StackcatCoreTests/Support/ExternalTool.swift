import Foundation
import StackcatCore
import Testing

/// Runs an installed program (Graphviz's dot, cmark-gfm) on some input.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func path(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ name: String, _ arguments: [String], input: String) throws -> Result {
        let executable = try #require(path(name), "\(name) is not installed; .ci/run installs it")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-input-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inputFile)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// What cmark-gfm made of a Markdown document's tables.
enum GFMTables {
    /// For each HTML table, the number of cells in each row (header row first).
    static func cellCounts(html: String) -> [[Int]] {
        var tables: [[Int]] = []
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            tables.append(
                body.components(separatedBy: "<tr>").dropFirst().map { row in
                    row.components(separatedBy: "<td").count - 1 + row.components(separatedBy: "<th").count - 1
                })
        }
        return tables
    }

    /// Tables in our Markdown: a line starting with "| " followed by a delimiter row.
    static func markdownTableCount(_ markdown: String) -> Int {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        return zip(lines, lines.dropFirst()).count { $0.hasPrefix("| ") && $1.hasPrefix("| ---") }
    }

    /// Renders with cmark-gfm and checks every table: the right number of tables, every row with the
    /// header's number of cells, and no raw HTML from the catalog.
    static func check(_ markdown: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        // The generated marker is stackcat's own HTML comment, not catalog text.
        let markdown = markdown.hasPrefix(DocsGenerator.marker + "\n") ? String(markdown.dropFirst(DocsGenerator.marker.count + 1)) : markdown
        let result = try ExternalTool.run("cmark-gfm", ["-e", "table", "-e", "autolink", "-e", "strikethrough"], input: markdown)
        #expect(result.status == 0, sourceLocation: sourceLocation)
        let tables = cellCounts(html: result.stdout)
        #expect(tables.count == markdownTableCount(markdown), "\(name): every table is parsed as a table", sourceLocation: sourceLocation)
        for (i, rows) in tables.enumerated() {
            #expect(Set(rows).count == 1, "\(name): table \(i + 1) has rows of \(rows) cells", sourceLocation: sourceLocation)
        }
        #expect(!result.stdout.contains("raw HTML omitted"), "\(name): no raw HTML", sourceLocation: sourceLocation)
        #expect(!result.stdout.contains("<script"), "\(name)", sourceLocation: sourceLocation)
        // The one image is a stack page's radar, which stackcat writes beside the page.
        let images = result.stdout.components(separatedBy: "<img").count - 1
        let radars = result.stdout.split(separator: "<img src=\"").dropFirst().filter { $0.prefix { $0 != "\"" }.hasSuffix(".radar.svg") }.count
        #expect(images == radars, "\(name): no image but the radar", sourceLocation: sourceLocation)
    }
}

enum Graphviz {
    /// `dot -Tsvg` must exit 0 and say nothing on standard error.
    static func check(_ dot: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let result = try ExternalTool.run("dot", ["-Tsvg"], input: dot)
        #expect(result.status == 0, "\(name): dot exit status", sourceLocation: sourceLocation)
        #expect(result.stderr == "", "\(name): dot said \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.contains("<svg"), "\(name)", sourceLocation: sourceLocation)
    }
}
