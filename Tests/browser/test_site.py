"""Drives the site that `stackcat site --out` makes through the system Chromium with Playwright.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/browser -q
(CHROMIUM overrides /usr/bin/chromium; no browser is downloaded.) Sites are made from the fixture
catalogs (Tests/Fixtures/catalog, and inhouse-catalog with teams) and from the catalog built into the binary.
"""
import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURE = REPO / "Tests" / "Fixtures" / "catalog"
INHOUSE = REPO / "Tests" / "Fixtures" / "inhouse-catalog"  # teams, in-house tools, review dates
BINARY = os.environ.get("STACKCAT_BIN", str(REPO / ".build" / "debug" / "stackcat"))
SCREENSHOTS = os.environ.get("STACKCAT_SCREENSHOTS")  # a directory to keep the screenshots in

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def stackcat(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k != "STACKCAT_CATALOG"}
    return subprocess.run([BINARY, *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)


def make_site(directory, catalog=None):
    """Writes the site of `catalog` (None: the built-in one) into directory/site; returns its path."""
    args = ["site", "--out", "site"] + (["--catalog", str(catalog)] if catalog else [])
    stackcat(*args, cwd=directory)
    return directory / "site"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    return make_site(tmp_path_factory.mktemp("fixture"), FIXTURE)


@pytest.fixture(scope="session")
def inhouse_site(tmp_path_factory):
    return make_site(tmp_path_factory.mktemp("inhouse"), INHOUSE)


@pytest.fixture(scope="session")
def builtin_site(tmp_path_factory):
    return make_site(tmp_path_factory.mktemp("builtin"))


@pytest.fixture(scope="session")
def builtin_tool_count(tmp_path_factory):
    ids = stackcat("list", "--format", "ids", cwd=tmp_path_factory.mktemp("ids")).stdout.split()
    return len(ids)


class Visit:
    """A browser context that fails on any request outside file:// and records console errors."""

    def __init__(self, browser, **options):
        self.context = browser.new_context(**options)
        self.outside = []
        self.errors = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, site, path="index.html"):
        self.page.goto((site / path).as_uri())
        return self.page

    def close(self):
        self.context.close()
        assert self.outside == [], f"requests left the site's folder: {self.outside}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture
def visit(browser):
    visits = []

    def make(**options):
        v = Visit(browser, **options)
        visits.append(v)
        return v

    yield make
    for v in visits:
        v.close()


def visible_ids(page):
    """The tools the index shows: the search results' (ranked), or with no search the groups' tiles."""
    if page.locator("#results").is_visible() or page.locator("#groups").is_hidden():
        return page.eval_on_selector_all("#results > li[data-kind='tool'] > a", "as => as.map(a => a.getAttribute('href'))")
    return page.eval_on_selector_all("#groups .tile > a", "as => as.map(a => a.getAttribute('href'))")


def search(page, text):
    page.fill("#q", "")
    page.type("#q", text)  # key by key, as a person types


def test_search_filters_as_you_type(fixture_site, visit):
    page = visit().open(fixture_site)
    assert len(visible_ids(page)) == 4
    search(page, "spin")  # Spinnaker, then the tool whose summary names it (ranked as `stackcat search`)
    assert visible_ids(page) == ["tools/spinnaker.html", "tools/old-tool.html"]
    search(page, "spin platform")  # every word must match
    assert visible_ids(page) == ["tools/spinnaker.html"]
    search(page, "K8S")  # an alias, in another case
    assert visible_ids(page) == ["tools/kubernetes.html"]
    search(page, "Ōld TŌÖL")  # accents fold as in `stackcat search`
    assert visible_ids(page) == ["tools/old-tool.html"]
    search(page, "ｓｐｉｎ ｐｌａｔｆｏｒｍ")  # full-width forms too
    assert visible_ids(page) == ["tools/spinnaker.html"]
    search(page, "hostile alias")
    assert visible_ids(page) == ["tools/hostile.html"]
    search(page, "日本語")
    assert sorted(visible_ids(page)) == ["tools/hostile.html", "tools/old-tool.html"]
    search(page, "no such tool")
    assert visible_ids(page) == []
    assert "none matches" in page.inner_text("#count")


def test_search_on_the_builtin_catalog(builtin_site, visit):
    page = visit().open(builtin_site)
    search(page, "VÉLERO")  # Velero, and Heptio Ark that became it
    assert visible_ids(page) == ["tools/velero.html", "tools/heptio-ark.html"]
    search(page, "hêptio ark backup")  # "backup" is in Heptio Ark's text only, as `stackcat search` finds
    assert visible_ids(page) == ["tools/heptio-ark.html"]
    search(page, "kübe")  # Kubernetes' alias, and every tool that names it
    assert "tools/kubernetes.html" in visible_ids(page)


def test_filters_combine(fixture_site, visit):
    page = visit().open(fixture_site)
    page.select_option("#f-category", "delivery")  # a parent category: its sub-categories' tools too
    assert sorted(visible_ids(page)) == ["tools/old-tool.html", "tools/spinnaker.html"]
    page.select_option("#f-lifecycle", "superseded")
    assert visible_ids(page) == ["tools/old-tool.html"]
    page.select_option("#f-lifecycle", "")
    page.select_option("#f-stack", "later")
    assert visible_ids(page) == ["tools/spinnaker.html"]
    page.select_option("#f-role", "canary-release")
    search(page, "spin")
    assert visible_ids(page) == ["tools/spinnaker.html"]
    page.select_option("#f-category", "runtime")
    assert visible_ids(page) == []
    assert page.inner_text("#count") == "0 of 4 tools: none matches"


def test_role_links_open_the_index_filtered(fixture_site, visit):
    page = visit().open(fixture_site, "tools/spinnaker.html")
    page.get_by_role("link", name="Canary | release *bold* _em_").click()
    page.wait_for_url("**/index.html#role=canary-release")
    assert page.input_value("#f-role") == "canary-release"
    assert sorted(visible_ids(page)) == ["tools/hostile.html", "tools/spinnaker.html"]


def test_links_reach_the_right_pages(fixture_site, visit):
    page = visit().open(fixture_site)
    page.click("#groups a[href='tools/spinnaker.html']")
    assert page.url.endswith("/tools/spinnaker.html")
    assert page.inner_text("h1") == "Spinnaker"
    page.click(".facts a[href='../categories/cd.html']")
    assert page.url.endswith("/categories/cd.html")
    assert page.inner_text("h1") == "Continuous delivery"
    page.click("a[href='../stacks/later.html']")
    assert page.url.endswith("/stacks/later.html")
    assert page.inner_text("h1") == "Later stack"
    page.click("#relations ~ .table-wrap a[href='../relations/deploys-to.html']")
    assert page.url.endswith("/relations/deploys-to.html")
    assert page.inner_text("h1") == "deploys to"
    page.click("a[href='../tools/kubernetes.html']")
    assert page.inner_text("h1") == "Kubernetes"
    page.click(".brand")
    assert page.url.endswith("/index.html")


@pytest.mark.parametrize("which", ["fixture", "inhouse", "builtin"])
def test_every_page_loads_without_errors_or_network(which, fixture_site, inhouse_site, builtin_site, visit):
    site = {"fixture": fixture_site, "inhouse": inhouse_site, "builtin": builtin_site}[which]
    v = visit()
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))
    assert "index.html" in pages and any(p.startswith("stacks/") for p in pages)
    for path in pages:
        page = v.open(site, path)
        # Every relative link points at a file of the site.
        # Graphviz's nodes link with xlink:href; they point at pages of the site too.
        links = page.eval_on_selector_all(
            "a[href], svg a", "as => as.map(a => a.getAttribute('href') || a.getAttribute('xlink:href')).filter(h => h)")
        for href in links:
            if href.startswith(("http://", "https://", "mailto:", "#")):
                continue
            target = (site / path).parent / href.split("#")[0]
            assert target.resolve().is_file(), f"{path}: broken link {href}"
    # Links are relative: no page names the folder it was written to.
    for path in pages:
        assert str(site) not in (site / path).read_text()


def test_team_page_reachable_from_a_tool_page(inhouse_site, visit):
    page = visit().open(inhouse_site, "tools/checkout-api.html")
    page.click(".facts a[href='../teams/team-checkout.html']")
    assert page.url.endswith("/teams/team-checkout.html")
    assert page.inner_text("h1") == "Checkout team"
    assert page.get_attribute(".facts a[href^='mailto:']", "href") == "mailto:checkout@example.com"
    tools = page.eval_on_selector_all(".cards .card-title a", "as => as.map(a => a.getAttribute('href'))")
    assert tools == ["../tools/checkout-api.html", "../tools/order-events-stream-processor-for-the-fulfilment-warehouse-syncs.html"]
    assert "Legacy monolith (in-house, PHP)" in page.inner_text("#components ~ .table-wrap")
    page.click("#components ~ .table-wrap a[href='../stacks/shop.html']")
    assert page.inner_text("h1") == "Shop platform"
    # The stack's owner column leads back to a team page.
    page.click("main table a[href='../teams/team-platform.html'] >> nth=0")
    assert page.inner_text("h1") == "Platform team"
    page.click(".crumbs a[href='../index.html#teams']")
    assert page.url.endswith("/index.html#teams")


def test_owner_filter_combines_with_search(inhouse_site, visit):
    page = visit().open(inhouse_site)
    assert len(visible_ids(page)) == 5
    page.select_option("#f-owner", "team-checkout")
    assert visible_ids(page) == ["tools/checkout-api.html",
                                 "tools/order-events-stream-processor-for-the-fulfilment-warehouse-syncs.html"]
    search(page, "order")  # both say "order": the search alone keeps them
    assert len(visible_ids(page)) == 2
    search(page, "basket")
    assert visible_ids(page) == ["tools/checkout-api.html"]
    page.select_option("#f-owner", "team-payments")
    assert visible_ids(page) == []
    search(page, "")
    assert visible_ids(page) == ["tools/payments-gateway-in-house.html"]
    page.select_option("#f-lifecycle", "deprecated")  # and with the other filters
    assert visible_ids(page) == []
    page.select_option("#f-owner", "team-checkout")
    assert visible_ids(page) == ["tools/order-events-stream-processor-for-the-fulfilment-warehouse-syncs.html"]
    assert page.inner_text("#count") == "1 of 5 tools"


def test_owner_filter_from_the_address(inhouse_site, visit):
    page = visit().page
    page.goto((inhouse_site / "index.html").as_uri() + "#owner=team-platform")
    assert page.input_value("#f-owner") == "team-platform"
    assert visible_ids(page) == ["tools/kubernetes.html"]


def test_no_owner_filter_without_teams(fixture_site, visit):
    page = visit().open(fixture_site)
    assert page.locator("#f-owner").count() == 0
    search(page, "spin")  # the other filters work without it
    assert visible_ids(page) == ["tools/spinnaker.html", "tools/old-tool.html"]


def test_radar_on_a_stack_page_links_to_the_tool(inhouse_site, visit):
    page = visit().open(inhouse_site, "stacks/shop.html")
    radar = page.locator("figure.radar svg")
    assert radar.count() == 1
    assert radar.get_attribute("aria-labelledby") == "radar-title radar-desc"
    assert page.locator("figure.radar svg a").count() == 4  # the inline monolith has no page
    # The legend's names are text a screen reader reaches (the picture is a group, not an image).
    group = page.get_by_role("group", name="Tech radar: Shop platform, as of 2026-01-15", exact=False)
    assert group.count() == 1
    tree = group.aria_snapshot()
    assert "Legacy monolith (in-house, PHP)" in tree and "link" in tree
    page.click("figure.radar svg a[href='../tools/datadog.html']")
    page.wait_for_url("**/tools/datadog.html")
    assert page.inner_text("h1") == "Datadog"


def test_graph_nodes_open_their_pages(inhouse_site, visit):
    """A node of a drawing goes to that tool's page (or, in the overview, that category's)."""
    v = visit()
    page = v.open(inhouse_site, "tools/checkout-api.html")
    nodes = page.locator(".graph-svg svg g.node a")
    hrefs = nodes.evaluate_all("as => as.map(a => a.getAttribute('xlink:href'))")
    assert "../tools/checkout-api.html" in hrefs and len(hrefs) >= 2
    assert all(h.startswith("../tools/") for h in hrefs), hrefs
    other = next(h for h in hrefs if h != "../tools/checkout-api.html")
    page.locator(f".graph-svg svg g.node a[*|href='{other}']").first.click()
    page.wait_for_url("**/" + other.removeprefix("../"))
    page = v.open(inhouse_site)
    overview = page.locator("#graph ~ figure.graph .graph-svg svg g.node a")
    assert overview.count() >= 2
    assert all(h.startswith("categories/") for h in overview.evaluate_all("as => as.map(a => a.getAttribute('xlink:href'))"))


def test_radar_without_graphviz(tmp_path, browser):
    """No dot: the architecture is a list of edges, the radar is still drawn."""
    env = {k: v for k, v in os.environ.items() if k != "STACKCAT_CATALOG"}
    env["PATH"] = "/nonexistent"
    subprocess.run([BINARY, "site", "--out", "site", "--catalog", str(INHOUSE)], cwd=tmp_path, env=env,
                   capture_output=True, text=True, check=True)
    v = Visit(browser)
    page = v.open(tmp_path / "site", "stacks/shop.html")
    assert page.locator("figure.radar svg .blip").count() == 5
    assert page.locator("figure.graph:not(.radar) svg").count() == 0
    assert page.locator("figure.graph:not(.radar) table").count() == 1
    v.close()


def test_hostile_text_stays_text(fixture_site, visit):
    page = visit().open(fixture_site, "tools/hostile.html")
    assert page.inner_text("h1").startswith('Hostile "quoted" \\ <script>alert(1)</script>')
    assert page.locator("main script, main img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0


def test_keyboard_focus_is_visible_on_the_search_box(fixture_site, visit):
    page = visit().open(fixture_site)
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == "q":
            break
    else:
        pytest.fail("Tab never reached the search box")
    outline = page.eval_on_selector("#q", "e => { const s = getComputedStyle(e); return [s.outlineStyle, parseFloat(s.outlineWidth)]; }")
    assert outline[0] != "none" and outline[1] >= 2, outline
    assert page.get_by_label("Search").count() == 1


def test_without_javascript_every_tile_shows(builtin_site, builtin_tool_count, visit):
    page = visit(java_script_enabled=False).open(builtin_site)
    # A tool shows in each category it names, so some tiles repeat; every tool has one.
    hrefs = page.eval_on_selector_all("#groups .tile:visible > a", "as => as.map(a => a.getAttribute('href'))")
    assert len(set(hrefs)) == builtin_tool_count
    assert not page.locator("#filters").is_visible()


def boxes(page, selector):
    return [b for b in (e.bounding_box() for e in page.locator(selector).all()) if b and b["width"] > 0]


def overlapping(a, b):
    return (a["x"] + a["width"] > b["x"] + 0.5 and b["x"] + b["width"] > a["x"] + 0.5 and
            a["y"] + a["height"] > b["y"] + 0.5 and b["y"] + b["height"] > a["y"] + 0.5)


def assert_layout(page, viewport, name):
    """Structure, not pixels: one of each landmark, nothing wider than the screen, blocks apart."""
    if SCREENSHOTS:
        pathlib.Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SCREENSHOTS}/{name}.png", full_page=True)
    for landmark in ["header.site-header", "nav[aria-label='Site']", "main#main", "footer.site-footer"]:
        assert page.locator(landmark).count() == 1, f"{name}: {landmark}"
    assert page.locator("h1").count() == 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"], f"{name}: the page is {width}px wide on a {viewport['width']}px screen"
    heads = boxes(page, "main h1, main h2")
    for i, a in enumerate(heads):
        for b in heads[i + 1:]:
            assert not overlapping(a, b), f"{name}: headings overlap"


@pytest.mark.parametrize("viewport,label", [(DESKTOP, "desktop"), (PHONE, "phone")])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_index_structure(builtin_site, builtin_tool_count, visit, viewport, label, scheme):
    page = visit(viewport=viewport, color_scheme=scheme).open(builtin_site)
    assert_layout(page, viewport, f"index-{label}-{scheme}")
    cards = boxes(page, "#groups .tile")
    assert len(set(page.eval_on_selector_all("#groups .tile > a", "as => as.map(a => a.getAttribute('href'))")))  == builtin_tool_count
    for a, b in zip(cards, cards[1:]):
        assert not overlapping(a, b), "tiles overlap"
    assert all(c["x"] >= 0 and c["x"] + c["width"] <= viewport["width"] for c in cards)
    assert page.locator(".tree a").count() == page.locator("#f-category option").count() - 1
    assert page.locator("form[role='search'] label").count() == 5
    if label == "desktop":  # the category tree sits beside the cards
        tree = page.locator(".sidebar").bounding_box()
        assert tree["x"] > cards[0]["x"] + cards[0]["width"]


@pytest.mark.parametrize("viewport,label", [(DESKTOP, "desktop"), (PHONE, "phone")])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_stack_page_structure(builtin_site, visit, viewport, label, scheme):
    page = visit(viewport=viewport, color_scheme=scheme).open(builtin_site, "stacks/mercari-2018.html")
    assert_layout(page, viewport, f"stack-{label}-{scheme}")
    assert page.locator("figure.graph").count() == 2  # the radar and the architecture
    for figure in page.locator("figure.graph").all():
        assert figure.locator("svg, table").count() >= 1
        frame = figure.bounding_box()
        assert frame["x"] >= 0 and frame["x"] + frame["width"] <= viewport["width"]
    assert page.locator("figure.radar svg .blip").count() >= 10
    assert page.locator("main table").count() >= 2  # rings, flows or relations
    sections = boxes(page, "main article > section")
    for a, b in zip(sections, sections[1:]):
        assert not overlapping(a, b), "sections overlap"


@pytest.mark.parametrize("viewport,label", [(DESKTOP, "desktop"), (PHONE, "phone")])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_team_page_and_overview_structure(inhouse_site, visit, viewport, label, scheme):
    v = visit(viewport=viewport, color_scheme=scheme)
    page = v.open(inhouse_site)
    assert_layout(page, viewport, f"inhouse-index-{label}-{scheme}")
    overview = page.locator("#graph ~ figure.graph")
    assert overview.locator(".graph-svg > svg").count() == 1
    frame = overview.bounding_box()
    assert frame["x"] >= 0 and frame["x"] + frame["width"] <= viewport["width"]
    # The legend under the drawing: a decorative sample and a visible name per entry, inside the page.
    legend = overview.locator("ul.graph-legend[aria-label='Legend'] > li")
    assert legend.count() >= 2
    assert legend.locator("svg[aria-hidden='true']").count() == legend.count()
    assert legend.first.inner_text().strip() == "top-level category, with its number of tools"
    for item in boxes(page, "#graph ~ figure.graph ul.graph-legend > li"):
        assert item["x"] >= 0 and item["x"] + item["width"] <= viewport["width"]
    assert page.locator("form[role='search'] label").count() == 6  # with the owner filter
    page = v.open(inhouse_site, "stacks/shop.html")
    assert_layout(page, viewport, f"inhouse-stack-{label}-{scheme}")
    page = v.open(inhouse_site, "teams/team-checkout.html")
    assert_layout(page, viewport, f"inhouse-team-{label}-{scheme}")
    assert page.locator("main table").count() == 1
    cards = boxes(page, ".cards > .card")
    assert len(cards) == 2 and not overlapping(cards[0], cards[1])
