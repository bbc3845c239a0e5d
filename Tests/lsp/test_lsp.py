"""Drives `stackcat lsp` with a real LSP client (pytest-lsp and lsprotocol): the features an editor
uses, on a copy of the built-in catalog.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/lsp -q
"""
import asyncio
import json
import subprocess
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import BINARY, REPO, RULES_PAGE

pytestmark = pytest.mark.asyncio


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def client(lsp_client: LanguageClient, workspace):
    capabilities = types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
            workspace_edit=types.WorkspaceEditClientCapabilities(
                document_changes=True, resource_operations=[types.ResourceOperationKind.Rename])),
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True),
            completion=types.CompletionClientCapabilities(
                completion_item=types.ClientCompletionItemOptions(snippet_support=True))),
    )
    lsp_client.workspace_root = workspace
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params):
        lsp_client.registrations.extend(params.registrations)

    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities, root_uri=workspace.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="catalog")]))
    yield
    await lsp_client.shutdown_session()


def uri(client, relative):
    return (client.workspace_root / relative).as_uri()


def open_document(client, relative, text=None):
    path = client.workspace_root / relative
    text = path.read_text() if text is None else text
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="yaml", version=1, text=text)))
    return text


def replace_all(client, relative, text, version):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(client, relative), version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


async def diagnostics_for(client, relative, predicate, attempts=20):
    """Waits until the diagnostics published for the file satisfy `predicate`."""
    target = uri(client, relative)
    for _ in range(attempts):
        if predicate(client.diagnostics.get(target, None)):
            return client.diagnostics[target]
        await client.wait_for_notification("textDocument/publishDiagnostics")
    raise AssertionError(f"no matching diagnostics for {relative}: {client.diagnostics.get(target)}")


def position_of(text, needle, offset=0):
    """The LSP position of the first `needle` in `text`, plus `offset` characters."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index)
    return types.Position(line=line, character=index - (text.rfind("\n", 0, index) + 1))


def validate_json(catalog):
    run = subprocess.run([BINARY, "validate", "--catalog", str(catalog), "--format", "json"], capture_output=True, text=True)
    return json.loads(run.stdout)


async def test_the_built_in_catalog_has_no_diagnostics_and_an_edit_gets_validates_positions(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    await diagnostics_for(client, "catalog/tools/spinnaker.yaml", lambda d: d is not None and len(d) == 0)
    changed = text.replace("category: cd\n", "category: cdx\n")
    replace_all(client, "catalog/tools/spinnaker.yaml", changed, 2)
    found = await diagnostics_for(client, "catalog/tools/spinnaker.yaml", lambda d: d and any(x.code == "unknown-reference" for x in d))
    diagnostic = next(x for x in found if x.code == "unknown-reference")
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert "cdx" in diagnostic.message
    assert diagnostic.source == "stackcat"
    # The link is the rule's own section of the reference page, which has a heading for it.
    assert diagnostic.code_description.href == RULES_PAGE + "#unknown-reference"
    assert "\n### unknown-reference\n" in (REPO / "docs" / "rules.md").read_text()
    # The same text saved and validated: the same rule at the same place (validate is 1-based).
    (client.workspace_root / "catalog/tools/spinnaker.yaml").write_text(changed)
    expected = next(d for d in validate_json(client.workspace_root / "catalog") if d["code"] == "unknown-reference")
    assert diagnostic.range.start.line == expected["range"]["start"]["line"] - 1
    assert diagnostic.range.start.character == expected["range"]["start"]["column"] - 1
    assert diagnostic.range.end.character == expected["range"]["end"]["column"] - 1


async def test_an_incremental_change_is_applied_to_the_buffer(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    start = position_of(text, "category: cd", len("category: "))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml"), version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=start, end=types.Position(line=start.line, character=start.character + 2)), text="nope")]))
    found = await diagnostics_for(client, "catalog/tools/spinnaker.yaml", lambda d: d and any("nope" in x.message for x in d))
    assert found[0].range.start == start


async def test_a_tool_edit_updates_the_diagnostics_of_a_stack_that_names_it(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    changed = text.replace("lifecycle: active\n", "lifecycle: archived\nlifecycle_since: 2015-06-01\n")
    replace_all(client, "catalog/tools/spinnaker.yaml", changed, 2)
    found = await diagnostics_for(client, "catalog/stacks/mercari-2018.yaml", lambda d: d and any(x.code == "lifecycle-in-adopt" for x in d))
    assert any("spinnaker" in x.message for x in found)
    # Undone: the stack's diagnostics are cleared.
    replace_all(client, "catalog/tools/spinnaker.yaml", text, 3)
    await diagnostics_for(client, "catalog/stacks/mercari-2018.yaml", lambda d: d is not None and len(d) == 0)


async def test_completion_offers_ids_by_context(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml", None)
    target = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "target: kubernetes", len("target: kub"))))
    labels = {item.label for item in target.items}
    assert "kubernetes" in labels and "istio" in labels and "cd" not in labels
    kubernetes = next(item for item in target.items if item.label == "kubernetes")
    assert kubernetes.detail.startswith("Kubernetes")
    category = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "category: cd", len("category: c"))))
    assert {"cd", "ci", "delivery"} <= {item.label for item in category.items}
    roles = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "roles: [continuous-delivery, pipeline", len("roles: [continuous-delivery, pipe"))))
    assert "canary-release" in {item.label for item in roles.items}
    types_ = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "type: deploys-to", len("type: dep"))))
    assert "deploys-to" in {item.label for item in types_.items}
    license = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "license: Apache-2.0", len("license: Ap"))))
    assert "Apache-2.0" in {item.label for item in license.items}
    stack = open_document(client, "catalog/stacks/mercari-2018.yaml")
    ring = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/stacks/mercari-2018.yaml")),
        position=position_of(stack, "ring: adopt", len("ring: "))))
    assert [item.label for item in ring.items] == ["adopt", "trial", "assess", "hold"]


async def test_completion_offers_a_relation_snippet_on_a_new_item(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    changed = text.replace("relations:\n", "relations:\n  - \n", 1)
    replace_all(client, "catalog/tools/spinnaker.yaml", changed, 2)
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(changed, "relations:\n  - \n", len("relations:\n  - "))))
    snippet = next(item for item in result.items if item.label == "relation")
    assert snippet.insert_text_format == types.InsertTextFormat.Snippet
    assert "target: ${2}" in snippet.text_edit.new_text


async def test_hover_shows_a_tool_and_a_relation_type(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "target: kubernetes", len("target: ku"))))
    assert "**Kubernetes**" in hover.contents.value
    assert "Category:" in hover.contents.value
    stack_tool = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "name: Spinnaker")))
    assert stack_tool is None
    relation = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "type: deploys-to", len("type: d"))))
    assert "deploys to" in relation.contents.value and "deployed by" in relation.contents.value


async def test_hover_on_a_tool_names_its_ring_in_each_stack(client):
    text = open_document(client, "catalog/stacks/mercari-2018.yaml")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/stacks/mercari-2018.yaml")),
        position=position_of(text, "tool: spinnaker", len("tool: sp"))))
    assert "In stacks:" in hover.contents.value and "adopt" in hover.contents.value


async def test_definition_and_references(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    definition = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "target: kubernetes", len("target: ku"))))
    assert [location.uri for location in definition] == [uri(client, "catalog/tools/kubernetes.yaml")]
    category = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "category: cd", len("category: c"))))
    categories = (client.workspace_root / "catalog/categories.yaml").read_text()
    assert category[0].uri == uri(client, "catalog/categories.yaml")
    assert category[0].range.start == position_of(categories, "- id: cd\n", len("- id: "))
    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "category: cd", len("category: c")),
        context=types.ReferenceContext(include_declaration=True)))
    files = {location.uri for location in references}
    assert uri(client, "catalog/categories.yaml") in files and uri(client, "catalog/tools/spinnaker.yaml") in files
    # Every file that writes 'category: cd' is found.
    expected = {path.as_uri() for path in (client.workspace_root / "catalog/tools").glob("*.yaml") if "\ncategory: cd\n" in path.read_text()}
    assert expected <= files


async def test_symbols(client):
    open_document(client, "catalog/roles.yaml")
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/roles.yaml"))))
    assert "canary-release" in {symbol.name for symbol in symbols}
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="spinnaker"))
    assert any(symbol.name == "spinnaker" and symbol.location.uri == uri(client, "catalog/tools/spinnaker.yaml") for symbol in found)


async def test_rename_a_tool_renames_its_file_and_every_reference(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    position = position_of(text, "target: kayenta" if "target: kayenta" in text else "target: kubernetes", len("target: k"))
    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")), position=position))
    assert prepared is not None
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(text, "target: kubernetes", len("target: k")), new_name="kubernetes-platform"))
    renames = [change for change in edit.document_changes if isinstance(change, types.RenameFile)]
    assert [(r.old_uri, r.new_uri) for r in renames] == [(uri(client, "catalog/tools/kubernetes.yaml"), uri(client, "catalog/tools/kubernetes-platform.yaml"))]
    edits = [change for change in edit.document_changes if isinstance(change, types.TextDocumentEdit)]
    assert uri(client, "catalog/tools/spinnaker.yaml") in {e.text_document.uri for e in edits}
    assert all(t.new_text == "kubernetes-platform" for e in edits for t in e.edits)


async def test_rename_is_refused_for_a_taken_or_invalid_id(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    for new_name in ["istio", "Not Valid"]:
        with pytest.raises(Exception) as failure:
            await client.text_document_rename_async(types.RenameParams(
                text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
                position=position_of(text, "target: kubernetes", len("target: k")), new_name=new_name))
        assert "istio" in str(failure.value) or "not a valid id" in str(failure.value)


async def test_code_actions_from_fix_its(client):
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    changed = text.replace("license: Apache-2.0", "license: apache-2.0").replace("category: cd\n", "category: release-trains\n")
    replace_all(client, "catalog/tools/spinnaker.yaml", changed, 2)
    found = await diagnostics_for(client, "catalog/tools/spinnaker.yaml", lambda d: d and {"license-case", "unknown-reference"} <= {x.code for x in d})
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        range=found[0].range, context=types.CodeActionContext(diagnostics=list(found))))
    titles = [action.title for action in actions]
    assert "Replace with 'Apache-2.0'" in titles
    declare = next(action for action in actions if action.title.startswith("Declare the category 'release-trains'"))
    (target, edits), = declare.edit.changes.items()
    assert target == uri(client, "catalog/categories.yaml")
    assert "- id: release-trains" in edits[0].new_text


async def test_a_document_outside_the_catalog_is_left_alone(client):
    open_document(client, "README.md")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "README.md")), position=types.Position(line=0, character=3)))
    assert hover is None
    completion = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "README.md")), position=types.Position(line=0, character=3)))
    assert completion is None or completion == [] or len(completion.items) == 0
    assert uri(client, "README.md") not in client.diagnostics


async def test_files_changed_outside_the_editor_are_read_again(client):
    """A tool file created on disk, reported by the client's file watcher, can be referred to."""
    for _ in range(20):
        if client.registrations:
            break
        await asyncio.sleep(0.1)
    assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
    text = open_document(client, "catalog/tools/spinnaker.yaml")
    changed = text.replace("target: kubernetes\n", "target: new-tool\n", 1)
    replace_all(client, "catalog/tools/spinnaker.yaml", changed, 2)
    await diagnostics_for(client, "catalog/tools/spinnaker.yaml", lambda d: d and any("new-tool" in x.message for x in d))
    kubernetes = (client.workspace_root / "catalog/tools/kubernetes.yaml").read_text()
    (client.workspace_root / "catalog/tools/new-tool.yaml").write_text(kubernetes.replace("name: Kubernetes", "name: New tool"))
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=uri(client, "catalog/tools/new-tool.yaml"), type=types.FileChangeType.Created)]))
    await diagnostics_for(client, "catalog/tools/spinnaker.yaml", lambda d: d is not None and not any("new-tool" in x.message for x in d))
    definition = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri(client, "catalog/tools/spinnaker.yaml")),
        position=position_of(changed, "target: new-tool", len("target: ne"))))
    assert [location.uri for location in definition] == [uri(client, "catalog/tools/new-tool.yaml")]
