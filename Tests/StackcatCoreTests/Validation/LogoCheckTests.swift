import Foundation
import Testing

@testable import StackcatCore
@testable import StackcatModel
@testable import StackcatValidation

/// Logos (issue 26, item 2): a path inside the catalog, an SVG or PNG by its bytes, at most 256 KiB,
/// an SVG without scripts or external references.
@Suite("Logos: paths, types, SVG safety")
struct LogoCheckTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 40, 0, 0, 0, 20, 8, 2, 0, 0, 0]

    @Test func pathsStayInsideTheCatalog() {
        #expect(LogoCheck.pathProblem("logos/argo-cd.svg") == nil)
        #expect(LogoCheck.pathProblem("teams/Platform_1.PNG") == nil)
        for bad in [
            "", "/etc/logo.svg", "~/logo.svg", "../logo.svg", "logos/../../x.svg", "https://x/y.svg", "data:image/png;base64,AA", "logos//a.svg",
            "logos/.hidden.svg", "logos/a b.svg", "logos/a.gif", "logos/a.svg.txt"
        ] {
            #expect(LogoCheck.pathProblem(bad) != nil, "\(bad)")
        }
    }

    @Test func typeByMagicBytes() {
        #expect(LogoCheck.format(of: Self.png) == .png)
        #expect(LogoCheck.pngSize(Self.png)! == (40, 20))
        #expect(LogoCheck.format(of: Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)) == .svg)
        let prolog = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg/>"
        #expect(LogoCheck.format(of: Array(prolog.utf8)) == .svg)
        #expect(LogoCheck.format(of: Array("GIF89a".utf8)) == nil)
        #expect(LogoCheck.format(of: Array("<html><svg/></html>".utf8)) == nil)
        #expect(LogoCheck.format(of: [0xFF, 0xD8, 0xFF]) == nil)
    }

    @Test(arguments: [
        ("<svg><script>alert(1)</script></svg>", true, false),
        ("<svg onload=\"alert(1)\"/>", true, false),
        ("<svg><rect\nONCLICK = 'x()'/></svg>", true, false),
        ("<svg><a href=\"javascript:alert(1)\"><rect/></a></svg>", true, true),
        ("<svg><foreignObject><div/></foreignObject></svg>", true, false),
        ("<svg><image href=\"https://example.com/a.png\"/></svg>", false, true),
        ("<svg><use xlink:href='other.svg#a'/></svg>", false, true),
        ("<svg><rect style=\"fill: url(https://e.com/p.svg#x)\"/></svg>", false, true),
        ("<svg><style>@import 'x.css';</style></svg>", false, true),
        ("<svg><rect fill=\"url(#g)\"/><use href=\"#a\"/><image href=\"data:image/png;base64,AAAA\"/></svg>", false, false),
        ("<svg><rect opacity=\"0.5\" offset=\"1\"/><text>on=\"not in a tag\"</text></svg>", false, false)
    ])
    func svgScriptsAndReferences(_ svg: String, script: Bool, external: Bool) {
        let (scripts, references) = LogoCheck.svgProblems(Array(svg.utf8))
        #expect(scripts.isEmpty == !script, "\(svg): \(scripts)")
        #expect(references.isEmpty == !external, "\(svg): \(references)")
    }

    @Test func eachFileIsReadOnceAndEveryUseIsReported() {
        let at = SourceLocation(path: "catalog/tools/a.yaml", span: .fileStart)
        let references = [
            LogoReference(path: "logos/ok.svg", location: at), LogoReference(path: "logos/ok.svg", location: at),
            LogoReference(path: "logos/wrong.svg", location: at), LogoReference(path: "logos/big.png", location: at),
            LogoReference(path: "logos/gone.png", location: at), LogoReference(path: "logos/link.svg", location: at),
            LogoReference(path: "logos/bad.svg", location: at)
        ]
        var reads: [String] = []
        let (diagnostics, logos) = CatalogLogos.check(references) { path in
            reads.append(path)
            switch path {
            case "logos/ok.svg": return .bytes(Array("<svg/>".utf8))
            case "logos/wrong.svg": return .bytes(Self.png)
            case "logos/big.png": return .tooLarge(300_000)
            case "logos/link.svg": return .outside
            case "logos/bad.svg": return .bytes(Array("<svg onload='x()'><image href='http://e.com/x.png'/></svg>".utf8))
            default: return .missing
            }
        }
        #expect(reads.count == 6)
        #expect(Array(logos.keys) == ["logos/ok.svg"])
        #expect(
            diagnostics.map(\.message) == [
                "the logo 'logos/wrong.svg' is named .svg but its bytes are a PNG picture",
                "the logo 'logos/big.png' has 300000 bytes, more than the 256 KiB a logo may have",
                "the logo 'logos/gone.png' does not exist",
                "the logo 'logos/link.svg' leads outside the catalog directory (through a symbolic link)",
                "the SVG logo 'logos/bad.svg' holds an event attribute (onload=), which could run in a page that shows it",
                "the SVG logo 'logos/bad.svg' refers to 'http://e.com/x.png' outside itself, which a site would fetch or break on"
            ])
        #expect(Set(diagnostics.map(\.code)) == ["invalid-logo", "logo-script", "logo-external-reference"])
    }
}
