/// Named templates that can include each other as partials.
struct SiteTemplateLibrary: Sendable {
    private var templates: [String: SiteTemplate] = [:]

    mutating func register(_ text: String, named name: String) throws(SiteTemplate.ParseError) {
        templates[name] = try SiteTemplate(text, named: name)
    }

    /// `frame` is looked in for names that `value` does not have.
    func render(_ value: some TemplateObject, withTemplate name: String, frame: (any TemplateObject)? = nil) -> String? {
        guard let template = templates[name] else { return nil }
        var out = ""
        var renderer = Renderer(library: self, stack: (frame.map { [$0.templateValue] } ?? []) + [value.templateValue])
        renderer.render(template.tokens, into: &out)
        return out
    }

    fileprivate func template(named name: String) -> SiteTemplate? { templates[name] }
}

private struct Renderer {
    let library: SiteTemplateLibrary
    /// The values in scope, innermost last: sections push and pop as they go.
    var stack: [TemplateValue]
    /// Inside a list section, whether this is its first item (what `first()` reads).
    var first: Bool? = nil

    mutating func render(_ tokens: [SiteTemplate.Token], into out: inout String) {
        for token in tokens {
            switch token.kind {
            case .text:
                out += token.text
            case .variable, .unescapedVariable:
                switch lookUp(token.name) {
                case .text(let value):
                    if token.kind == .variable { HTMLEscape.append(value, to: &out) } else { out += value }
                case .flag(let value): out += value ? "true" : "false"
                case .none, .list, .object: continue
                }
            case .section:
                switch lookUp(token.name) {
                case .none: break
                case .flag(let value): if value { render(token.children, into: &out) }
                case .list(let items):
                    let outer = first
                    for n in 0..<items.count {
                        first = n == 0
                        nested(items.item(n), token.children, into: &out)
                    }
                    first = outer
                case let value:
                    let outer = first
                    first = nil
                    nested(value, token.children, into: &out)
                    first = outer
                }
            case .invertedSection:
                switch lookUp(token.name) {
                case .none: render(token.children, into: &out)
                case .flag(let value): if !value { render(token.children, into: &out) }
                case .list(let items):
                    if items.isEmpty {
                        let outer = first
                        first = nil
                        nested(.list(items), token.children, into: &out)
                        first = outer
                    }
                case .text, .object: break
                }
            case .partial:
                guard let template = library.template(named: token.text) else { continue }
                let outer = first
                first = nil
                render(template.tokens, into: &out)
                first = outer
            }
        }
    }

    /// Renders `tokens` with `value` innermost in scope.
    private mutating func nested(_ value: TemplateValue, _ tokens: [SiteTemplate.Token], into out: inout String) {
        stack.append(value)
        render(tokens, into: &out)
        stack.removeLast()
    }

    func lookUp(_ name: SiteTemplate.Name) -> TemplateValue {
        var value: TemplateValue
        switch name.key {
        case ".": value = stack.last ?? .none
        case "": value = first.map(TemplateValue.flag) ?? .none
        default:
            value = .none
            var i = stack.count
            while i > 0 {
                i -= 1
                guard case .object(let object) = stack[i] else { continue }
                let found = object.value(named: name.key)
                if case .none = found { continue }
                value = found
                break
            }
        }
        for transform in name.transforms.reversed() {
            switch (transform, value) {
            case ("empty", .list(let items)): value = .flag(items.isEmpty)
            case ("empty", .text(let text)): value = .flag(text.isEmpty)
            case ("first", .flag) where name.key == "": break
            default: return .none
            }
        }
        return value
    }
}
