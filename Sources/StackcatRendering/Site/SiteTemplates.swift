/// The site's templates (`SiteTemplate`, a Mustache subset), style sheet and script, from the files in
/// `Templates/` that EmbedSiteTemplatesPlugin compiles in (`SiteTemplateFiles`). `{{name}}` escapes for HTML; the only
/// unescaped values (`{{{...}}}`) are Graphviz's SVG and the script's folding table.
struct SiteTemplates: Sendable {
    static let shared = SiteTemplates(files: SiteTemplateFiles.files)

    let library: SiteTemplateLibrary
    let style: String

    init(files: [(name: String, text: String)]) {
        var library = SiteTemplateLibrary()
        var style = ""
        for (name, text) in files {
            if name == "site.css" {
                style = text
                continue
            }
            let templateName = name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
            precondition(!text.utf8.contains(13), "site template \(name) must have LF line breaks")
            do {
                try library.register(text, named: templateName)
            } catch {
                // The templates are part of the program: a broken one is a bug that every test shows.
                preconditionFailure("site template \(name) does not parse: \(error)")
            }
        }
        self.library = library
        self.style = style
    }

    /// `frame`, when given, is in scope below the view: what every page's header and footer read.
    func render(_ view: some TemplateObject, as template: String, frame: (any TemplateObject)? = nil) -> String {
        guard let text = library.render(view, withTemplate: template, frame: frame) else {
            preconditionFailure("no site template named \(template)")
        }
        return text
    }
}
