"""The site's Changes page (`site --since REV --history N`) in Chromium, on a git repository made here:
the fixture catalog committed, then on a branch a tool renamed with `git mv`, a tool added and a ring
moved, on main a role added, and main merged into the branch.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/browser -q
"""
import os
import pathlib
import shutil
import subprocess
from urllib.parse import unquote, urlparse

import pytest

from test_site import BINARY, FIXTURE, DESKTOP, PHONE, assert_layout, visit  # noqa: F401 (visit is a fixture)

GIT_ENV = {
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
}
CLOCK = [0]


def git(root, *args):
    # Each command an hour after the last, so that the history's order is its dates'.
    CLOCK[0] += 1
    date = f"2026-12-01T{CLOCK[0]:02d}:00:00Z"
    env = {**os.environ, **GIT_ENV, "HOME": str(root), "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    return subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True).stdout.strip()


def edit(path, old, new):
    text = path.read_text()
    assert old in text, f"{path}: {old!r}"
    path.write_text(text.replace(old, new))


@pytest.fixture(scope="session")
def history(tmp_path_factory):
    """The repository, its first commit, and the site made from it."""
    root = tmp_path_factory.mktemp("history")
    shutil.copytree(FIXTURE, root / "catalog")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Add the catalog")
    first = git(root, "rev-parse", "HEAD")
    git(root, "checkout", "-q", "-b", "feature")
    git(root, "mv", "catalog/tools/spinnaker.yaml", "catalog/tools/spinnaker-cd.yaml")
    for name in ["tools/old-tool.yaml", "stacks/demo.yaml", "stacks/later.yaml"]:
        path = root / "catalog" / name
        text = path.read_text()
        for key in ["target", "tool", "from", "to"]:
            text = text.replace(f"{key}: spinnaker\n", f"{key}: spinnaker-cd\n")
        path.write_text(text)
    (root / "catalog/tools/argo.yaml").write_text(
        "name: Argo CD\ncategory: cd\nsummary: Declarative GitOps continuous delivery for Kubernetes.\n"
        "homepage: https://argoproj.github.io/cd/\nlicense: Apache-2.0\nhosting: self-hosted\nlifecycle: active\n"
        "roles: [continuous-delivery]\nsources: [https://argoproj.github.io/cd/]\n")
    edit(root / "catalog/stacks/demo.yaml", "  - tool: hostile\n    ring: assess\n", "  - tool: hostile\n    ring: trial\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Rename Spinnaker <img src=x onerror=alert(1)>, add Argo CD")
    git(root, "checkout", "-q", "main")
    edit(root / "catalog/roles.yaml", "- id: canary-release", "- id: gitops\n  name: GitOps\n- id: canary-release")
    git(root, "commit", "-q", "-am", "A role on main")
    git(root, "checkout", "-q", "feature")
    git(root, "merge", "-q", "--no-edit", "main")
    subprocess.run([BINARY, "site", "--out", "site", "--since", first, "--history", "10"], cwd=root, check=True,
                   capture_output=True, env={k: v for k, v in os.environ.items() if k != "STACKCAT_CATALOG"})
    return root / "site"


def local_targets(page):
    """The files that the page's links point to, without their fragments."""
    hrefs = page.eval_on_selector_all("main a[href]", "links => links.map(a => a.href)")
    return sorted({unquote(urlparse(h).path) for h in hrefs if h.startswith("file://")})


def test_changes_page_renders_and_links_resolve(history, visit):
    page = visit(viewport=DESKTOP).open(history, "changes.html")
    assert page.title() == "Changes · stackcat catalog"
    assert page.locator("h2#since").inner_text().startswith("Since ")
    since = page.locator("section[aria-labelledby=since]")
    assert "renamed spinnaker → Spinnaker spinnaker-cd" in " ".join(since.inner_text().split())
    assert since.locator("a", has_text="Argo CD").count() >= 1
    targets = local_targets(page)
    assert targets, "the page links to the catalog's pages"
    missing = [t for t in targets if not pathlib.Path(t).is_file()]
    assert missing == []
    # Following a link lands on the page of the renamed tool.
    since.locator("a[href='tools/spinnaker-cd.html']").first.click()
    assert page.locator("h1").inner_text() == "Spinnaker"
    assert page.url.endswith("tools/spinnaker-cd.html")
    # Every page's navigation leads back to the Changes page.
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Changes").click()
    assert page.url.endswith("/changes.html")


def test_timeline_shows_each_revision_with_what_it_changed(history, visit):
    page = visit(viewport=DESKTOP).open(history, "changes.html")
    items = page.locator("ol.timeline > li")
    assert items.count() == 4  # the merge, main's role, the feature, the first commit
    subjects = [s.strip() for s in page.locator("ol.timeline .subject").all_inner_texts()]
    assert subjects == ["Merge branch 'main' into feature", "A role on main",
                        "Rename Spinnaker <img src=x onerror=alert(1)>, add Argo CD", "Add the catalog"]
    assert page.locator("ol.timeline img").count() == 0, "a commit subject is text, never markup"
    assert [d.strip() for d in page.locator("ol.timeline time").all_inner_texts()] == ["2026-12-01"] * 4
    details = items.nth(2).locator("details")
    assert not details.locator("table").first.is_visible()
    details.locator("summary").click()
    assert details.locator("table").first.is_visible()
    assert "moved in" in details.inner_text()
    assert "tools: 4 added" in items.nth(3).locator("summary").inner_text()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_changes_page_layout(history, visit, viewport):
    page = visit(viewport=viewport).open(history, "changes.html")
    for summary in page.locator("ol.timeline summary").all():
        summary.click()
    assert_layout(page, viewport, f"changes-{'desktop' if viewport is DESKTOP else 'phone'}")
