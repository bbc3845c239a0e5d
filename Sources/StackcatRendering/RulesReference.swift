import StackcatModel

/// The reference page of the rules (`stackcat rules --format reference`, committed as `docs/rules.md`):
/// a section a rule, headed by its id so that the heading's anchor is the id (what a language server
/// diagnostic and SARIF link to), with its severity, phase, summary, the example that breaks it and
/// the fix, all read from the rule's declaration.
public enum RulesReference {
    public static func markdown(_ rules: [Rule] = Rule.all) -> String {
        var out = DocsGenerator.marker + "\n"
        out += """
            # Rules

            Every rule stackcat checks, in the order of `stackcat rules`. A diagnostic's code (`code` in
            `validate --format json`, `ruleId` in SARIF, the code a language server client shows) is the id
            that heads its section here, and links to it. Each example is a minimal input that breaks the
            rule, then its fix; the rule tests run both. A `validate` example is one file set on top of the
            catalog that `stackcat init` writes (a `tools/kubernetes.yaml`, a `stacks/guestbook.yaml` and the
            vocabularies); an `inject` example is a Markdown file given to `docs --inject` with that catalog;
            an `import` example is the input file itself.


            """
        for topic in Rule.Topic.allCases {
            let members = rules.filter { $0.topic == topic }
            guard !members.isEmpty else { continue }
            out += "## " + title(topic) + "\n\n"
            out += members.map { "[`\($0.id)`](#\($0.id))" }.joined(separator: " · ") + "\n\n"
            for rule in members { out += section(rule) }
        }
        return out
    }

    static func title(_ topic: Rule.Topic) -> String {
        switch topic {
        case .yaml: "YAML"
        case .files: "Files"
        case .values: "Values"
        case .consistency: "Consistency"
        case .markdown: "Markdown blocks"
        case .landscape: "Importing the CNCF landscape"
        case .backstage: "Importing Backstage entities"
        case .merge: "Merging an import into a catalog"
        }
    }

    static func section(_ rule: Rule) -> String {
        var out = "### \(rule.id)\n\n"
        out += "**\(rule.severity.rawValue)**, checked by `\(command(rule.phase))`. \(rule.summary)\n\n"
        let (triggering, passing) = (rule.triggering, rule.passing)
        if triggering.file == passing.file, case .text(let broken) = triggering.content, case .text(let fixed) = passing.content,
            lineCount(broken) <= longest, lineCount(fixed) <= longest
        {
            out += "Breaks it, and the fix (`\(triggering.file)`\(options(triggering))):\n\n"
            out += fenced(diff(visible(broken), visible(fixed)), language: "diff")
        } else {
            out += "Breaks it: " + describe(triggering) + "Fixed: " + describe(passing)
        }
        if [triggering, passing].contains(where: hasControls) {
            out += "Control characters are written as escapes here (`\\t` for a tab, `\\u{202E}` for others).\n\n"
        }
        return out
    }

    /// The command that checks rules of a phase.
    static func command(_ phase: Rule.Phase) -> String {
        switch phase {
        case .validate: "validate"
        case .inject: "docs --inject"
        case .import: "import"
        }
    }

    /// Examples longer than this are shown by their first lines.
    static let longest = 40

    static func options(_ example: Rule.Example) -> String {
        var flags: [String] = []
        if let size = example.maxFileSize { flags.append("`--max-file-size \(size)`") }
        if let age = example.maxAge { flags.append("`--max-age \(age)`") }
        return flags.isEmpty ? "" : ", with " + flags.joined(separator: " and ")
    }

    static func describe(_ example: Rule.Example) -> String {
        let file = "`\(example.file)`"
        switch example.content {
        case .text(let text):
            return "\(file)\(options(example)):\n\n" + fenced(shortened(visible(text)), language: language(example.file))
        case .bytes(let bytes):
            return "\(file)\(options(example)), where `\\xNN` stands for a byte that is not UTF-8:\n\n"
                + fenced(shortened(visible(escapedBytes(bytes))), language: language(example.file))
        case .absent: return "no file \(file).\n\n"
        case .symlink(let target): return "\(file) is a symbolic link to `\(target)`.\n\n"
        case .directory: return "\(file) is a directory.\n\n"
        }
    }

    static func language(_ file: String) -> String {
        if file.hasSuffix(".yaml") || file.hasSuffix(".yml") { return "yaml" }
        if file.hasSuffix(".md") { return "markdown" }
        return "text"
    }

    /// The lines of a text; a final line break ends the last line rather than starting an empty one.
    static func lines(_ text: String) -> [Substring] {
        var all = text.split(separator: "\n", omittingEmptySubsequences: false)
        if all.count > 1, all.last == "" { all.removeLast() }
        return all
    }

    static func lineCount(_ text: String) -> Int { lines(text).count }

    /// The first lines of a long text and how many more there are.
    static func shortened(_ text: String) -> String {
        let all = lines(text)
        guard all.count > longest else { return text }
        return all.prefix(5).joined(separator: "\n") + "\n… \(all.count - 5) more lines (\(text.utf8.count) bytes in all)"
    }

    /// Whether a character would not show in the page: a control (a line break aside) or a
    /// bidirectional formatting character.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x200E...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }

    static func hasControls(_ example: Rule.Example) -> Bool {
        switch example.content {
        case .text(let text): text.unicodeScalars.contains(where: isControl)
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self).unicodeScalars.contains(where: isControl)
        default: false
        }
    }

    /// The text with every control character written as an escape, so that the page shows it.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                out += "\\t"
            } else if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func escapedBytes(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            // The longest prefix of what is left that is UTF-8.
            var end = bytes.count
            while end > i, String(validating: bytes[i..<end], as: UTF8.self) == nil { end -= 1 }
            if end > i {
                out += String(decoding: bytes[i..<end], as: UTF8.self)
                i = end
            } else {
                let hex = String(bytes[i], radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
                i += 1
            }
        }
        return out
    }

    /// The broken text with the fix marked: unchanged lines, `-` for what the fix removes and `+` for
    /// what it adds (the lines between their common beginning and common end).
    static func diff(_ broken: String, _ fixed: String) -> String {
        let old = lines(broken)
        let new = lines(fixed)
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        var out: [String] = []
        out += old[..<head].map { " " + $0 }
        out += old[head..<(old.count - tail)].map { "-" + $0 }
        out += new[head..<(new.count - tail)].map { "+" + $0 }
        out += old[(old.count - tail)...].map { " " + $0 }
        return out.joined(separator: "\n")
    }

    static func fenced(_ text: String, language: String) -> String {
        let fence = MarkdownEmbedding.fence(for: text)
        return fence + language + "\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n\n"
    }
}
