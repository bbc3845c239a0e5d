"""Shared set-up of the language server tests: the binary, and a copy of the built-in catalog."""
import os
import pathlib
import shutil

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("STACKCAT_BIN", str(REPO / ".build" / "debug" / "stackcat"))
# Where a diagnostic's codeDescription links, followed by '#' and the rule's id (docs/rules.md).
RULES_PAGE = "https://github.com/stackcat/stackcat/blob/main/docs/rules.md"


@pytest.fixture
def workspace(tmp_path):
    """A workspace folder holding a copy of the built-in catalog as catalog/, and a README beside it."""
    shutil.copytree(REPO / "catalog", tmp_path / "catalog")
    (tmp_path / "README.md").write_text("# Not a catalog file\n")
    return tmp_path
