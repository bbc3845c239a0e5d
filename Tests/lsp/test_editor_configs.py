"""The README's Helix set-up and the VS Code extension in editors/vscode, checked as far as this machine
allows: neither Helix nor VS Code can be installed here (Debian 12 packages neither, and no other
registry is reached), so the configuration is read as each editor reads it and the server it names is
started and initialized. Neovim, which is installed, is driven for real in test_neovim.py.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/lsp -q -k editor
"""
import json
import re
import shutil
import subprocess
import tomllib

import pytest

from conftest import BINARY, REPO
from test_protocol import RawServer


def readme_block(language, after):
    """The first fenced block of `language` after the line that starts with `after` in the README."""
    text = (REPO / "README.md").read_text()
    start = text.index(after)
    match = re.compile(r"^```" + language + r"\n(.*?)^```$", re.M | re.S).search(text, start)
    return match.group(1)


def starts_and_answers(command, workspace):
    """The command, with stackcat as the binary under test, starts a server that answers initialize."""
    assert command[:2] == ["stackcat", "lsp"]
    server = RawServer(workspace, *command[2:])
    try:
        server.initialize(workspace)
        server.request(2, "shutdown")
        assert server.response(2)["result"] is None
    finally:
        server.close()


def test_the_helix_languages_toml_names_stackcat_lsp_for_yaml(workspace):
    # Keys as the Helix book's languages.md (23.10 and later) documents them.
    config = tomllib.loads(readme_block("toml", "**Helix**"))
    server = config["language-server"]["stackcat"]
    assert server == {"command": "stackcat", "args": ["lsp"]}
    yaml = next(language for language in config["language"] if language["name"] == "yaml")
    assert yaml["language-servers"][0] == "stackcat"
    starts_and_answers([server["command"], *server["args"]], workspace)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_vscode_extension_starts_stackcat_lsp_for_yaml_files(workspace, tmp_path):
    folder = REPO / "editors" / "vscode"
    manifest = json.loads((folder / "package.json").read_text())
    assert manifest["main"] == "./extension.js"
    assert "vscode-languageclient" in manifest["dependencies"]
    # extension.js run by node with stand-ins for VS Code's API and the language client, which record
    # the server the extension would start.
    stubs = tmp_path / "node_modules"
    (stubs / "vscode").mkdir(parents=True)
    (stubs / "vscode" / "index.js").write_text(
        "module.exports = { workspace: {"
        " getConfiguration: () => ({ get: (key) => ({ path: 'stackcat', catalog: 'catalog' })[key] }),"
        " createFileSystemWatcher: (glob) => ({ glob }) } };\n")
    (stubs / "vscode-languageclient").mkdir()
    (stubs / "vscode-languageclient" / "node.js").write_text(
        "class LanguageClient { constructor(id, name, server, options) { Object.assign(this, { id, server, options }); }"
        " start() { console.log(JSON.stringify({ server: this.server.run, selector: this.options.documentSelector,"
        " watch: this.options.synchronize.fileEvents.glob })); return Promise.resolve(); } stop() {} }\n"
        "module.exports = { LanguageClient };\n")
    shutil.copy(folder / "extension.js", tmp_path / "extension.js")
    run = subprocess.run(["node", "-e", "require('./extension.js').activate({ subscriptions: [] })"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    started = json.loads(run.stdout)
    assert started["selector"] == [{"scheme": "file", "language": "yaml"}]
    assert started["watch"] == "**/*.{yaml,yml}"
    assert started["server"] == {"command": "stackcat", "args": ["lsp", "--catalog", "catalog"]}
    starts_and_answers([started["server"]["command"], *started["server"]["args"]], workspace)
