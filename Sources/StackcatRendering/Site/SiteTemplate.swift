/// The site's templates: the Mustache subset that `Templates/` uses, parsed once and rendered against
/// typed values (`TemplateValue`) rather than `Any`.
///
/// Supported: `{{name}}` (HTML-escaped), `{{{name}}}` (as is), sections `{{#name}}...{{/name}}` and
/// inverted sections `{{^name}}...{{/name}}`, partials `{{> name}}`, `{{.}}`, and the transforms
/// `empty(name)` (a list or text is empty) and `first()` (the first item of the enclosing list section).
/// Whitespace follows Mustache's rules for standalone lines: a line holding only a section tag, a
/// closing tag or a partial (and spaces or tabs) leaves nothing in the output, not even its line break.
/// A missing or nil name is looked up in the enclosing values, as in Mustache.
///
/// (stackcat used the swift-mustache package for this. Its lookups cast every value from `Any` and its
/// escaping went character by character: rendering took four times as long as writing the same
/// catalog's Markdown docs. It also left `"` unescaped when a combining mark followed it, since the two
/// then make one `Character`; escaping here works on bytes.)
struct SiteTemplate: Sendable {
    struct ParseError: Error, CustomStringConvertible {
        let template: String
        let offset: Int
        let problem: String
        var description: String { "site template \(template), byte \(offset): \(problem)" }
    }

    /// A name with the transforms around it: `empty(roles)` is `roles` with `empty`, `first()` is the
    /// current list position with `first`.
    struct Name: Equatable, Sendable {
        let key: String
        let transforms: [String]
    }

    /// A piece of a template. (A struct, not an enum with payloads: Swift keeps an enum's case in spare
    /// bits of its payload's pointers, which LeakSanitizer then does not recognise, so the templates,
    /// which live as long as the process, were reported as leaks.)
    struct Token: Sendable {
        enum Kind: Sendable { case text, variable, unescapedVariable, section, invertedSection, partial }

        let kind: Kind
        /// The text, or the partial's name.
        var text = ""
        var name = Name(key: "", transforms: [])
        /// A section's tokens.
        var children: [Token] = []

        static func text(_ text: String) -> Token { Token(kind: .text, text: text) }
        static func variable(_ name: Name, escaped: Bool) -> Token {
            Token(kind: escaped ? .variable : .unescapedVariable, name: name)
        }
        static func section(_ name: Name, _ children: [Token], inverted: Bool) -> Token {
            Token(kind: inverted ? .invertedSection : .section, name: name, children: children)
        }
        static func partial(_ name: String) -> Token { Token(kind: .partial, text: name) }
    }

    let tokens: [Token]

    init(_ text: String, named name: String) throws(ParseError) {
        var parser = Parser(bytes: Array(text.utf8), template: name)
        tokens = try parser.parse(newLine: true, section: nil)
    }
}
