import Foundation
import Testing

/// Issue 12, item 4: `import landscape --out` writes only into a new or empty directory or one it
/// imported into before; anything else is refused before a file is written.
@Suite("import landscape refuses foreign --out targets", .serialized)
struct ImportTargetEndToEndTests {
    static let landscape =
        "landscape:\n  - category:\n    name: Cat\n    subcategories:\n      - subcategory:\n        name: Sub\n        items:\n"
        + "          - item:\n            name: X\n            homepage_url: https://x.example\n"

    func entries(_ url: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }

    @Test func refusesWhatIsNotAnImportedCatalog() throws {
        let scratch = try ScratchCatalog()
        defer { scratch.remove() }
        let root = scratch.root
        try Data(Self.landscape.utf8).write(to: root.appendingPathComponent("landscape.yml"))
        let manager = FileManager.default
        // Someone else's directory, and a link to it.
        let foreign = root.appendingPathComponent("notes")
        try manager.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: foreign.appendingPathComponent("todo.txt"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: "notes")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
        try Data("x\n".utf8).write(to: root.appendingPathComponent("file.txt"))
        let home = root.appendingPathComponent("home")
        try manager.createDirectory(at: home, withIntermediateDirectories: true)
        let cases: [(String, String)] = [
            ("notes", "notes is not empty and has no files written by an import; choose a new or empty directory for --out"),
            ("link", "link is not empty and has no files written by an import; choose a new or empty directory for --out"),
            ("dangling", "dangling is a symbolic link to nothing; choose another --out"),
            ("file.txt", "file.txt exists and is not a directory; choose another --out"),
            ("catalog", "catalog is not empty and has no files written by an import; choose a new or empty directory for --out"),
            (home.path, "refusing to write an import into your home directory"),
            ("/", "refusing to write an import into the root directory")
        ]
        for (out, message) in cases {
            let run = try Binary.run(["import", "landscape", "landscape.yml", "--out", out], in: root, environment: ["HOME": home.path])
            #expect(run.status == 1, "\(out): \(run.stderr)")
            #expect(run.stderr.contains("stackcat: error: " + message), "\(out): \(run.stderr)")
        }
        #expect(try entries(foreign) == ["todo.txt"])
        #expect(try entries(home) == [])
        #expect(!manager.fileExists(atPath: "/categories.yaml"))
        // A new directory, an empty one and an earlier import (also through a link) are fine.
        for out in ["new", "empty", "new", "again"] {
            if out == "empty" { try manager.createDirectory(at: root.appendingPathComponent(out), withIntermediateDirectories: true) }
            if out == "again" { try manager.createSymbolicLink(atPath: root.appendingPathComponent("again").path, withDestinationPath: "new") }
            let run = try Binary.run(["import", "landscape", "landscape.yml", "--out", out], in: root)
            #expect(run.status == 0, "\(out): \(run.stderr)")
        }
        #expect(try entries(root.appendingPathComponent("new")) == ["categories.yaml", "relations.yaml", "roles.yaml", "tools"])
    }
}
