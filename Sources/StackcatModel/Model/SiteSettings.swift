/// `site:` in `catalog.yaml`: how `stackcat site` brands the catalog's pages.
///
/// ```yaml
/// site:
///   title: Acme platform catalog      # every page's title and header, instead of "stackcat catalog"
///   logo: logos/acme.svg              # in the header: an SVG or PNG inside the catalog (LogoCheck)
///   base-url: https://catalog.acme.example/   # canonical links and absolute og:url
///   footer: Run by the platform team.  # plain text at the foot of every page
/// ```
public struct SiteSettings: Sendable, Hashable, Codable {
    public var title: String?
    public var logo: Located<String>?
    /// An https URL that ends in `/`: the address the site is published at.
    public var baseURL: String?
    public var footer: String?

    public init(title: String? = nil, logo: Located<String>? = nil, baseURL: String? = nil, footer: String? = nil) {
        self.title = title
        self.logo = logo
        self.baseURL = baseURL
        self.footer = footer
    }

    /// The keys of `site:`.
    public static let keys = ["title", "logo", "base-url", "footer"]
    /// The longest title and footer, in characters.
    public static let titleLimit = 120, footerLimit = 500
}
