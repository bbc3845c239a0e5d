/// The stand-ins that `stackcat new` writes where the command line gave no value, decided here once:
/// the scaffolding writes them and validation recognises them (`placeholder`), with or without the
/// `# replace:` line that marks them.
public enum Placeholder {
    /// The comment that `new` writes on the line above a stand-in: `# replace: what to write instead`.
    public static let marker = "# replace:"

    /// A search for the project, standing in for its homepage.
    public static func homepage(forID id: String) -> String {
        "https://github.com/search?q=\(id)&type=repositories"
    }

    /// Whether a homepage is a search, which is never a project's own site.
    public static func isSearchHomepage(_ url: String) -> Bool {
        url.hasPrefix("https://github.com/search?")
    }

    /// SPDX's "not known", standing in for a licence (imports write it too, without a marker: there it
    /// is what the source says).
    public static let license = "NOASSERTION"

    /// A tool's summary made of its name and category: `Argo CD: Continuous delivery.`
    public static func toolSummary(name: String, categoryName: String) -> String {
        "\(name): \(categoryName)."
    }

    /// A stack's summary made of its name.
    public static func stackSummary(name: String) -> String {
        "The \(name) stack."
    }

    /// The name of the in-house component a stack without components gets.
    public static func componentName(stackName: String) -> String {
        "\(stackName) application (in-house)"
    }
}
