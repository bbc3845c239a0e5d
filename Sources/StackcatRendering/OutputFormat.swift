/// How a command's output goes into a Markdown document (`docs --inject`).
public enum MarkdownEmbedding: Sendable, Equatable {
    /// The output is Markdown already.
    case asIs
    /// The output goes in a fenced code block with this info string (`mermaid` renders on GitHub).
    case fenced(language: String)
    /// The output cannot go into Markdown; the hint says what to use instead.
    case impossible(hint: String)

    /// The text as it goes into a document, or nil when it cannot.
    public func embed(_ text: String) -> String? {
        switch self {
        case .asIs: return text
        case .fenced(let language):
            let fence = Self.fence(for: text)
            return fence + language + "\n" + text + (text.hasSuffix("\n") || text.isEmpty ? "" : "\n") + fence + "\n"
        case .impossible: return nil
        }
    }

    /// Backticks enough that no line of `text` can close the block: one more than its longest run of
    /// backticks, and at least three.
    static func fence(for text: String) -> String {
        var longest = 0
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "`") {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }
}

/// A `--format` value: its name on the command line and how its output embeds in Markdown.
public protocol OutputFormat: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    var embedding: MarkdownEmbedding { get }
    /// Text for people (tables, `show`, Markdown, ids, `--format github`), which goes out through
    /// `TerminalText.safeOutput`; false for data that programs read byte for byte (JSON, CSV, DOT,
    /// Mermaid, SARIF, images), which each escape for their own syntax and are never altered.
    var isText: Bool { get }
}

extension OutputFormat {
    public var name: String { rawValue }
}

/// Formats of the table-shaped listings: list, search, categories, roles, relations, rules.
public enum ListFormat: String, OutputFormat {
    case table, markdown, json, csv, ids

    public var embedding: MarkdownEmbedding {
        switch self {
        case .markdown: return .asIs
        case .json: return .fenced(language: "json")
        case .table, .csv, .ids: return .fenced(language: "text")
        }
    }

    public var isText: Bool { self == .table || self == .markdown || self == .ids }
}

/// Formats of `rules`: `list`'s, and `reference`, the Markdown page with a section and examples for
/// each rule (`docs/rules.md`).
public enum RulesFormat: String, OutputFormat {
    case table, markdown, json, csv, ids, reference

    /// The same format as `list`'s, for all but `reference`.
    public var listFormat: ListFormat? { ListFormat(rawValue: rawValue) }

    public var embedding: MarkdownEmbedding {
        // The page quotes `docs --inject`'s markers in its examples, which a block cannot hold.
        listFormat?.embedding ?? .impossible(hint: "write the reference page to a file of its own: stackcat rules --format reference > docs/rules.md")
    }

    public var isText: Bool { listFormat?.isText ?? true }
}

/// Formats of `schema`: the JSON Schema, or for the tool file a Markdown table of its keys.
public enum SchemaFormat: String, OutputFormat {
    case json, markdown

    public var embedding: MarkdownEmbedding { self == .markdown ? .asIs : .fenced(language: "json") }

    public var isText: Bool { self == .markdown }
}

/// Formats of `compare`.
public enum CompareFormat: String, OutputFormat {
    case table, markdown, csv, json

    public var embedding: MarkdownEmbedding {
        switch self {
        case .markdown: return .asIs
        case .json: return .fenced(language: "json")
        case .table, .csv: return .fenced(language: "text")
        }
    }

    public var isText: Bool { self == .table || self == .markdown }
}

/// Formats of `show`.
public enum ShowFormat: String, OutputFormat {
    case text, markdown, json

    public var embedding: MarkdownEmbedding {
        switch self {
        case .markdown: return .asIs
        case .json: return .fenced(language: "json")
        case .text: return .fenced(language: "text")
        }
    }

    public var isText: Bool { self != .json }
}

/// Formats of `graph`; svg and png are drawn by Graphviz from the DOT text.
public enum GraphFormat: String, OutputFormat {
    case dot, mermaid, json, svg, png

    public var embedding: MarkdownEmbedding {
        switch self {
        case .dot: return .fenced(language: "dot")
        case .mermaid: return .fenced(language: "mermaid")
        case .json: return .fenced(language: "json")
        case .svg, .png: return .impossible(hint: "use --format mermaid")
        }
    }

    public var isText: Bool { false }
}

/// Formats of `radar`: a picture, Build Your Own Radar's CSV, Zalando's tech-radar JSON, or the JSON
/// that Backstage's tech-radar plugin loads.
public enum RadarFormat: String, OutputFormat {
    case svg, csv, json, backstage

    public var embedding: MarkdownEmbedding {
        switch self {
        case .svg: return .impossible(hint: "write the SVG to a file and link it as an image, as 'docs --out' does")
        case .backstage: return .impossible(hint: "write it to a file for Backstage's tech-radar plugin to load, or use --format json")
        case .csv: return .fenced(language: "text")
        case .json: return .fenced(language: "json")
        }
    }

    /// Data for other programs: kept exact, never rewritten for a terminal.
    public var isText: Bool { false }
}

/// Formats of `validate`.
public enum DiagnosticFormat: String, OutputFormat {
    case text, json, sarif, github

    public var embedding: MarkdownEmbedding {
        switch self {
        case .json, .sarif: return .fenced(language: "json")
        case .text, .github: return .fenced(language: "text")
        }
    }

    public var isText: Bool { self == .text || self == .github }
}
