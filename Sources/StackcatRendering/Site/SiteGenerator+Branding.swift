import StackcatModel

/// The site's branding from `catalog.yaml`'s `site:` (title, logo, base URL, footer), and the logos
/// of tools, teams and the site, which the site copies into `logos/` and shows with `<img>`.
///
/// A logo is written as an SVG file that starts with the generated marker, so that `site --out`
/// updates and removes it like a page: an SVG logo as it is (its XML declaration left out, since
/// the marker comes first), a PNG logo inside an SVG as a `data:` picture of its own size.
extension SiteGenerator {
    /// Every page's title and header, unless `site: title:` says otherwise.
    public static let defaultTitle = "stackcat catalog"

    var site: SiteSettings { catalog.settings?.site ?? SiteSettings() }

    /// Where a catalog's logo goes in the site: `logos/`, with the path's folders joined by `~`
    /// (which a logo path cannot hold, so no two logos meet), and `.svg` after a PNG's name.
    static func sitePath(ofLogo path: String) -> String {
        let flat = path.split(separator: "/").joined(separator: "~")
        return "logos/" + flat + (LogoCheck.format(ofName: path) == .png ? ".svg" : "")
    }

    /// The link to a logo from a page at `root`, when the catalog names one and it passed its checks.
    func logoHref(_ logo: Located<String>?, root: String) -> String? {
        guard let path = logo?.value, logos[path] != nil else { return nil }
        return root + Self.sitePath(ofLogo: path)
    }

    /// The values every page's header, head and footer read.
    func frame(for page: Page) -> SiteView.Frame {
        let site = site
        return SiteView.Frame(
            changesPage: changes != nil, stacksSection: !catalog.stacks.isEmpty, teamsSection: !catalog.teams.isEmpty,
            siteTitle: site.title ?? Self.defaultTitle, siteLogo: logoHref(site.logo, root: page.root), footer: site.footer,
            canonical: site.baseURL.map { $0 + page.path })
    }

    /// The site's file for a logo: the marker line, then the picture as an SVG document.
    func logoFile(_ path: String) -> String {
        let bytes = logos[path] ?? []
        if LogoCheck.format(ofName: path) == .png {
            let size = LogoCheck.pngSize(bytes) ?? (width: 64, height: 64)
            return Self.marker + "\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(size.width)\" height=\"\(size.height)\" viewBox=\"0 0 \(size.width) \(size.height)\">"
                + "<image width=\"\(size.width)\" height=\"\(size.height)\" href=\"data:image/png;base64,\(Self.base64(bytes))\"/></svg>\n"
        }
        let text = LogoCheck.svgBody(bytes)
        return Self.marker + "\n" + text + (text.hasSuffix("\n") ? "" : "\n")
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
