-- Headless Neovim 0.7 probe for the Afgørelsestjek language server (stdio):
-- attach to the defective letter given on the command line, record the published diagnostics
-- (as sent, and as Neovim stores them), ask for code actions for each, apply the fix titled
-- $E2E_FIX_TITLE, save, record the diagnostics that follow; then open $E2E_GOOD and record its
-- diagnostics, type the start of a template's prefix in it and record the completions. Writes JSON to $E2E_OUT and quits; test/e2e/editors.test.mjs judges the result.
local out_path = assert(os.getenv('E2E_OUT'))
local server = assert(os.getenv('E2E_SERVER'))
local good_path = assert(os.getenv('E2E_GOOD'))
local fix_title = assert(os.getenv('E2E_FIX_TITLE'))
local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }

local function finish(code)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.cmd((code == 0) and 'qa!' or ('cquit ' .. code))
end

-- never hang CI
vim.defer_fn(function() result.error = 'timeout'; finish(3) end, 40000)

-- the diagnostics exactly as published (UTF-16 positions) and how many publishes arrived per URI
local published, publishes = {}, {}
local client_id = vim.lsp.start_client({
  name = 'afgoerelsestjek',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
      published[res.uri] = res.diagnostics
      publishes[res.uri] = (publishes[res.uri] or 0) + 1
      return vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
    end,
  },
  on_exit = function(code, signal) result.server_exit = { code = code, signal = signal } end,
})

local function attach_and_wait(bufnr, after_publishes)
  vim.bo[bufnr].filetype = 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local ok = vim.wait(20000, function()
    return result.server_exit ~= nil or (publishes[uri] or 0) > after_publishes
  end, 20)
  return ok and result.server_exit == nil, uri
end

local function nvim_diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { lnum = d.lnum, col = d.col, code = d.code, message = d.message })
  end
  return list
end

vim.api.nvim_create_autocmd('VimEnter', { once = true, callback = function()
  local bufnr = vim.api.nvim_get_current_buf()
  local ok, uri = attach_and_wait(bufnr, 0)
  if not ok then result.error = 'no diagnostics for the defective letter'; return finish(2) end
  result.published = published[uri]
  result.stored = nvim_diagnostics(bufnr)

  -- Neovim 0.7 would send its byte columns back as UTF-16 characters: use the diagnostics as published.
  result.code_actions = {}
  local fix
  for _, d in ipairs(published[uri]) do
    local params = { textDocument = { uri = uri }, range = d.range, context = { diagnostics = { d } } }
    local titles = {}
    for _, resp in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000) or {}) do
      for _, action in ipairs(resp.result or {}) do
        table.insert(titles, action.title)
        if action.title == fix_title and not fix then fix = action end
      end
    end
    table.insert(result.code_actions, { code = d.code, message = d.message, titles = titles })
  end
  if not fix then result.error = 'fix not offered: ' .. fix_title; return finish(2) end

  local before = publishes[uri]
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  vim.cmd('silent write')
  result.applied = fix.title
  if not vim.wait(20000, function() return publishes[uri] > before end, 20) then
    result.error = 'no diagnostics after the fix'; return finish(2)
  end
  result.after_fix = published[uri]

  vim.cmd('edit ' .. vim.fn.fnameescape(good_path))
  local good_ok, good_uri = attach_and_wait(vim.api.nvim_get_current_buf(), 0)
  if not good_ok then result.error = 'no diagnostics published for the good letter'; return finish(2) end
  result.good = published[good_uri]

  -- Templates come through the language server: the start of a prefix typed on a new last line.
  local good_buf = vim.api.nvim_get_current_buf()
  local before_template = publishes[good_uri]
  local last = vim.api.nvim_buf_line_count(good_buf)
  vim.api.nvim_buf_set_lines(good_buf, last, last, false, { '', 'klagev' })
  if not vim.wait(20000, function() return publishes[good_uri] > before_template end, 20) then
    result.error = 'no check after typing'; return finish(2)
  end
  result.snippet_support = vim.lsp.protocol.make_client_capabilities().textDocument.completion.completionItem.snippetSupport
  result.templates = {}
  local position = { textDocument = { uri = good_uri }, position = { line = last + 1, character = 6 } }
  for _, resp in pairs(vim.lsp.buf_request_sync(good_buf, 'textDocument/completion', position, 5000) or {}) do
    local items = resp.result and (resp.result.items or resp.result) or {}
    for _, item in ipairs(items) do
      table.insert(result.templates, { label = item.label, kind = item.kind, text = item.textEdit and item.textEdit.newText or '' })
    end
  end
  finish(0)
end })
