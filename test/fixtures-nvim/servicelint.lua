-- Drives Neovim's built-in LSP client against `servicelint --lsp` (test/lsp.test.ts runs it
-- headless): open a draft, wait for diagnostics, apply the first code action of the first
-- diagnostic, wait for the re-lint, and write what happened as JSON to $SL_OUT.
local out, node, bin, draft = vim.env.SL_OUT, vim.env.SL_NODE, vim.env.SL_BIN, vim.env.SL_DRAFT
local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function finish(err)
  result.error = err
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local function snapshot(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(items, { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, source = d.source, severity = d.severity })
  end
  table.sort(items, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return items
end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
local config = { name = 'servicelint', cmd = { node, bin, '--lsp' }, root_dir = vim.fn.fnamemodify(draft, ':h') }
-- vim.lsp.start arrived in 0.8; Debian's 0.7 has start_client + buf_attach_client.
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end

if not vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
  return finish('no diagnostics arrived')
end
result.before = snapshot(bufnr)

local first = result.before[1]
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.lnum, character = first.end_col } },
  context = { diagnostics = {} },
}
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
local actions = (responses[client_id] or {}).result or {}
result.titles = {}
for _, a in ipairs(actions) do table.insert(result.titles, a.title) end
if #actions == 0 then return finish('no code actions') end

local client = vim.lsp.get_client_by_id(client_id)
vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding or 'utf-16')
result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

-- The edit is sent as didChange; wait until the published diagnostics no longer match the old ones.
local before = vim.fn.json_encode(result.before)
if not vim.wait(20000, function() return vim.fn.json_encode(snapshot(bufnr)) ~= before end, 20) then
  return finish('diagnostics did not change after the edit')
end
result.after = snapshot(bufnr)
vim.cmd('write')
finish(nil)
