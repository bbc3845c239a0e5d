@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation
@testable import StackcatYAML

/// A catalog made for the query tests: a category tree, tools that differ in one fact at a time,
/// relations both ways and a stack. Unit tests read this, not the editorial catalog/.
enum QueryFixture {
    static let files = Fixture.valid
        .with(
            "categories.yaml",
            Fixture.categories + """
                - id: ci
                  name: Continuous integration
                  parent: delivery

                """
        )
        .with(
            "roles.yaml",
            Fixture.roles + """
                - id: canary-release
                  name: Canary release

                """
        )
        .with(
            "tools/spinnaker.yaml",
            Fixture.spinnaker.replacingOccurrences(
                of: "roles: [continuous-delivery]", with: "roles: [continuous-delivery, canary-release]\ntags: [netflix]\naliases: [spin]")
        )
        .with(
            "tools/kayenta.yaml",
            """
            name: Kayenta
            category: cd
            summary: Automated canary analysis.
            homepage: https://github.com/spinnaker/kayenta
            license: Apache-2.0
            hosting: library
            lifecycle: active
            tags: [netflix]
            roles: [canary-release]
            relations:
              - type: integrates-with
                target: spinnaker
            sources: [https://github.com/spinnaker/kayenta]

            """
        )
        .with(
            "tools/circleci.yaml",
            """
            name: CircleCI
            category: ci
            summary: Hosted builds that run on every push; a café of pipelines.
            homepage: https://circleci.com
            license: Proprietary
            hosting: saas
            lifecycle: active
            tags: [hosted]
            roles: [continuous-delivery]
            sources: [https://circleci.com/docs/]

            """
        )
        .with(
            "tools/old-cd.yaml",
            """
            name: Old CD
            category: cd
            summary: A tool replaced by Spinnaker.
            homepage: https://example.com/old
            license: Proprietary
            hosting: managed
            lifecycle: superseded
            relations:
              - type: superseded-by
                target: spinnaker
            sources: [https://example.com/old]

            """)

    static func catalog() -> Catalog {
        let check = files.check()
        precondition(check.errorCount == 0, "\(check.diagnostics.map(Fixture.describe))")
        return check.catalog
    }
}
