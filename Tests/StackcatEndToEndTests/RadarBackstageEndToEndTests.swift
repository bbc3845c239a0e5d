import Foundation
import Testing

/// Issue 25: `radar --format backstage` end to end: the plugin's JSON on standard output, and a clear
/// refusal (exit 1, nothing on standard output) when an entry would have no date.
@Suite("radar --format backstage end to end")
struct RadarBackstageEndToEndTests {
    @Test func radarForBackstageNeedsDates() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stackcat-radar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Binary.run(["init", "catalog"], in: root, environment: ["SOURCE_DATE_EPOCH": "1767225600"]).status == 0)
        let dated = try Binary.run(["radar", "--stack", "guestbook", "--format", "backstage"], in: root)
        #expect(dated.status == 0, "\(dated.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(dated.stdout.utf8)) as? [String: Any]
        #expect(json.map { Set($0.keys) } == ["quadrants", "rings", "entries"])
        #expect(dated.stdout.contains("\"date\": \"2026-01-01\""), "\(dated.stdout)")

        let file = root.appendingPathComponent("catalog/stacks/guestbook.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let undated = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("as_of:") }.joined(separator: "\n")
        try Data(undated.utf8).write(to: file)
        let refused = try Binary.run(["radar", "--stack", "guestbook", "--format", "backstage"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr.contains("stackcat: error: Backstage's tech radar dates every entry, and stack 'guestbook' has no as_of and no reviewed date on "),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("stackcat: note: add 'as_of: YYYY-MM-DD' to "), "\(refused.stderr)")
    }
}
