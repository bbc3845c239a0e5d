import Testing

@testable import StackcatCore
@testable import StackcatInterop
@testable import StackcatLoading
@testable import StackcatModel
@testable import StackcatQuery
@testable import StackcatRendering
@testable import StackcatScaffold
@testable import StackcatValidation
@testable import StackcatYAML

@Suite("did you mean")
struct SuggestionsTests {
    @Test func typosFindTheClosestCandidate() {
        #expect(Suggestions.closest(to: "spinaker", among: ["istio", "spinnaker", "terraform"]) == "spinnaker")
        #expect(Suggestions.closest(to: "TERAFORM", among: ["istio", "spinnaker", "terraform"]) == "terraform")
        #expect(Suggestions.closest(to: "ab", among: ["cd", "ef"]) == nil)
        // Equally close: the first in byte order.
        #expect(Suggestions.closest(to: "cat", among: ["cut", "bat"]) == "bat")
    }

    @Test func aUniquePrefixFindsItsOnlyExtension() {
        #expect(Suggestions.closest(to: "mercari", among: ["demo", "mercari-2018"]) == "mercari-2018")
        #expect(Suggestions.closest(to: "Mercari", among: ["demo", "mercari-2018"]) == "mercari-2018")
        // Two extensions: no guess. Too short a prefix: no guess.
        #expect(Suggestions.closest(to: "mercari", among: ["mercari-2018", "mercari-2019"]) == nil)
        #expect(Suggestions.closest(to: "me", among: ["mercari-2018"]) == nil)
        // A close typo wins over a prefix.
        #expect(Suggestions.closest(to: "istoi", among: ["istio", "istoi-operator"]) == "istio")
    }
}
