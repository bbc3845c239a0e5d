import StackcatModel
import StackcatYAML

extension CatalogLoader {
    static let siteKeys = KeyList(SiteSettings.keys)
}

extension LoadState {
    /// `site:` of `catalog.yaml`: the site's title, logo, base URL and footer. Unknown keys, wrong types
    /// and bad values are reported like those of any other file; a bad value is left out.
    mutating func site(_ settings: inout MappingReader, path: String) -> SiteSettings? {
        guard let node = settings.mapping("site") else { return nil }
        var reader = MappingReader(node, allowed: CatalogLoader.siteKeys, what: "site", source: text, limit: diagnostics.remaining)
        var site = SiteSettings()
        func limited(_ key: String, _ limit: Int) -> String? {
            guard let value = reader.string(key) else { return nil }
            guard value.value.count <= limit else {
                diagnostics.append(
                    Diagnostic(
                        .invalidValue, "the site's \(key) has \(value.value.count) characters, more than \(limit)", at: location(path, value.span),
                        notes: [.init("shorten it; it is shown on every page")]))
                return nil
            }
            return value.value
        }
        site.title = limited("title", SiteSettings.titleLimit)
        site.footer = limited("footer", SiteSettings.footerLimit)
        site.logo = logo(&reader, path: path)
        if let url = reader.string("base-url") {
            if URLCheck.isHTTPURL(url.value), url.value.lowercased().hasPrefix("https://"), !url.value.contains("?"), !url.value.contains("#") {
                site.baseURL = url.value.hasSuffix("/") ? url.value : url.value + "/"
            } else {
                diagnostics.append(
                    Diagnostic(
                        .invalidUrl, "'\(url.value)' is not an https URL without query or fragment", at: location(path, url.span),
                        notes: [.init("base-url is where the site is published: base-url: https://catalog.example.com/")]))
            }
        }
        diagnostics += reader.diagnostics
        return site
    }
}
