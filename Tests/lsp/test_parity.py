"""Parity of `stackcat lsp` with `stackcat validate`: for every file of the built-in catalog, with an
error of several kinds put in, the diagnostics the server publishes for the unsaved buffer (range start,
code, severity, message, related notes, and the link to the rule's section) are those that
`validate --format json` reports for the same bytes on disk, in every file of the catalog.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/lsp -q -k parity
"""
import json
import re
import subprocess

import pytest

from conftest import BINARY, REPO, RULES_PAGE
from test_protocol import RawServer

RULE_HEADINGS = set(re.findall(r"^### (\S+)$", (REPO / "docs" / "rules.md").read_text(), re.M))


def broken_versions(relative, text):
    """(kind, text) pairs: the file with one kind of error put in."""
    lines = text.splitlines(keepends=True)
    versions = [("yaml-syntax", text + "broken: [unclosed\n")]
    if relative.startswith("tools/"):
        versions.append(("unknown-key", text + "favourite-colour: blue\n"))
        versions.append(("unknown-reference", re.sub(r"^category: (\S+)$", r"category: \1x", text, count=1, flags=re.M)))
        versions.append(("control-character", text.replace("\nname: ", "\nname: \u202e", 1)))
        versions.append(("duplicate-key", text + next(line for line in lines if line.startswith("summary:"))))
    elif relative.startswith("stacks/"):
        versions.append(("unknown-key", text + "favourite-colour: blue\n"))
        versions.append(("unknown-reference", re.sub(r"- tool: (\S+)$", r"- tool: \1x", text, count=1, flags=re.M)))
        versions.append(("invalid-value", re.sub(r"ring: (adopt|trial|assess|hold)$", r"ring: \1d", text, count=1, flags=re.M)))
    else:
        first = re.search(r"^- id: (\S+)$", text, re.M).group(1)
        versions.append(("duplicate-id", text + f"- id: {first}\n  name: Twice\n"))
        versions.append(("invalid-id", text + "- id: Not_An_Id\n  name: Bad\n"))
        versions.append(("unknown-key", text + "  favourite-colour: blue\n"))
    return [(kind, version) for kind, version in versions if version != text]


def byte_offset(text, line, character):
    """The byte offset of an LSP position (UTF-16 code units, the default encoding) in the text."""
    lines = text.encode().split(b"\n")
    start = sum(len(l) + 1 for l in lines[:line])
    prefix = lines[line].decode().encode("utf-16-le")[:2 * character].decode("utf-16-le")
    return start + len(prefix.encode())


def expected_from_validate(catalog):
    """validate's diagnostics as the server shows them: by file URI, (start offset, code, severity,
    message with the notes that have no place of their own, related notes)."""
    run = subprocess.run([BINARY, "validate", "--catalog", str(catalog), "--format", "json"], capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    by_file = {}
    for d in json.loads(run.stdout):
        if d["file"] is None:
            continue
        message = d["message"]
        related = []
        for note in d["notes"]:
            if note["file"] is None or (note["file"] == d["file"] and note["range"] == d["range"]):
                message += "\n" + note["message"]
            else:
                related.append(((catalog.parent / note["file"]).as_uri() if not note["file"].startswith("/") else
                                f"file://{note['file']}", note["range"]["start"]["offset"], note["message"]))
        uri = f"file://{d['file']}" if d["file"].startswith("/") else (catalog.parent / d["file"]).as_uri()
        by_file.setdefault(uri, []).append(
            (d["range"]["start"]["offset"], d["code"], 1 if d["severity"] == "error" else 2, message, sorted(related)))
    return {uri: sorted(items) for uri, items in by_file.items()}


class Client:
    """A raw JSON-RPC client that keeps the last diagnostics published for each file."""

    def __init__(self, workspace):
        self.server = RawServer(workspace)
        self.published = {}
        self.next_id = 100
        self.server.initialize(workspace)
        self.sync()

    def sync(self):
        """Waits until the server has published everything it will for what was sent: the response to a
        second request comes after the diagnostics of the read that held the first."""
        for _ in range(2):
            self.next_id += 1
            self.server.request(self.next_id, "workspace/symbol", {"query": "zzz-sync"})
            while True:
                message = self.server.messages.get(timeout=60)
                if message.get("method") == "textDocument/publishDiagnostics":
                    self.published[message["params"]["uri"]] = message["params"]["diagnostics"]
                elif message.get("id") == self.next_id:
                    break

    def notify(self, method, params):
        self.server.send({"jsonrpc": "2.0", "method": method, "params": params})

    def state(self, texts):
        """The published diagnostics in validate's terms, by URI (files with none left out)."""
        state = {}
        for uri, diagnostics in self.published.items():
            if not diagnostics:
                continue
            items = []
            for d in diagnostics:
                assert d["codeDescription"]["href"] == RULES_PAGE + "#" + d["code"]
                assert d["code"] in RULE_HEADINGS, f"docs/rules.md has no section for {d['code']}"
                start = d["range"]["start"]
                related = sorted((r["location"]["uri"],
                                  byte_offset(texts(r["location"]["uri"]), r["location"]["range"]["start"]["line"],
                                              r["location"]["range"]["start"]["character"]), r["message"])
                                 for r in d.get("relatedInformation", []))
                items.append((byte_offset(texts(uri), start["line"], start["character"]), d["code"], d["severity"], d["message"], related))
            state[uri] = sorted(items)
        return state


def check_every_file(workspace, catalog):
    client = Client(workspace)
    try:
        files = sorted(p for p in catalog.rglob("*.yaml") if p.is_file())
        assert len(files) > 50
        kinds = set()
        compared = 0
        for path in files:
            relative = path.relative_to(catalog).as_posix()
            original = path.read_text()
            uri = path.as_uri()
            for version, (kind, text) in enumerate(broken_versions(relative, original), start=2):
                path.write_text(text)
                if version == 2:
                    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
                else:
                    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})
                client.sync()
                expected = expected_from_validate(catalog)
                assert expected.get(uri), f"{relative} with {kind}: validate found nothing"
                codes = {item[1] for item in expected[uri]}
                kinds |= codes
                texts = lambda u: text if u == uri else (catalog.parent / u[len(workspace.as_uri()) + 1:]).read_text()
                assert client.state(texts) == expected, f"{relative} with {kind}"
                compared += 1
            path.write_text(original)
            client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
            client.sync()
            assert client.state(lambda u: (catalog.parent / u[len(workspace.as_uri()) + 1:]).read_text()) == expected_from_validate(catalog)
        assert compared >= 3 * len(files)
        assert {"yaml-syntax", "unknown-key", "unknown-reference", "duplicate-id", "control-character"} <= kinds
    finally:
        client.server.close()


def test_every_file_of_the_built_in_catalog_with_errors_put_in_matches_validate(workspace):
    check_every_file(workspace, workspace / "catalog")


def test_a_fragment_directory_included_by_catalog_yaml_is_checked_as_validate_checks_it(workspace):
    # The built-in catalog's stacks move to a fragment directory of the repository that holds it.
    (workspace / ".git").mkdir()
    fragment = workspace / "services" / "platform" / "stackcat"
    (fragment / "stacks").mkdir(parents=True)
    for stack in (workspace / "catalog" / "stacks").iterdir():
        stack.rename(fragment / "stacks" / stack.name)
    (workspace / "catalog" / "stacks").rmdir()
    (workspace / "catalog" / "catalog.yaml").write_text("include:\n  - services/*/stackcat/\n")
    client = Client(workspace)
    try:
        path = fragment / "stacks" / "mercari-2018.yaml"
        text = path.read_text().replace("- tool: spinnaker\n", "- tool: spinnakerx\n", 1)
        path.write_text(text)
        expected = expected_from_validate(workspace / "catalog")
        assert path.as_uri() in expected
        client.notify("textDocument/didOpen", {"textDocument": {"uri": path.as_uri(), "languageId": "yaml", "version": 1, "text": text}})
        client.sync()
        assert client.state(lambda u: (workspace / u[len(workspace.as_uri()) + 1:]).read_text()) == expected
    finally:
        client.server.close()
