"""`stackcat lsp` on a federated catalog: `catalog.yaml` includes `services/*/stackcat/`, and the
fragments' files are catalog documents, checked, indexed and navigated as the root's are.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/lsp -q -k federation
"""
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import BINARY
from test_lsp import diagnostics_for, open_document, position_of, replace_all, uri, validate_json

pytestmark = pytest.mark.asyncio

LEDGER = """name: Ledger
category: database
summary: The payments team's ledger service.
homepage: https://payments.example.com/ledger
license: Apache-2.0
hosting: self-hosted
lifecycle: active
reviewed: 2026-12-07
sources: [https://payments.example.com/ledger]
relations:
  - type: runs-on
    target: kubernetes
"""

STACK = """name: Payments
summary: The payments team's services.
as_of: 2026-01-01
reviewed: 2026-12-07
sources: [https://payments.example.com/]
components:
  - tool: ledger
    ring: adopt
  - tool: spinnaker
    ring: adopt
"""

FRAGMENT = "services/payments/stackcat"


@pytest.fixture
def federated(workspace):
    """The built-in catalog in a repository that also holds the payments team's fragment."""
    (workspace / ".git").mkdir()
    (workspace / FRAGMENT / "tools").mkdir(parents=True)
    (workspace / FRAGMENT / "stacks").mkdir()
    (workspace / FRAGMENT / "tools" / "ledger.yaml").write_text(LEDGER)
    (workspace / FRAGMENT / "stacks" / "payments.yaml").write_text(STACK)
    (workspace / "catalog" / "catalog.yaml").write_text("include:\n  - services/*/stackcat/\n")
    return workspace


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def client(lsp_client: LanguageClient, federated):
    lsp_client.workspace_root = federated
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=federated.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=federated.as_uri(), name="catalog")]))
    yield
    await lsp_client.shutdown_session()


async def test_the_fragment_is_sound_as_validate_says(client):
    assert validate_json(client.workspace_root / "catalog") == []
    open_document(client, f"{FRAGMENT}/tools/ledger.yaml")
    await diagnostics_for(client, f"{FRAGMENT}/tools/ledger.yaml", lambda d: d is not None and len(d) == 0)


async def test_an_unknown_category_in_a_fragment_is_reported_at_validates_position(client):
    relative = f"{FRAGMENT}/tools/ledger.yaml"
    text = open_document(client, relative)
    changed = text.replace("category: database\n", "category: databasez\n")
    replace_all(client, relative, changed, 2)
    found = await diagnostics_for(client, relative, lambda d: d and any(x.code == "unknown-reference" for x in d))
    diagnostic = next(x for x in found if x.code == "unknown-reference")
    assert "databasez" in diagnostic.message
    assert diagnostic.range.start == position_of(changed, "databasez")
    # validate names the fragment's file, at the same place and with the same message.
    (client.workspace_root / relative).write_text(changed)
    expected = [d for d in validate_json(client.workspace_root / "catalog") if d["code"] == "unknown-reference"]
    assert [d["file"] for d in expected] == [str(client.workspace_root / relative)]
    assert diagnostic.range.start.line == expected[0]["range"]["start"]["line"] - 1
    assert diagnostic.range.start.character == expected[0]["range"]["start"]["column"] - 1
    assert diagnostic.message.split("\n")[0] == expected[0]["message"]


async def test_definition_from_a_fragment_reaches_a_root_tool_and_back(client):
    relative = f"{FRAGMENT}/tools/ledger.yaml"
    text = open_document(client, relative)
    definition = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, relative)),
        position=position_of(text, "target: kubernetes", len("target: ku"))))
    assert [location.uri for location in definition] == [uri(client, "catalog/tools/kubernetes.yaml")]
    stack = f"{FRAGMENT}/stacks/payments.yaml"
    stack_text = open_document(client, stack)
    ledger = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, stack)),
        position=position_of(stack_text, "tool: ledger", len("tool: le"))))
    assert [location.uri for location in ledger] == [uri(client, relative)]
    # The root's references to kubernetes include the fragment's.
    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, relative)),
        position=position_of(text, "target: kubernetes", len("target: ku")),
        context=types.ReferenceContext(include_declaration=True)))
    files = {location.uri for location in references}
    assert {uri(client, relative), uri(client, "catalog/tools/kubernetes.yaml")} <= files
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, stack)),
        position=position_of(stack_text, "tool: ledger", len("tool: le"))))
    assert "Ledger" in hover.contents.value


async def test_a_root_tool_edit_updates_the_diagnostics_of_a_fragment_stack(client):
    stack = f"{FRAGMENT}/stacks/payments.yaml"
    open_document(client, stack)
    await diagnostics_for(client, stack, lambda d: d is not None and len(d) == 0)
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    changed = text.replace("lifecycle: active\n", "lifecycle: archived\nlifecycle_since: 2015-06-01\n")
    replace_all(client, "catalog/tools/spinnaker.yaml", changed, 2)
    found = await diagnostics_for(client, stack, lambda d: d and any(x.code == "lifecycle-in-adopt" for x in d))
    assert any("spinnaker" in x.message for x in found)
    replace_all(client, "catalog/tools/spinnaker.yaml", text, 3)
    await diagnostics_for(client, stack, lambda d: d is not None and len(d) == 0)


async def test_saving_catalog_yaml_reads_the_includes_again(client):
    settings = client.workspace_root / "catalog" / "catalog.yaml"
    stack = f"{FRAGMENT}/stacks/payments.yaml"
    open_document(client, stack, STACK.replace("tool: ledger\n", "tool: ledgerx\n"))
    await diagnostics_for(client, stack, lambda d: d and any(x.code == "unknown-reference" for x in d))
    # Without the include, the fragment is no part of the catalog: its diagnostics are cleared.
    settings.write_text("include: []\n")
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=settings.as_uri())))
    await diagnostics_for(client, stack, lambda d: d is not None and len(d) == 0)
    settings.write_text("include:\n  - services/*/stackcat/\n")
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=settings.as_uri())))
    await diagnostics_for(client, stack, lambda d: d and any("ledgerx" in x.message for x in d))


def git(*arguments, cwd):
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=T", "-c", "init.defaultBranch=main",
                    "-c", "commit.gpgsign=false", *arguments], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def with_git_include(federated, tmp_path_factory):
    """The federated catalog with a git include too, its cache filled by one validate without --offline."""
    remote = tmp_path_factory.mktemp("remote")
    (remote / "tools").mkdir()
    (remote / "tools" / "orders-api.yaml").write_text(LEDGER.replace("Ledger", "Orders API").replace("ledger", "orders"))
    git("init", "-q", ".", cwd=remote)
    git("add", "-A", cwd=remote)
    git("commit", "-q", "-m", "fragment", cwd=remote)
    git("tag", "v1", cwd=remote)
    (federated / "catalog" / "catalog.yaml").write_text(
        f"include:\n  - services/*/stackcat/\n  - git: {remote.as_uri()}\n    ref: v1\n")
    run = subprocess.run([BINARY, "validate", "--catalog", str(federated / "catalog")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return federated


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def git_client(lsp_client: LanguageClient, with_git_include):
    lsp_client.workspace_root = with_git_include
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=with_git_include.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=with_git_include.as_uri(), name="catalog")]))
    yield
    await lsp_client.shutdown_session()


async def test_a_rename_that_would_edit_a_git_include_is_refused(git_client):
    client = git_client
    open_document(client, "catalog/tools/kubernetes.yaml")
    await diagnostics_for(client, "catalog/tools/kubernetes.yaml", lambda d: d is not None and len(d) == 0)
    relative = f"{FRAGMENT}/tools/ledger.yaml"
    ledger = open_document(client, relative)
    # kubernetes is a target in the git include's tool too: its file is in the cache, not to be edited.
    with pytest.raises(Exception, match="git include"):
        await client.text_document_rename_async(types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=uri(client, relative)),
            position=position_of(ledger, "target: kubernetes", len("target: ku")), new_name="kube-orchestrator"))
    # A rename within the repository's own files goes ahead, and a fragment's tool file keeps its folder.
    stack = f"{FRAGMENT}/stacks/payments.yaml"
    stack_text = open_document(client, stack)
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, stack)),
        position=position_of(stack_text, "tool: ledger", len("tool: le")), new_name="ledger-service"))
    renames = [c for c in edit.document_changes if isinstance(c, types.RenameFile)]
    assert [(r.old_uri, r.new_uri) for r in renames] == [(uri(client, relative), uri(client, f"{FRAGMENT}/tools/ledger-service.yaml"))]
    edited = {c.text_document.uri for c in edit.document_changes if isinstance(c, types.TextDocumentEdit)}
    assert edited == {uri(client, stack)}


ENTITY = """apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: web-shop
  description: The web shop.
spec:
  type: database
  lifecycle: production
"""


async def test_a_backstage_entity_files_unsaved_text_is_read_in_place(client):
    entity = client.workspace_root / "apps" / "web" / "catalog-info.yaml"
    entity.parent.mkdir(parents=True)
    entity.write_text(ENTITY)
    settings = client.workspace_root / "catalog" / "catalog.yaml"
    settings.write_text('include:\n  - services/*/stackcat/\n  - backstage: "apps/**/catalog-info.yaml"\n')
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=settings.as_uri())))
    stack = f"{FRAGMENT}/stacks/payments.yaml"
    open_document(client, stack, STACK + "  - tool: web-shop\n    ring: trial\n")
    await diagnostics_for(client, stack, lambda d: d is not None and len(d) == 0)
    # The entity's unsaved text: a warning of the mapping at the entity file's line, as validate gives it.
    changed = ENTITY + "  dependsOn: [component:nowhere]\n"
    open_document(client, "apps/web/catalog-info.yaml", changed)
    found = await diagnostics_for(client, "apps/web/catalog-info.yaml", lambda d: d and any("nowhere" in x.message for x in d))
    entity.write_text(changed)
    expected = [d for d in validate_json(client.workspace_root / "catalog") if "nowhere" in d["message"]]
    assert [d["file"] for d in expected] == [str(entity)]
    assert found[0].range.start.line == expected[0]["range"]["start"]["line"] - 1
    assert found[0].range.start.character == expected[0]["range"]["start"]["column"] - 1
    # Renamed in the buffer: the stack's component no longer names a tool.
    replace_all(client, "apps/web/catalog-info.yaml", ENTITY.replace("name: web-shop", "name: web-store"), 2)
    await diagnostics_for(client, stack, lambda d: d and any("web-shop" in x.message for x in d))
