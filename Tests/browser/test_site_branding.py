"""Logos and branding in the browser (issue 26, items 2 and 5): every <img> logo loads (naturalWidth > 0),
the title, header logo, canonical link and footer come from catalog.yaml's site:, and no page logs a
console error or reaches the network. On the company catalog fixture (teams and in-house tools with
logos), on the built-in catalog with a site: section added, and on the imported CNCF landscape with
logos copied by `import landscape --logos`.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/browser/test_site_branding.py -q
STACKCAT_SCREENSHOTS=DIR keeps a screenshot of the company catalog's team page (company-team.png).
"""
import os
import pathlib
import re
import shutil

import pytest

from test_site import REPO, Visit, make_site, stackcat

COMPANY = REPO / "Tests" / "Fixtures" / "company-catalog"
LANDSCAPE = REPO / "Tests" / "Fixtures" / "data" / "cncf-landscape" / "landscape.yml"
SCREENSHOTS = os.environ.get("STACKCAT_SCREENSHOTS")
DESKTOP = {"width": 1280, "height": 900}
TITLE = "Acme Shop engineering catalog"
BASE = "https://catalog.acme-shop.example/"


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    return make_site(tmp_path_factory.mktemp("company"), COMPANY)


@pytest.fixture(scope="module")
def branded_builtin(tmp_path_factory):
    """The built-in catalog with a site: section and a header logo of its own."""
    directory = tmp_path_factory.mktemp("branded")
    catalog = directory / "catalog"
    shutil.copytree(REPO / "catalog", catalog)
    (catalog / "logos").mkdir()
    (catalog / "logos" / "catalog.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b7285"/>'
        '<path d="M8 22 L16 8 L24 22 Z" fill="#fff"/></svg>\n')
    (catalog / "catalog.yaml").write_text(
        "site:\n  title: Cloud-native reference catalog\n  logo: logos/catalog.svg\n"
        "  base-url: https://stackcat.example/catalog\n  footer: \"Facts from public sources; <not> HTML & escaped.\"\n")
    return make_site(directory, catalog)


@pytest.fixture(scope="module")
def landscape_with_logos(tmp_path_factory):
    """The CNCF landscape imported with --logos. The carried data has no hosted_logos/ directory, so
    the test makes one: a plain badge for the first 40 items' logo names (not the projects' logos)."""
    directory = tmp_path_factory.mktemp("landscape-logos")
    logos = directory / "hosted_logos"
    logos.mkdir()
    names = re.findall(r"^\s+logo: (?:\./)?([A-Za-z0-9._-]+\.svg)\s*$", LANDSCAPE.read_text(), re.M)
    for name in sorted(set(names))[:40]:
        (logos / name).write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#5c7cfa"/></svg>\n')
    stackcat("import", "landscape", str(LANDSCAPE), "--logos", str(logos), "--out", "catalog", cwd=directory)
    return make_site(directory, directory / "catalog")


@pytest.fixture
def visit(browser):
    visits = []

    def make(**options):
        v = Visit(browser, **options)
        visits.append(v)
        return v

    yield make
    for v in visits:
        v.close()  # no request left the folder, no console error


def logos(page):
    """Every <img> of the page: its src, whether it finished loading and its natural width."""
    page.wait_for_load_state("load")
    return page.eval_on_selector_all("img", "imgs => imgs.map(i => [i.getAttribute('src'), i.complete, i.naturalWidth])")


def loaded(page):
    shown = logos(page)
    assert shown, "no logo on the page"
    assert all(width > 0 for _, _, width in shown), shown
    return [src for src, _, _ in shown]


@pytest.mark.parametrize("path", ["index.html", "teams/team-checkout.html", "tools/payments-gateway-in-house.html", "stacks/shop.html"])
def test_company_pages_carry_the_branding_and_their_logos(company, visit, path):
    page = visit(viewport=DESKTOP).open(company, path)
    assert page.title().endswith(" · " + TITLE)
    assert page.inner_text(".brand").strip() == TITLE
    assert page.get_attribute("link[rel=canonical]", "href") == BASE + path
    assert page.get_attribute("meta[property='og:url']", "content") == BASE + path
    assert page.inner_text(".site-footer-text") == "Kept by the platform team. Questions go to #platform on chat."
    sources = loaded(page)
    assert any(src.endswith("logos/logos~acme.svg") for src in sources)
    assert page.locator("main svg image").count() == 0  # logos are <img>, never inlined


def test_company_tiles_and_team_page_show_logos(company, visit):
    v = visit(viewport=DESKTOP)
    page = v.open(company, "index.html")
    tiles = page.eval_on_selector_all(".tile", "ts => ts.map(t => [t.querySelector('.tile-name').textContent, !!t.querySelector('img.logo'), !!t.querySelector('.initials')])")
    by_name = {name: (logo, initials) for name, logo, initials in tiles}
    assert by_name["Checkout API"] == (True, False)
    assert by_name["Payments gateway (in-house)"] == (True, False)  # a PNG logo
    assert by_name["Kubernetes"] == (False, True)  # no logo: initials
    loaded(page)
    page = v.open(company, "teams/team-payments.html")
    assert any(src.endswith("logos/logos~payments.png.svg") for src in loaded(page))
    page = v.open(company, "teams/team-checkout.html")
    assert page.get_attribute(".page-title img.page-logo", "alt") == "Checkout team logo"
    assert page.inner_text("h1") == "Checkout team"
    loaded(page)
    if SCREENSHOTS:
        pathlib.Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SCREENSHOTS}/company-team.png")


def test_builtin_catalog_branded_from_catalog_yaml(branded_builtin, visit):
    v = visit(viewport=DESKTOP)
    for path in ["index.html", "tools/spinnaker.html", "stacks/mercari-2018.html"]:
        page = v.open(branded_builtin, path)
        assert page.title().endswith(" · Cloud-native reference catalog")
        assert page.get_attribute("link[rel=canonical]", "href") == "https://stackcat.example/catalog/" + path
        assert page.inner_text(".site-footer-text") == "Facts from public sources; <not> HTML & escaped."
        assert any(src.endswith("logos/logos~catalog.svg") for src in loaded(page))


def test_landscape_logos_load_at_scale(landscape_with_logos, visit):
    v = visit(viewport=DESKTOP)
    page = v.open(landscape_with_logos, "index.html")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("load")
    shown = page.eval_on_selector_all("img.logo", "imgs => imgs.map(i => i.getAttribute('src'))")
    assert len(shown) >= 10
    # Lazy images load when scrolled to: bring each into view, then every one has loaded.
    widths = page.eval_on_selector_all(
        "img.logo", "async imgs => { for (const i of imgs) { i.loading = 'eager'; if (!i.complete) await new Promise(r => { i.onload = i.onerror = r; }); } return imgs.map(i => i.naturalWidth); }")
    assert all(w > 0 for w in widths), widths
    # A tool page of one of them shows it too.
    href = page.eval_on_selector(".tile:has(img.logo) a", "a => a.getAttribute('href')")
    page = v.open(landscape_with_logos, href)
    assert page.locator(".page-title img.page-logo").count() == 1
    loaded(page)
