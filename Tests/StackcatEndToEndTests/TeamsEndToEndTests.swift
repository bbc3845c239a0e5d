import Foundation
import Testing

/// Issue 14: `list --owner`, `show` with owners, and `validate --max-age` with an injected today.
@Suite("teams and review dates end to end")
struct TeamsEndToEndTests {
    static var catalog: String { Binary.packageRoot.appendingPathComponent("Tests/Fixtures/inhouse-catalog").path }

    @Test func listByOwner() throws {
        let run = try Binary.run(["list", "--catalog", Self.catalog, "--owner", "team-payments", "--owner", "team-platform", "--format", "ids"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "kubernetes\npayments-gateway-in-house\n")
        let typo = try Binary.run(["list", "--catalog", Self.catalog, "--owner", "team-paymnts"])
        #expect(typo.status == 1)
        #expect(typo.stderr == "stackcat: error: unknown team 'team-paymnts'\nstackcat: note: did you mean 'team-payments'?\n")
        let show = try Binary.run(["show", "--catalog", Self.catalog, "checkout-api"])
        #expect(show.stdout.contains("  Owner       Checkout team (team-checkout)\n"), "\(show.stdout)")
    }

    @Test func maxAgeWarnsAboutStaleReviews() throws {
        // 2030-01-01: later than the stack's as_of, which is then the reference date.
        let environment = ["SOURCE_DATE_EPOCH": "1893456000"]
        let plain = try Binary.run(["validate", "--catalog", Self.catalog], environment: environment)
        #expect(plain.status == 0)
        #expect(plain.stderr.hasSuffix("validate: 0 errors, 0 warnings in 10 files of \(Self.catalog)/\n"), "\(plain.stderr)")
        let strict = try Binary.run(
            ["validate", "--catalog", Self.catalog, "--max-age", "365", "--strict", "--format", "json"],
            environment: environment)
        #expect(strict.status == 1)
        #expect(strict.stdout.components(separatedBy: "\"code\": \"stale-review\"").count - 1 == 3, "\(strict.stdout)")
        #expect(strict.stdout.contains("564 days before 2026-01-15"))
        let lenient = try Binary.run(["validate", "--catalog", Self.catalog, "--max-age", "5000", "--strict"], environment: environment)
        #expect(lenient.status == 1)
        #expect(lenient.stderr.contains("component 'legacy-monolith' of stack 'shop' has no review date"))
        let bad = try Binary.run(["validate", "--catalog", Self.catalog, "--max-age", "-3"])
        #expect(bad.status == 64)
    }
}
