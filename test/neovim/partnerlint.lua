-- Neovim's built-in LSP client against partnerlint-language-server (run by test/neovim.test.ts): opens a strategy, waits
-- for its diagnostics, applies a quick fix, renames a segment id, and writes what Neovim itself holds as JSON.
-- Neovim 0.7 (Debian's) has vim.lsp.start_client; docs/editors.md gives the same server to vim.lsp.config in 0.11+.
local file = os.getenv('PARTNERLINT_FILE')
local out = os.getenv('PARTNERLINT_OUT')
local result = { steps = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

local function fail(message)
  result.error = message
  finish()
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'yaml'

local client_id = vim.lsp.start_client({
  name = 'partnerlint',
  cmd = { os.getenv('PARTNERLINT_NODE'), os.getenv('PARTNERLINT_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})
if not client_id then return fail('the server did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)

-- 1. Diagnostics, as Neovim stores them.
if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then return fail('no diagnostics') end
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message, source = d.source, code = lsp.code })
end
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
result.diagnostics = diagnostics

-- 2. The quick fix of the misspelt key, applied the way Neovim applies a code action's edit.
local target
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  if d.message:find('monthlyPrise', 1, true) then target = d end
end
if not target then return fail('no diagnostic for monthlyPrise') end
local params = {
  textDocument = vim.lsp.util.make_text_document_params(bufnr),
  range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
  context = { diagnostics = { target.user_data.lsp } },
}
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
local titles = {}
for _, response in pairs(responses) do
  local err = response.err or response.error
  if err then result.action_error = err.message end
  for _, action in ipairs(response.result or {}) do
    table.insert(titles, action.title)
    if action.title == 'Change to `monthlyPrice`' then vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16') end
  end
end
result.actions = titles
result.after_fix = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

-- 3. Rename a segment id with Neovim's own rename, from its use in a partner's list.
local row
for i, line in ipairs(result.after_fix) do
  if line:find('segments: %[kansai%-smb%]') then row = i end
end
if not row then return fail('no segments line') end
local col = result.after_fix[row]:find('kansai-smb', 1, true) - 1
vim.api.nvim_win_set_cursor(0, { row, col })
vim.lsp.buf.rename('chubu-smb')
vim.wait(10000, function()
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find('chubu-smb', 1, true) then return true end
  end
  return false
end, 50)
result.after_rename = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

-- 4. The diagnostics once the fixed text is linted again: the unknown key is gone.
vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.message:find('monthlyPrise', 1, true) then return false end
  end
  return true
end, 50)
result.remaining = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(result.remaining, d.message) end
finish()
