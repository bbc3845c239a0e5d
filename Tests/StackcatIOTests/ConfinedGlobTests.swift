import Foundation
import Testing

@testable import StackcatIO

@Suite("ConfinedGlob: globs that stay inside their root")
struct ConfinedGlobTests {
    func tree(_ paths: [String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-glob-\(UUID().uuidString)")
        for path in paths {
            let url = root.appendingPathComponent(path)
            if path.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data().write(to: url)
            }
        }
        return FileState.realPath(root.path)!
    }

    @Test func starsMatchOneSegmentAndDoubleStarsAny() throws {
        let root = try tree([
            "services/a/stackcat/", "services/b/stackcat/", "services/.hidden/stackcat/", "services/c/other/",
            "apps/x/catalog-info.yaml", "apps/y/z/catalog-info.yaml", ".git/catalog-info.yaml", "catalog-info.yaml"
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(
            ConfinedGlob.find("services/*/stackcat/", in: root, directories: true, limit: 100)
                == .matches(["services/a/stackcat", "services/b/stackcat"]))
        #expect(
            ConfinedGlob.find("**/catalog-info.yaml", in: root, directories: false, limit: 100)
                == .matches(["apps/x/catalog-info.yaml", "apps/y/z/catalog-info.yaml", "catalog-info.yaml"]))
        #expect(ConfinedGlob.find("services/*/stackcat", in: root, directories: false, limit: 100) == .matches([]))
        #expect(ConfinedGlob.find("services/*/stackcat", in: root, directories: true, limit: 1) == .tooMany(limit: 1))
    }

    @Test func linksOutOfTheRootAreNotFollowed() throws {
        let root = try tree(["services/a/stackcat/"])
        let outside = try tree(["stackcat/"])
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/services/b", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: root + "/services/c", withDestinationPath: root + "/services/a")
        #expect(
            ConfinedGlob.find("services/*/stackcat", in: root, directories: true, limit: 100)
                == .matches(["services/a/stackcat", "services/c/stackcat"]))
        // A link loop inside the root ends.
        try FileManager.default.createSymbolicLink(atPath: root + "/services/a/loop", withDestinationPath: root + "/services")
        #expect(
            ConfinedGlob.find("**/stackcat", in: root, directories: true, limit: 100, visitLimit: 1_000)
                == .matches(["services/a/stackcat"]))
    }
}
