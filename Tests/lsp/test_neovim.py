"""A headless Neovim (Debian's `neovim`) as the client: `vim.lsp.start` (or on Neovim 0.7
`vim.lsp.start_client`) runs `stackcat lsp`, a
catalog file with a mistake gets its diagnostic, and go-to-definition jumps to the tool's file.

Run: STACKCAT_BIN=.build/debug/stackcat python3 -m pytest Tests/lsp -q (skipped without nvim)
"""
import json
import shutil
import subprocess

import pytest

from conftest import BINARY

SCRIPT = r"""
local root, binary, out = ...
local result = { diagnostics = {}, jumped_to = vim.NIL }
local ok, failure = pcall(function()
vim.cmd('edit ' .. root .. '/catalog/tools/spinnaker.yaml')
local buffer = vim.api.nvim_get_current_buf()
local config = { name = 'stackcat', cmd = { binary, 'lsp' }, root_dir = root }
if vim.lsp.start then
  vim.lsp.start(config)
else
  -- Neovim 0.7 (Debian 12): start the client, then attach the buffer.
  vim.lsp.buf_attach_client(buffer, vim.lsp.start_client(config))
end
vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  table.insert(result.diagnostics, { code = d.code, lnum = d.lnum, col = d.col, message = d.message })
end
local line = vim.fn.search('target: kubernetes')
vim.api.nvim_win_set_cursor(0, { line, 12 })
vim.lsp.buf.definition()
vim.wait(20000, function() return vim.api.nvim_buf_get_name(0):match('kubernetes%.yaml$') ~= nil end, 50)
result.jumped_to = vim.api.nvim_buf_get_name(0)
end)
if not ok then result.error = tostring(failure) end
local file = io.open(out, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
"""


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed (apt-get install neovim)")
def test_neovim_gets_a_diagnostic_and_jumps_to_a_definition(workspace):
    tool = workspace / "catalog/tools/spinnaker.yaml"
    tool.write_text(tool.read_text().replace("category: cd\n", "category: cdx\n"))
    script = workspace / "smoke.lua"
    script.write_text(SCRIPT)
    out = workspace / "result.json"
    subprocess.run(["nvim", "--headless", "--clean", "-n", "-c",
                    f"lua loadfile('{script}')('{workspace}', '{BINARY}', '{out}')"],
                   cwd=workspace, timeout=120, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    result = json.loads(out.read_text())
    assert "error" not in result, result
    unknown = [d for d in result["diagnostics"] if d["code"] == "unknown-reference"]
    assert unknown and "cdx" in unknown[0]["message"]
    text = tool.read_text()
    assert unknown[0]["lnum"] == text[: text.index("category: cdx")].count("\n")
    assert result["jumped_to"] == str(workspace / "catalog/tools/kubernetes.yaml")
